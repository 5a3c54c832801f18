import "server-only";
import { can } from "@/lib/domain/permissions";
import { clock } from "@/lib/clock";
import { addDays, addMonths, startOfDayIn } from "@/lib/domain/calendar";
import { LITMAS_RUNNING_STATUSES, PENDAMPINGAN_OPEN_STATUSES } from "@/lib/domain/cases";
import { CLIENT_CATEGORIES, GENDERS, LITMAS_PURPOSES, PROGRAMS, type ClientCategory, type EmploymentStatus, type Gender, type LitmasPurpose, type Program } from "@/lib/domain/enums";
import { NOT_RECORDED, type NotRecorded } from "@/lib/domain/monthly-report";
import { LITMAS_OPEN_STATUSES } from "@/lib/domain/litmas";
import { twelveMonthsTo, type Period } from "@/lib/domain/period";
import type { CurrentUser } from "../auth/current-user";
import { assertCan } from "../auth/permissions";
import { prisma } from "../db";
import { getOfficeOverview } from "./home";
import { getStageWorkCounts } from "./stages";
import { litmasScope } from "./litmas";
import { clientScope, pendampinganScope } from "./scope";
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
  const active = { ...clientScope(user), status: "AKTIF" as const };
  const months = twelveMonthsTo(period.to);
  const trendFrom = months[0];
  const trendTo = addDays(addMonths(months[11], 1), -1);

  const [overview, workload, litmasRunning, pendampinganOpen, byCategory, byGender, byEmployment, litmasDueSoon, revocationsToDecide, stageWork, undelivered, started, ended, finished, violations, revocations, revocationClock] = await Promise.all([
    getOfficeOverview(user),
    getWorkloadDetails(user),
    prisma.litmas.count({ where: { ...litmasScope(user), status: { in: [...LITMAS_RUNNING_STATUSES] } } }),
    prisma.pendampingan.count({ where: { ...pendampinganScope(user), status: { in: [...PENDAMPINGAN_OPEN_STATUSES] } } }),
    prisma.client.groupBy({ by: ["category"], where: active, _count: { _all: true } }),
    Promise.all(GENDERS.map((g) => prisma.client.count({ where: { ...active, person: { gender: g } } }))),
    prisma.client.groupBy({ by: ["employmentStatus"], where: active, _count: { _all: true } }),
    prisma.litmas.count({ where: { ...litmasScope(user), status: { in: [...LITMAS_OPEN_STATUSES] }, dueAt: { gte: now, lte: new Date(now.getTime() + 2 * 86_400_000) } } }),
    prisma.revocationProceeding.count({ where: { client: clientScope(user), status: "TPP_RECOMMENDED" } }),
    getStageWorkCounts(user),
    prisma.litmas.count({ where: { ...litmasScope(user), status: "APPROVED", deliveredAt: null } }),
    prisma.client.findMany({ where: { ...clientScope(user), guidanceStart: { gte: trendFrom, lte: trendTo } }, select: { guidanceStart: true } }),
    prisma.client.findMany({ where: { ...clientScope(user), status: { not: "AKTIF" }, statusDate: { gte: trendFrom, lte: trendTo } }, select: { statusDate: true } }),
    prisma.litmas.findMany({ where: { ...litmasScope(user), status: "APPROVED", approvedAt: { gte: fromAt, lt: toAt } }, select: { purpose: true, dueAt: true, approvedAt: true } }),
    prisma.violation.findMany({ where: { client: clientScope(user), occurredOn: { gte: period.from, lte: period.to } }, select: { client: { select: { program: true } } } }),
    prisma.revocationProceeding.findMany({
      where: { client: clientScope(user), OR: [{ createdAt: { gte: fromAt, lt: toAt } }, { suspendedAt: { gte: fromAt, lt: toAt } }] },
      select: { createdAt: true, suspendedAt: true, client: { select: { program: true } } },
    }),
    countRevocationsAtRisk(user, now),
  ]);

  // Issue 14: agreements to renew (the inbox) and the office's outreach in the period.
  const [agreements, outreach] = await Promise.all([can(user.role, "partner:manage") ? listAgreementsNeedingRenewal(user, now) : Promise.resolve([]), countOutreach(user, period.from, period.to)]);

  const monthKey = (d: Date) => `${d.getUTCFullYear()}-${d.getUTCMonth()}`;
  const trend: MonthFlow[] = months.map((month) => ({ month, started: 0, ended: 0 }));
  const at = new Map(trend.map((t) => [monthKey(t.month), t]));
  for (const c of started) at.get(monthKey(c.guidanceStart))!.started++;
  for (const c of ended) at.get(monthKey(c.statusDate!))!.ended++;

  const onTime: PurposeOnTime[] = LITMAS_PURPOSES.map((purpose) => {
    const rows = finished.filter((l) => l.purpose === purpose);
    const withDeadline = rows.filter((l) => l.dueAt);
    const inTime = withDeadline.filter((l) => l.approvedAt! <= l.dueAt!).length;
    return { purpose, finished: rows.length, withDeadline: withDeadline.length, onTime: inTime, percent: percent(inTime, withDeadline.length) };
  }).filter((p) => p.finished > 0);

  const inPeriod = (d: Date | null) => d !== null && d >= fromAt && d < toAt;
  const byProgram: ProgramViolations[] = PROGRAMS.map((program) => ({
    program,
    violations: violations.filter((v) => v.client.program === program).length,
    revocationsProposed: revocations.filter((r) => r.client.program === program && inPeriod(r.createdAt)).length,
    suspended: revocations.filter((r) => r.client.program === program && inPeriod(r.suspendedAt)).length,
  })).filter((r) => r.violations || r.revocationsProposed || r.suspended);

  const category = Object.fromEntries(CLIENT_CATEGORIES.map((c) => [c, byCategory.find((r) => r.category === c)?._count._all ?? 0])) as Record<ClientCategory, number>;
  const gender = Object.fromEntries(GENDERS.map((g, i) => [g, byGender[i]])) as Record<Gender, number>;

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
      byEmployment: Object.fromEntries(byEmployment.map((r) => [r.employmentStatus ?? NOT_RECORDED, r._count._all])) as Partial<Record<EmploymentStatus | NotRecorded, number>>,
    },
    trend,
    onTime,
    violationsByProgram: byProgram,
    pks: workload.rows.map((p) => ({ id: p.id, name: p.name, active: p.active, activeClients: p.activeClients, capacity: p.capacity, workloadPercent: p.workloadPercent, litmasOpen: p.litmasOpen, litmasOverdue: p.litmasOverdue })),
  };
}
export type KepalaDashboard = Awaited<ReturnType<typeof getKepalaDashboard>>;
