import "server-only";
import PgBoss from "pg-boss";
import { prisma } from "./db";
import { markUnreported } from "./services/mark-unreported";

// Scheduled work on pg-boss: jobs live in PostgreSQL (schema "pgboss"), so with several app
// instances each scheduled run is done once, by whichever worker takes it.

export const MARK_UNREPORTED_QUEUE = "mark-unreported-reports";
/** Hourly: each office's day ends at its own midnight (WIB, WITA, WIT); the marking is idempotent. */
export const MARK_UNREPORTED_CRON = "5 * * * *";

/** Marks the closed reporting windows of every office (see markUnreported). */
export async function runMarkUnreported(officeCodes: string[] = []): Promise<{ offices: number; unreported: number }> {
  const offices = await prisma.office.findMany({ where: officeCodes.length ? { code: { in: officeCodes } } : {}, select: { id: true } });
  let unreported = 0;
  for (const o of offices) unreported += (await markUnreported({ officeId: o.id })).unreported;
  return { offices: offices.length, unreported };
}

export interface JobsHandle {
  boss: PgBoss;
  stop(): Promise<void>;
}

/** Starts the scheduler and the worker. Safe to start in every instance. */
export async function startJobs(connectionString: string, log: (m: string) => void = console.log): Promise<JobsHandle> {
  const boss = new PgBoss({ connectionString, schema: "pgboss", max: 2, application_name: "bimbing-jobs" });
  boss.on("error", (e: Error) => log(`[jobs] ${e.message}`));
  await boss.start();
  await boss.createQueue(MARK_UNREPORTED_QUEUE, { name: MARK_UNREPORTED_QUEUE, policy: "singleton", retryLimit: 3, retryDelay: 300 });
  await boss.schedule(MARK_UNREPORTED_QUEUE, MARK_UNREPORTED_CRON);
  await boss.work(MARK_UNREPORTED_QUEUE, async () => {
    const r = await runMarkUnreported();
    log(`[jobs] ${r.unreported} jadwal lapor ditandai tidak lapor di ${r.offices} kantor`);
  });
  return { boss, stop: () => boss.stop({ graceful: true, wait: true }) };
}
