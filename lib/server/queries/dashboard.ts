import "server-only";
import { can } from "@/lib/domain/permissions";
import { clock } from "@/lib/clock";
import { addDays, addMonths, startOfDayIn, todayIn } from "@/lib/domain/calendar";
import { LITMAS_RUNNING_STATUSES, PENDAMPINGAN_OPEN_STATUSES } from "@/lib/domain/cases";
import { CLIENT_CATEGORIES, GENDERS, LITMAS_PURPOSES, PROGRAMS, type ClientCategory, type EmploymentStatus, type Gender, type LitmasPurpose, type Program, type StageKind } from "@/lib/domain/enums";
import { NOT_RECORDED, type NotRecorded } from "@/lib/domain/monthly-report";
import { LITMAS_OPEN_STATUSES } from "@/lib/domain/litmas";
import { twelveMonthsTo, type Period } from "@/lib/domain/period";
import type { CurrentUser } from "../auth/current-user";
import { assertCan } from "../auth/permissions";
import { prisma } from "../db";
import { Prisma } from "../generated/prisma/client.ts";
import { getWorkloadDetails } from "./workload";
import { countOutreach, listAgreementsNeedingRenewal } from "./community";
import { countRevocationsAtRisk } from "./violations";

// The Kepala's dashboard (issue 13): what waits for the Kepala, then the office's figures. Active
// counts are as of now; flows (new, ended, litmas finished, violations) fall in the chosen period,
// whose days are the office's (instants compared from 00.00 local time).

export interface MonthFlow { month: Date; started: number; ended: number }
export interface PurposeOnTime { purpose: LitmasPurpose; finished: number; withDeadline: number; onTime: number; percent: number | null }
export interface ProgramViolations { program: Program; violations: number; revocationsProposed: number; suspended: number }

const percent = (n: number, of: number) => (of ? Math.round((n / of) * 100) : null);

