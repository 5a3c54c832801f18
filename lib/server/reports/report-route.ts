import "server-only";
import { clock } from "@/lib/clock";
import { todayIn } from "@/lib/domain/calendar";
import { getActor } from "../auth";
import type { CurrentUser } from "../auth/current-user";
import { clientIp } from "../client-ip";
import { AppError } from "../errors";
import { routeHandler } from "../route";

type Build = (user: CurrentUser, url: URL, today: Date, format: "pdf" | "xlsx", meta: { ip: string | null }) => Promise<{ body: Uint8Array | Buffer; filename: string }>;

/**
 * A report-upward download (`?format=pdf|xlsx`): signed in, the report's own permission checked in
 * the query (refused as "not found"), never cached.
 */
export function reportRoute(build: Build) {
  return routeHandler(async (req: Request) => {
    const user = await getActor();
    if (!user) return new Response("Silakan masuk terlebih dahulu.", { status: 401 });
    const url = new URL(req.url);
    const format = url.searchParams.get("format") === "xlsx" ? "xlsx" : "pdf";
    try {
      const { body, filename } = await build(user, url, todayIn(user.timeZone, clock.now()), format, { ip: clientIp(req.headers) });
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
}
