import "server-only";
import { addDays, addMonths, startOfDayIn, toIsoDate } from "@/lib/domain/calendar";
import type { ClientCategory, EmploymentStatus, LitmasPurpose, OffenceCategory, PendampinganStepKind, Program, Role } from "@/lib/domain/enums";
import { litmasSubjectCategory, NOT_RECORDED, type ByCategory, type MonthlyFigures, type NotRecorded } from "@/lib/domain/monthly-report";
import type { CurrentUser } from "../auth/current-user";
import { assertCan } from "../auth/permissions";
import { prisma } from "../db";
import { litmasScope } from "./litmas";
import { clientScope, pendampinganScope } from "./scope";

// The figures of the reports upward for a span of the office's days (its time zone): a month for
// the laporan bulanan, one day for the laporan harian. "Active" is counted on the span's last day;
// "received", "finished", "held" and "closed" within the span.

const add = <K extends string>(m: Partial<Record<K, ByCategory>>, k: K, c: ClientCategory) => {
  const row = (m[k] ??= { DEWASA: 0, ANAK: 0 });
  row[c]++;
};

export async function getMonthlyFigures(user: CurrentUser, month: Date): Promise<{ figures: MonthlyFigures; from: Date; to: Date }> {
  return getReportFigures(user, month, addDays(addMonths(month, 1), -1));
}

