import "server-only";
import { addDays, todayIn } from "@/lib/domain/calendar";
import type { Program, StageKind } from "@/lib/domain/enums";
import { workloadPercent } from "@/lib/domain/workload";
import type { CurrentUser } from "../auth/current-user";
import { assertCan } from "../auth/permissions";
import { prisma } from "../db";
import { activeCounts } from "./workload";
import { clientScope } from "./scope";
import { clock } from "../../clock";

const OPEN_LITMAS = ["ASSIGNED", "DRAFT", "RETURNED"] as const;

function countBy<K extends string>(rows: { key: K | null; n: number }[]): Partial<Record<K, number>> {
  const out: Partial<Record<K, number>> = {};
  for (const r of rows) if (r.key) out[r.key] = (out[r.key] ?? 0) + r.n;
  return out;
}

/** The PK's home: their caseload with counts, what is open, what ends soon. */
export async function getPkHome(user: CurrentUser) {
  assertCan(user, "litmas:write");
  const now = clock.now();
  const today = todayIn(user.timeZone, now);
  const scope = { ...clientScope(user), status: "AKTIF" as const };
  // The counts in one statement, each starting from the PK's own rows (their indexes); the
  // caseload's first rows in a second.
  const [[c], caseload] = await Promise.all([
    prisma.$queryRaw<PkCounts[]>`
      WITH act AS (SELECT id, program::text AS program, "currentStage"::text AS stage, "guidanceEnd" FROM "Client"
        WHERE "assignedPkId" = ${user.id} AND "officeId" = ${user.officeId} AND "deletedAt" IS NULL AND status = 'AKTIF')
      SELECT
        (SELECT count(*)::int FROM act) AS active,
        (SELECT coalesce(jsonb_object_agg(k, n), '{}') FROM (SELECT stage k, count(*)::int n FROM act WHERE stage IS NOT NULL GROUP BY 1) x) AS "stageCounts",
        (SELECT coalesce(jsonb_object_agg(k, n), '{}') FROM (SELECT program k, count(*)::int n FROM act GROUP BY 1) x) AS "programCounts",
        (SELECT count(*)::int FROM "Litmas" WHERE "assignedPkId" = ${user.id} AND "officeId" = ${user.officeId} AND status IN ('ASSIGNED', 'DRAFT', 'RETURNED')) AS "litmasOpen",
        (SELECT count(*)::int FROM "Litmas" WHERE "assignedPkId" = ${user.id} AND "officeId" = ${user.officeId} AND status IN ('ASSIGNED', 'DRAFT', 'RETURNED') AND "dueAt" < ${now}) AS "litmasOverdue",
        (SELECT count(*)::int FROM act WHERE "guidanceEnd" <= ${addDays(today, 30).toISOString().slice(0, 10)}::date) AS "endingSoon",
        (SELECT count(*)::int FROM "Contact" WHERE "pkId" = ${user.id} AND "occurredAt" >= ${addDays(today, -30)}) AS "recentContacts",
        (SELECT count(*)::int FROM "Violation" v JOIN act ON act.id = v."clientId" WHERE v.status IN ('OPEN', 'UNDER_REVIEW')) AS "openViolations"`,
    prisma.client.findMany({
      where: scope,
      orderBy: [{ guidanceEnd: "asc" }, { id: "asc" }],
      take: 8,
      select: { id: true, fullName: true, registerNumber: true, program: true, currentStage: true, guidanceEnd: true },
    }),
  ]);
  return {
    ...c,
    stageCounts: c.stageCounts as Partial<Record<StageKind, number>>,
    programCounts: c.programCounts as Partial<Record<Program, number>>,
    caseload,
  };
}

interface PkCounts {
  active: number;
  stageCounts: Record<string, number>;
  programCounts: Record<string, number>;
  litmasOpen: number;
  litmasOverdue: number;
  endingSoon: number;
  recentContacts: number;
  openViolations: number;
}

