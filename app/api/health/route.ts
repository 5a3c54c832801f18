import { databaseReachable } from "@/lib/server/health";

export const dynamic = "force-dynamic";

/** For a load balancer or a monitor: 200 when the app can reach its database, else 503. No detail. */
export async function GET() {
  const ok = await databaseReachable();
  return Response.json({ ok, database: ok ? "terhubung" : "tidak terhubung" }, { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
