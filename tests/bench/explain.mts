// tsx --conditions=react-server tests/bench/explain.mts: runs the Kepala's and the lists' queries against
// DATABASE_URL (a `npm run bench -- --seed-only` database) and prints EXPLAIN ANALYZE of every statement
// slower than 10 ms. A tool for naming causes, not a test.
import Module from "node:module";
import pgLib from "pg";
// Run without the react-server condition (React's client half is needed by next/navigation), so
// "server-only" would throw: make it the empty module it is on the server.
const M = Module as unknown as { _load: (req: string, ...rest: unknown[]) => unknown };
const load = M._load;
M._load = (req, ...rest) => (req === "server-only" ? {} : load(req, ...rest));
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../lib/server/generated/prisma/client.ts";

const url = process.env.DATABASE_URL!;
const captured: { query: string; params: string; duration: number }[] = [];
const p = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }), log: [{ emit: "event", level: "query" }] });
p.$on("query", (e) => captured.push({ query: e.query, params: e.params, duration: e.duration }));
(globalThis as { prisma?: unknown }).prisma = p;
const { actorFor } = await import("../support/actors.ts");
const { getKepalaDashboard } = await import("../../lib/server/queries/dashboard.ts");
const { listLitmas, litmasDeadlineCounts } = await import("../../lib/server/queries/litmas.ts");
const { listOverdueStages } = await import("../../lib/server/queries/stages.ts");
const { getWorkloadDetails } = await import("../../lib/server/queries/workload.ts");
const { resolvePeriod } = await import("../../lib/domain/period.ts");
const { todayIn } = await import("../../lib/domain/calendar.ts");
const kepala = await actorFor((await p.user.findFirstOrThrow({ where: { email: "kepala1@bench.id" } })).id);
const runs: [string, () => Promise<unknown>][] = [
  ["kepala dashboard", () => getKepalaDashboard(kepala, resolvePeriod(undefined, todayIn(kepala.timeZone)))],
  ["workload", () => getWorkloadDetails(kepala)],
  ["litmas list", () => listLitmas(kepala, {})],
  ["litmas counts", () => litmasDeadlineCounts(kepala)],
  ["overdue stages", () => listOverdueStages(kepala, 26)],
];
const db = new pgLib.Client({ connectionString: url });
await db.connect();
for (const [name, fn] of runs) {
  await fn(); // warm
  captured.length = 0;
  await fn();
  for (const c of captured.filter((x) => x.duration >= 10)) {
    console.log(`\n=== ${name}: ${c.duration} ms\n${c.query.slice(0, 300)}`);
    const params = JSON.parse(c.params) as unknown[];
    const plan = await db.query(`EXPLAIN (ANALYZE, BUFFERS) ${c.query}`, params.map((v) => (v !== null && typeof v === "object" ? JSON.stringify(v) : v))).catch((e) => ({ rows: [{ "QUERY PLAN": `(explain failed: ${e.message})` }] }));
    console.log(plan.rows.map((r: Record<string, string>) => r["QUERY PLAN"]).join("\n"));
  }
}
await db.end();
await p.$disconnect();