export async function getReportFigures(user: CurrentUser, from: Date, to: Date): Promise<{ figures: MonthlyFigures; from: Date; to: Date }> {
  assertCan(user, "office:overview");
  const fromAt = startOfDayIn(from, user.timeZone);
  const toAt = startOfDayIn(addDays(to, 1), user.timeZone);
  const litmasSel = { purpose: true, receivedAt: true, client: { select: { category: true } }, person: { select: { birthDate: true } } } as const;
  // Active on the month's last day: started by then and not ended before it.
  const activeThen = { ...clientScope(user), guidanceStart: { lte: to }, OR: [{ status: "AKTIF" as const }, { statusDate: { gt: to } }] };
  const [active, employed, offences, received, finished, pendReceived, steps, pendClosed, staff, outreach, communityContacts] = await Promise.all([
    prisma.client.groupBy({ by: ["program", "category"], where: activeThen, _count: { _all: true } }),
    // Employment as it stood on the span's last day: each active client's latest history row from
    // that day or before (the history is kept by a trigger, migration client_employment_history).
    prisma.$queryRaw<{ status: EmploymentStatus; category: ClientCategory; n: number }[]>`
      SELECT e.status, c.category, count(*)::int AS n
      FROM "Client" c
      JOIN LATERAL (
        SELECT h.status FROM "ClientEmployment" h
        WHERE h."clientId" = c.id AND h.since <= ${toIsoDate(to)}::date
        ORDER BY h.since DESC LIMIT 1
      ) e ON e.status IS NOT NULL
      WHERE c."officeId" = ${user.officeId} AND c."deletedAt" IS NULL
        AND (${user.role} <> 'PK' OR c."assignedPkId" = ${user.id})
        AND c."guidanceStart" <= ${toIsoDate(to)}::date
        AND (c.status = 'AKTIF' OR c."statusDate" > ${toIsoDate(to)}::date)
      GROUP BY e.status, c.category`,
    prisma.client.groupBy({ by: ["offenceCategory", "category"], where: activeThen, _count: { _all: true } }),
    prisma.litmas.findMany({ where: { ...litmasScope(user), receivedAt: { gte: fromAt, lt: toAt }, status: { not: "CANCELLED" } }, select: litmasSel }),
    prisma.litmas.findMany({ where: { ...litmasScope(user), status: "APPROVED", approvedAt: { gte: fromAt, lt: toAt } }, select: litmasSel }),
    prisma.pendampingan.count({ where: { ...pendampinganScope(user), receivedAt: { gte: fromAt, lt: toAt }, status: { not: "CANCELLED" } } }),
    prisma.pendampinganStep.groupBy({ by: ["kind"], where: { pendampingan: pendampinganScope(user), heldAt: { gte: fromAt, lt: toAt } }, _count: { _all: true } }),
    prisma.pendampingan.count({ where: { ...pendampinganScope(user), status: "CLOSED", closedAt: { gte: fromAt, lt: toAt } } }),
    prisma.user.groupBy({ by: ["role"], where: { officeId: user.officeId, active: true }, _count: { _all: true } }),
    // Office outreach (issue 14): held on a day of the month (calendar dates, no time zone needed).
    prisma.outreachActivity.groupBy({ by: ["kind"], where: { officeId: user.officeId, heldOn: { gte: from, lte: to } }, _count: { _all: true }, _sum: { participantCount: true } }),
    // Guidance with the family, guarantor or community that took place (decision 0022), with the people named.
    prisma.contact.findMany({
      where: { client: clientScope(user), subject: { not: "KLIEN" }, outcome: "HADIR", occurredAt: { gte: fromAt, lt: toAt } },
      select: { subject: true, _count: { select: { participants: true } } },
    }),
  ]);
  const communityGuidance: MonthlyFigures["communityGuidance"] = {};
  for (const k of communityContacts) {
    if (k.subject === "KLIEN") continue;
    const f = (communityGuidance[k.subject] ??= { activities: 0, participants: 0 });
    f.activities += 1;
    f.participants += k._count.participants;
  }
  const activeByProgram: Partial<Record<Program, ByCategory>> = {};
  for (const r of active) (activeByProgram[r.program as Program] ??= { DEWASA: 0, ANAK: 0 })[r.category as ClientCategory] += r._count._all;
  const totals: ByCategory = { DEWASA: 0, ANAK: 0 };
  for (const r of active) totals[r.category as ClientCategory] += r._count._all;
  const activeByEmployment: Partial<Record<EmploymentStatus | NotRecorded, ByCategory>> = {};
  const missing: ByCategory = { ...totals };
  for (const r of employed) {
    (activeByEmployment[r.status] ??= { DEWASA: 0, ANAK: 0 })[r.category] += r.n;
    missing[r.category] -= r.n;
  }
  if (missing.DEWASA || missing.ANAK) activeByEmployment[NOT_RECORDED] = missing;
  const activeByOffence: Partial<Record<OffenceCategory | NotRecorded, ByCategory>> = {};
  for (const r of offences) (activeByOffence[(r.offenceCategory as OffenceCategory | null) ?? NOT_RECORDED] ??= { DEWASA: 0, ANAK: 0 })[r.category as ClientCategory] += r._count._all;
  const byPurpose = (rows: typeof received) => {
    const m: Partial<Record<LitmasPurpose, ByCategory>> = {};
    for (const l of rows) add(m, l.purpose, litmasSubjectCategory({ clientCategory: l.client?.category ?? null, birthDate: l.person.birthDate, receivedAt: l.receivedAt, purpose: l.purpose }));
    return m;
  };
  return {
    from,
    to,
    figures: {
      activeByProgram,
      activeByEmployment,
      activeByOffence,
      litmasReceived: byPurpose(received),
      litmasFinished: byPurpose(finished),
      pendampinganReceived: pendReceived,
      pendampinganSteps: Object.fromEntries(steps.map((s) => [s.kind, s._count._all])) as Partial<Record<PendampinganStepKind, number>>,
      pendampinganClosed: pendClosed,
      staffByRole: Object.fromEntries(staff.map((s) => [s.role, s._count._all])) as Partial<Record<Role, number>>,
      outreach: Object.fromEntries(outreach.map((o) => [o.kind, { activities: o._count._all, participants: o._sum.participantCount ?? 0 }])) as MonthlyFigures["outreach"],
      communityGuidance,
    },
  };
}

/** What the report's head and signature print: the office and its Kepala. */
export async function getReportOffice(user: CurrentUser) {
  assertCan(user, "office:overview");
  const [office, kepala] = await Promise.all([
    prisma.office.findUniqueOrThrow({ where: { id: user.officeId }, select: { name: true, code: true, address: true, city: true, phone: true, email: true, letterheadLine1: true, letterheadLine2: true } }),
    prisma.user.findFirst({ where: { officeId: user.officeId, role: "KEPALA_BAPAS", active: true }, orderBy: { createdAt: "asc" }, select: { name: true, nip: true } }),
  ]);
  return { office, kepala };
}
