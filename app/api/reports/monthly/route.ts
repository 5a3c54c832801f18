import { clock } from "@/lib/clock";
import { todayIn } from "@/lib/domain/calendar";
import { getActor } from "@/lib/server/auth";
import { clientIp } from "@/lib/server/client-ip";
import { AppError } from "@/lib/server/errors";
import { buildMonthlyReport } from "@/lib/server/reports/monthly";
import { reportMonth } from "@/lib/domain/period";
import { routeHandler } from "@/lib/server/route";

export const dynamic = "force-dynamic";

/** The laporan bulanan (`?bulan=2026-11&format=pdf|xlsx`), for the Kepala, the Kasi and the admin. */
export const GET = routeHandler(async (req: Request) => {
  const user = await getActor();
  if (!user) return new Response("Silakan masuk terlebih dahulu.", { status: 401 });
  const url = new URL(req.url);
  const format = url.searchParams.get("format") === "xlsx" ? "xlsx" : "pdf";
  const month = reportMonth(url.searchParams.get("bulan"), todayIn(user.timeZone, clock.now()));
  try {
    const { body, filename } = await buildMonthlyReport(user, month, format, { ip: clientIp(req.headers) });
    return new Response(new Uint8Array(body), {
      headers: {
        "Content-Type": format === "pdf" ? "application/pdf" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "Content-Disposition": `attachment; filename="${filename}"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (e) {
    if (e instanceof AppError && e.code === "FORBIDDEN") return new Response("Laporan tidak ditemukan.", { status: 404 });
    throw e;
  }
});