/** The Kepala's overview of the office. */
export async function getOfficeOverview(user: CurrentUser) {
  assertCan(user, "office:overview");
  const now = clock.now();
  const office = { officeId: user.officeId };
  const active = { ...clientScope(user), status: "AKTIF" as const };
  const [byStage, byProgram, litmasByStatus, litmasOverdue, transitionsAwaiting, openViolations, pks] = await Promise.all([
    prisma.client.groupBy({ by: ["currentStage"], where: active, _count: { _all: true } }),
    prisma.client.groupBy({ by: ["program"], where: active, _count: { _all: true } }),
    prisma.litmas.groupBy({ by: ["status"], where: office, _count: { _all: true } }),
    prisma.litmas.count({ where: { ...office, status: { in: ["ASSIGNED", "DRAFT", "RETURNED", "SUBMITTED"] }, dueAt: { lt: now } } }),
    prisma.stageTransitionRequest.count({ where: { ...office, status: "TPP_REVIEWED" } }),
    prisma.violation.count({ where: { ...office, status: { in: ["OPEN", "UNDER_REVIEW"] } } }),
    getPkWorkloads(user),
  ]);
  const litmas = Object.fromEntries(litmasByStatus.map((r) => [r.status, r._count._all])) as Record<string, number>;
  return {
    active: byStage.reduce((s, r) => s + r._count._all, 0),
    stageCounts: countBy(byStage.map((r) => ({ key: r.currentStage as StageKind | null, n: r._count._all }))),
    programCounts: countBy(byProgram.map((r) => ({ key: r.program as Program, n: r._count._all }))),
    litmasAwaitingDisposition: litmas.REQUESTED ?? 0,
    litmasAwaitingApproval: litmas.SUBMITTED ?? 0,
    litmasInProgress: (litmas.ASSIGNED ?? 0) + (litmas.DRAFT ?? 0) + (litmas.RETURNED ?? 0),
    litmasOverdue,
    transitionsAwaiting,
    openViolations,
    pks,
  };
}

export interface PkWorkload {
  id: string;
  name: string;
  pkLevel: string | null;
  active: boolean;
  capacity: number;
  activeClients: number;
  workloadPercent: number;
}

/** Each PK of the office with active clients against capacity. */
export async function getPkWorkloads(user: CurrentUser): Promise<PkWorkload[]> {
  assertCan(user, "workload:read");
  const [pks, counts] = await Promise.all([
    prisma.user.findMany({
      where: { officeId: user.officeId, role: "PK" },
      orderBy: { name: "asc" },
      select: { id: true, name: true, pkLevel: true, active: true, capacity: true },
    }),
    activeCounts(prisma, user.officeId),
  ]);
  return pks.map((p) => {
    const activeClients = counts.get(p.id) ?? 0;
    return { ...p, activeClients, workloadPercent: workloadPercent(activeClients, p.capacity) };
  });
}

/** The admin's home: the office and its users. */
export async function getAdminHome(user: CurrentUser) {
  assertCan(user, "user:manage");
  const [office, users, clientsActive] = await Promise.all([
    prisma.office.findUniqueOrThrow({
      where: { id: user.officeId },
      select: { id: true, code: true, name: true, officeClass: true, city: true, province: true, address: true, phone: true, email: true, timeZone: true },
    }),
    prisma.user.findMany({
      where: { officeId: user.officeId },
      orderBy: [{ role: "asc" }, { name: "asc" }],
      select: { id: true, name: true, nip: true, email: true, role: true, pkLevel: true, section: true, active: true, capacity: true, lastLoginAt: true, lockedUntil: true },
    }),
    prisma.client.count({ where: { officeId: user.officeId, deletedAt: null, status: "AKTIF" } }),
  ]);
  const workloads = await getPkWorkloads(user);
  return { office, users, clientsActive, workloads };
}