export async function getKepalaDashboard(user: CurrentUser, period: Period, now = clock.now()) {
  assertCan(user, "office:overview");
  const fromAt = startOfDayIn(period.from, user.timeZone);
  const toAt = startOfDayIn(addDays(period.to, 1), user.timeZone);
  const months = twelveMonthsTo(period.to);
  const trendFrom = months[0];
  const trendTo = addDays(addMonths(months[11], 1), -1);

  const iso = (d: Date) => d.toISOString().slice(0, 10);
  const today = todayIn(user.timeZone, now);
  const list = (xs: readonly string[]) => Prisma.join(xs.map((x) => Prisma.sql`${x}`));
  // The office's figures in one statement (scalar subqueries, each starting from the office and
  // served by its indexes); the PKs' workload in a second (getWorkloadDetails). The scopes are the
  // office-wide ones of clientScope / litmasScope / pendampinganScope for the roles allowed here.
  const [[f], workload, revocationClock] = await Promise.all([
    prisma.$queryRaw<Figures[]>`
      WITH c AS (SELECT id, status, program, category, "currentStage", "employmentStatus", "personId", "guidanceStart", "guidanceEnd", "statusDate"
        FROM "Client" WHERE "officeId" = ${user.officeId} AND "deletedAt" IS NULL),
      act AS (SELECT * FROM c WHERE status = 'AKTIF'),
      l AS (SELECT * FROM "Litmas" lm WHERE lm."officeId" = ${user.officeId}
        AND (lm."clientId" IS NULL OR EXISTS (SELECT 1 FROM c WHERE c.id = lm."clientId")))
      SELECT
        (SELECT count(*)::int FROM act) AS active,
        (SELECT coalesce(jsonb_object_agg(k, n), '{}') FROM (SELECT "currentStage"::text k, count(*)::int n FROM act WHERE "currentStage" IS NOT NULL GROUP BY 1) x) AS "byStage",
        (SELECT coalesce(jsonb_object_agg(k, n), '{}') FROM (SELECT program::text k, count(*)::int n FROM act GROUP BY 1) x) AS "byProgram",
        (SELECT coalesce(jsonb_object_agg(k, n), '{}') FROM (SELECT category::text k, count(*)::int n FROM act GROUP BY 1) x) AS "byCategory",
        (SELECT coalesce(jsonb_object_agg(k, n), '{}') FROM (SELECT coalesce("employmentStatus"::text, ${NOT_RECORDED}) k, count(*)::int n FROM act GROUP BY 1) x) AS "byEmployment",
        (SELECT coalesce(jsonb_object_agg(k, n), '{}') FROM (SELECT p.gender::text k, count(*)::int n FROM act JOIN "Person" p ON p.id = act."personId" WHERE p.gender IS NOT NULL GROUP BY 1) x) AS "byGender",
        (SELECT coalesce(jsonb_object_agg(k, n), '{}') FROM (SELECT status::text k, count(*)::int n FROM "Litmas" WHERE "officeId" = ${user.officeId} GROUP BY 1) x) AS "litmasByStatus",
        (SELECT count(*)::int FROM "Litmas" WHERE "officeId" = ${user.officeId} AND status::text IN (${list(LITMAS_OPEN_STATUSES)}) AND "dueAt" < ${now}) AS "litmasOverdue",
        (SELECT count(*)::int FROM "StageTransitionRequest" WHERE "officeId" = ${user.officeId} AND status = 'TPP_REVIEWED') AS "transitionsAwaiting",
        (SELECT count(*)::int FROM l WHERE status::text IN (${list(LITMAS_RUNNING_STATUSES)})) AS "litmasRunning",
        (SELECT count(*)::int FROM "Pendampingan" WHERE "officeId" = ${user.officeId} AND status::text IN (${list(PENDAMPINGAN_OPEN_STATUSES)})) AS "pendampinganOpen",
        (SELECT count(*)::int FROM l WHERE status::text IN (${list(LITMAS_OPEN_STATUSES)}) AND "dueAt" >= ${now} AND "dueAt" <= ${new Date(now.getTime() + 2 * 86_400_000)}) AS "litmasDueSoon",
        (SELECT count(*)::int FROM "RevocationProceeding" r JOIN c ON c.id = r."clientId" WHERE r.status = 'TPP_RECOMMENDED') AS "revocationsToDecide",
        (SELECT count(*)::int FROM act JOIN "GuidanceStage" s ON s."clientId" = act.id WHERE s.status = 'ACTIVE' AND s."plannedEnd" < ${iso(today)}::date) AS "stagesOverdue",
        (SELECT count(*)::int FROM "StageTransitionRequest" t JOIN c ON c.id = t."clientId" WHERE t."officeId" = ${user.officeId} AND t.status = 'PROPOSED') AS "awaitingTpp",
        (SELECT count(*)::int FROM act WHERE "currentStage" = 'AKHIR' AND "guidanceEnd" <= ${iso(addDays(today, 30))}::date
          AND NOT EXISTS (SELECT 1 FROM "EndOfGuidanceLetter" e WHERE e."clientId" = act.id AND NOT e.revoked)) AS "lettersToIssue",
        (SELECT count(*)::int FROM l WHERE status = 'APPROVED' AND "deliveredAt" IS NULL) AS undelivered,
        (SELECT coalesce(jsonb_object_agg(k, n), '{}') FROM (SELECT to_char("guidanceStart", 'YYYY-MM') k, count(*)::int n FROM c
          WHERE "guidanceStart" BETWEEN ${iso(trendFrom)}::date AND ${iso(trendTo)}::date GROUP BY 1) x) AS started,
        (SELECT coalesce(jsonb_object_agg(k, n), '{}') FROM (SELECT to_char("statusDate", 'YYYY-MM') k, count(*)::int n FROM c
          WHERE status <> 'AKTIF' AND "statusDate" BETWEEN ${iso(trendFrom)}::date AND ${iso(trendTo)}::date GROUP BY 1) x) AS ended,
        (SELECT coalesce(jsonb_agg(x), '[]') FROM (SELECT purpose::text AS purpose, count(*)::int AS finished, count("dueAt")::int AS "withDeadline",
          (count(*) FILTER (WHERE "approvedAt" <= "dueAt"))::int AS "onTime"
          FROM l WHERE status = 'APPROVED' AND "approvedAt" >= ${fromAt} AND "approvedAt" < ${toAt} GROUP BY 1) x) AS finished,
        (SELECT coalesce(jsonb_object_agg(k, n), '{}') FROM (SELECT c.program::text k, count(*)::int n FROM "Violation" v JOIN c ON c.id = v."clientId"
          WHERE v."occurredOn" BETWEEN ${iso(period.from)}::date AND ${iso(period.to)}::date GROUP BY 1) x) AS violations,
        (SELECT coalesce(jsonb_object_agg(k, n), '{}') FROM (SELECT c.program::text k, count(*)::int n FROM "RevocationProceeding" r JOIN c ON c.id = r."clientId"
          WHERE r."createdAt" >= ${fromAt} AND r."createdAt" < ${toAt} GROUP BY 1) x) AS "revocationsProposed",
        (SELECT coalesce(jsonb_object_agg(k, n), '{}') FROM (SELECT c.program::text k, count(*)::int n FROM "RevocationProceeding" r JOIN c ON c.id = r."clientId"
          WHERE r."suspendedAt" >= ${fromAt} AND r."suspendedAt" < ${toAt} GROUP BY 1) x) AS suspended`,
    getWorkloadDetails(user),
    countRevocationsAtRisk(user, now),
  ]);

  // Issue 14: agreements to renew (the inbox) and the office's outreach in the period.
  const [agreements, outreach] = await Promise.all([can(user.role, "partner:manage") ? listAgreementsNeedingRenewal(user, now) : Promise.resolve([]), countOutreach(user, period.from, period.to)]);

  const litmas = f.litmasByStatus;
  const overview = {
    active: f.active,
    stageCounts: f.byStage as Partial<Record<StageKind, number>>,
    programCounts: f.byProgram as Partial<Record<Program, number>>,
    litmasAwaitingDisposition: litmas.REQUESTED ?? 0,
    litmasAwaitingApproval: litmas.SUBMITTED ?? 0,
    litmasOverdue: f.litmasOverdue,
    transitionsAwaiting: f.transitionsAwaiting,
  };
  const stageWork = { lettersToIssue: f.lettersToIssue, overdue: f.stagesOverdue, awaitingTpp: f.awaitingTpp };
  const { litmasRunning, pendampinganOpen, litmasDueSoon, revocationsToDecide, undelivered } = f;
  const monthOf = (d: Date) => `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`;
  const trend: MonthFlow[] = months.map((month) => ({ month, started: f.started[monthOf(month)] ?? 0, ended: f.ended[monthOf(month)] ?? 0 }));

  const onTime: PurposeOnTime[] = LITMAS_PURPOSES.flatMap((purpose) => {
    const r = f.finished.find((x) => x.purpose === purpose);
    return r && r.finished > 0 ? [{ ...r, purpose, percent: percent(r.onTime, r.withDeadline) }] : [];
  });

  const byProgram: ProgramViolations[] = PROGRAMS.map((program) => ({
    program,
    violations: f.violations[program] ?? 0,
    revocationsProposed: f.revocationsProposed[program] ?? 0,
    suspended: f.suspended[program] ?? 0,
  })).filter((r) => r.violations || r.revocationsProposed || r.suspended);

  const category = Object.fromEntries(CLIENT_CATEGORIES.map((c) => [c, f.byCategory[c] ?? 0])) as Record<ClientCategory, number>;
  const gender = Object.fromEntries(GENDERS.map((g) => [g, f.byGender[g] ?? 0])) as Record<Gender, number>;

  return {
    waiting: {
      litmasToApprove: overview.litmasAwaitingApproval,
      litmasToDispose: overview.litmasAwaitingDisposition,
      transitionsToDecide: overview.transitionsAwaiting,
      revocationsToDecide,
      revocationsAtRisk: revocationClock.atRisk,
      revocationsOverdue: revocationClock.overdue,
      lettersToIssue: stageWork.lettersToIssue,
      stagesOverdue: stageWork.overdue,
      proposalsAwaitingTpp: stageWork.awaitingTpp,
      litmasOverdue: overview.litmasOverdue,
      litmasDueSoon,
      litmasUndelivered: undelivered,
      agreementsToRenew: agreements.length,
      agreementsExpired: agreements.filter((a) => a.state === "EXPIRED").length,
    },
    outreach,
    active: {
      byKind: { GUIDANCE: overview.active, LITMAS: litmasRunning, PENDAMPINGAN: pendampinganOpen },
      byProgram: overview.programCounts,
      byStage: overview.stageCounts,
      byCategory: category,
      byGender: gender,
      /** As last recorded; NOT_RECORDED for clients without one. */
      byEmployment: f.byEmployment as Partial<Record<EmploymentStatus | NotRecorded, number>>,
    },
    trend,
    onTime,
    violationsByProgram: byProgram,
    pks: workload.rows.map((p) => ({ id: p.id, name: p.name, active: p.active, activeClients: p.activeClients, capacity: p.capacity, workloadPercent: p.workloadPercent, litmasOpen: p.litmasOpen, litmasOverdue: p.litmasOverdue })),
  };
}
type Counts = Record<string, number>;
interface Figures {
  active: number;
  byStage: Counts; byProgram: Counts; byCategory: Counts; byEmployment: Counts; byGender: Counts; litmasByStatus: Counts;
  litmasOverdue: number; transitionsAwaiting: number; litmasRunning: number; pendampinganOpen: number; litmasDueSoon: number;
  revocationsToDecide: number; stagesOverdue: number; awaitingTpp: number; lettersToIssue: number; undelivered: number;
  started: Counts; ended: Counts;
  finished: { purpose: string; finished: number; withDeadline: number; onTime: number }[];
  violations: Counts; revocationsProposed: Counts; suspended: Counts;
}

export type KepalaDashboard = Awaited<ReturnType<typeof getKepalaDashboard>>;
