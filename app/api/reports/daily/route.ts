import { reportDay } from "@/lib/domain/period";
import { buildDailyReport } from "@/lib/server/reports/monthly";
import { reportRoute } from "@/lib/server/reports/report-route";

export const dynamic = "force-dynamic";

/** The laporan harian (`?tanggal=2026-12-02&format=pdf|xlsx`), for the Kepala, the Kasi and the admin. */
export const GET = reportRoute((user, url, today, format, meta) => buildDailyReport(user, reportDay(url.searchParams.get("tanggal"), today), format, meta));
