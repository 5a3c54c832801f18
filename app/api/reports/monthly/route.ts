import { reportMonth } from "@/lib/domain/period";
import { buildMonthlyReport } from "@/lib/server/reports/monthly";
import { reportRoute } from "@/lib/server/reports/report-route";

export const dynamic = "force-dynamic";

/** The laporan bulanan (`?bulan=2026-11&format=pdf|xlsx`), for the Kepala, the Kasi and the admin. */
export const GET = reportRoute((user, url, today, format, meta) => buildMonthlyReport(user, reportMonth(url.searchParams.get("bulan"), today), format, meta));
