import "server-only";
import { todayIn } from "@/lib/domain/calendar";
import type { RevocationAuthority, RevocationStatus } from "@/lib/domain/enums";
import { hasServiceClock, OPEN_REVOCATION_STATUSES, revocationServiceClock, type ServiceClock } from "@/lib/domain/revocation";
import type { WorkCalendar } from "@/lib/domain/working-days";
import { officeCalendar } from "@/lib/schemas/reporting-settings";
import { assertCan, type CurrentUser } from "../auth";
import { prisma } from "../db";
import { clientScope } from "./scope";
import { clock } from "../../clock";

export { OPEN_REVOCATION_STATUSES };

/** The office's working days (national holidays, weekends, its closures), as wajib lapor counts them. */
export async function officeWorkCalendar(officeId: string): Promise<WorkCalendar> {
  const office = await prisma.office.findUniqueOrThrow({ where: { id: officeId }, select: { settings: true } });
  return officeCalendar(office.settings);
}

/** A PB/CB/CMB proceeding's 20-working-day clock (null on the other paths), from the day it was proposed. */
export function serviceClockOf(
  cal: WorkCalendar, timeZone: string, r: { authority: RevocationAuthority; status: RevocationStatus; createdAt: Date; outcomeAt?: Date | null }, now = clock.now(),
): ServiceClock | null {
  if (!hasServiceClock(r.authority)) return null;
  const ended = OPEN_REVOCATION_STATUSES.includes(r.status) ? null : r.outcomeAt ? todayIn(timeZone, r.outcomeAt) : todayIn(timeZone, now);
  return revocationServiceClock(cal, todayIn(timeZone, r.createdAt), todayIn(timeZone, now), ended);
}

const clientSel = { select: { id: true, fullName: true, registerNumber: true, assignedPk: { select: { name: true } } } } as const;

/** Open violations and revocation proceedings in progress (the office; a PK's own clients). */
export async function listOpenViolations(user: CurrentUser, limit = 200) {
  assertCan(user, "violation:read");
  const scope = clientScope(user);
  const [revocations, violations] = await Promise.all([
    prisma.revocationProceeding.findMany({
      where: { client: scope, status: { in: [...OPEN_REVOCATION_STATUSES] } },
      orderBy: { createdAt: "asc" },
      select: { id: true, status: true, authority: true, raisedBySystem: true, createdAt: true, client: clientSel, _count: { select: { violations: true } } },
    }),
    prisma.violation.findMany({
      where: { client: scope, status: { in: ["OPEN", "UNDER_REVIEW"] } },
      orderBy: [{ occurredOn: "desc" }],
      take: limit,
      select: { id: true, type: true, status: true, occurredOn: true, description: true, raisedBySystem: true, revocationId: true, client: clientSel },
    }),
  ]);
  const cal = await officeWorkCalendar(user.officeId);
  return { revocations: revocations.map((r) => ({ ...r, serviceClock: serviceClockOf(cal, user.timeZone, r) })), violations };
}

/** One revocation proceeding with its violations and the client's reporting record. */
export async function getRevocation(user: CurrentUser, id: string) {
  assertCan(user, "violation:read");
  const r = await prisma.revocationProceeding.findFirst({
    where: { id, client: clientScope(user) },
    select: {
      id: true, status: true, authority: true, raisedBySystem: true, createdAt: true, pkReport: true, pkReportedAt: true, tppRecommendation: true, tppNotes: true,
      suspendedAt: true, outcomeAt: true, outcomeNote: true, version: true, decidedById: true, tppSession: { select: { id: true, heldOn: true, chairName: true } },
      complainant: true, complaintOn: true, examinationReport: true, referredTo: true, referralNumber: true, referredAt: true, decreeNumber: true, decreeDate: true,
      client: { select: { id: true, fullName: true, registerNumber: true, status: true, program: true, assignedPk: { select: { name: true } }, attendances: { orderBy: { dueOn: "desc" }, take: 8, select: { dueOn: true, status: true } } } },
      violations: { orderBy: { occurredOn: "asc" }, select: { id: true, type: true, occurredOn: true, description: true, status: true } },
    },
  });
  if (!r) return null;
  return { ...r, serviceClock: serviceClockOf(await officeWorkCalendar(user.officeId), user.timeZone, r) };
}

/** One violation (for closing it). */
export async function getViolation(user: CurrentUser, id: string) {
  assertCan(user, "violation:read");
  return prisma.violation.findFirst({
    where: { id, client: clientScope(user) },
    select: { id: true, type: true, status: true, occurredOn: true, description: true, raisedBySystem: true, revocationId: true, createdAt: true, client: clientSel },
  });
}

/** The report to the deciding authority, for its PDF: in the user's scope, once sent; else null. */
export async function getReferralLetterForPdf(user: CurrentUser, id: string) {
  assertCan(user, "violation:read");
  const r = await prisma.revocationProceeding.findFirst({
    where: { id, client: clientScope(user), referralNumber: { not: null } },
    select: {
      id: true, authority: true, status: true, pkReport: true, tppRecommendation: true, tppNotes: true, outcomeNote: true, suspendedAt: true,
      referredTo: true, referralNumber: true, referredAt: true, decidedById: true, complainant: true, complaintOn: true,
      client: {
        select: {
          id: true, fullName: true, registerNumber: true, program: true, guidanceStart: true, guidanceEnd: true, offence: true,
          person: { select: { birthPlace: true, birthDate: true } },
          office: { select: { name: true, city: true, address: true, phone: true, email: true, letterheadLine1: true, letterheadLine2: true, timeZone: true } },
        },
      },
      violations: { orderBy: { occurredOn: "asc" }, select: { type: true, occurredOn: true } },
    },
  });
  if (!r) return null;
  const kepala = await prisma.user.findFirst({
    where: { officeId: user.officeId, ...(r.decidedById ? { id: r.decidedById } : { role: "KEPALA_BAPAS", active: true }) },
    select: { name: true, nip: true },
  });
  return { ...r, signer: kepala };
}
export type ReferralLetterForPdf = NonNullable<Awaited<ReturnType<typeof getReferralLetterForPdf>>>;

/** A client's warnings, oldest first (the client's PK, the office's Kepala and admin). */
export async function listClientWarnings(user: CurrentUser, clientId: string) {
  assertCan(user, "violation:read");
  return prisma.clientWarning.findMany({
    where: { clientId, client: clientScope(user) },
    orderBy: [{ issuedOn: "asc" }, { createdAt: "asc" }],
    select: { id: true, level: true, number: true, issuedOn: true, reason: true },
  });
}

/** A written warning, for its PDF: in the user's scope; else null. */
export async function getWarningLetterForPdf(user: CurrentUser, id: string) {
  assertCan(user, "violation:read");
  const w = await prisma.clientWarning.findFirst({
    where: { id, number: { not: null }, client: clientScope(user) },
    select: {
      id: true, level: true, number: true, issuedOn: true, reason: true, issuedById: true,
      client: {
        select: {
          id: true, fullName: true, registerNumber: true, program: true, person: { select: { address: true } },
          office: { select: { name: true, city: true, address: true, phone: true, email: true, letterheadLine1: true, letterheadLine2: true, timeZone: true } },
        },
      },
    },
  });
  if (!w) return null;
  const signer = await prisma.user.findFirst({ where: { id: w.issuedById, officeId: user.officeId }, select: { name: true, nip: true } });
  return { ...w, signer };
}
export type WarningLetterForPdf = NonNullable<Awaited<ReturnType<typeof getWarningLetterForPdf>>>;

/** A client's permission requests, newest first. */
export async function listTravelPermits(user: CurrentUser, clientId: string) {
  assertCan(user, "violation:read");
  return prisma.travelPermit.findMany({
    where: { clientId, client: clientScope(user) },
    orderBy: { createdAt: "desc" },
    select: { id: true, kind: true, destination: true, purpose: true, fromDate: true, toDate: true, reason: true, status: true, decisionNote: true, letterNumber: true, version: true },
  });
}

/** Open PB/CB/CMB proceedings at risk of missing the 20-working-day standard, or past it (the Kepala's waiting list). */
export async function countRevocationsAtRisk(user: CurrentUser, now = clock.now()): Promise<{ atRisk: number; overdue: number }> {
  assertCan(user, "violation:read");
  const open = await prisma.revocationProceeding.findMany({
    where: { client: clientScope(user), authority: "MENTERI", status: { in: [...OPEN_REVOCATION_STATUSES] } },
    select: { authority: true, status: true, createdAt: true },
  });
  if (open.length === 0) return { atRisk: 0, overdue: 0 };
  const cal = await officeWorkCalendar(user.officeId);
  const states = open.map((r) => serviceClockOf(cal, user.timeZone, r, now)?.state);
  return { atRisk: states.filter((s) => s === "AT_RISK").length, overdue: states.filter((s) => s === "OVERDUE").length };
}

/** The office's recorded sidang TPP that can have discussed a proceeding: held since its proposal, up to today. */
export async function listCitableTppSessions(user: CurrentUser, proposedAt: Date, now = clock.now()) {
  assertCan(user, "revocation:tpp");
  return prisma.tppSession.findMany({
    where: { officeId: user.officeId, heldOn: { gte: todayIn(user.timeZone, proposedAt), lte: todayIn(user.timeZone, now) } },
    orderBy: [{ heldOn: "desc" }, { createdAt: "desc" }],
    take: 20,
    select: { id: true, heldOn: true, chairName: true, location: true },
  });
}

/** Proceedings with the PK's report, waiting for a sidang TPP (the TPP form). */
export async function listRevocationsForTpp(user: CurrentUser) {
  assertCan(user, "revocation:tpp");
  return prisma.revocationProceeding.findMany({
    where: { client: clientScope(user), status: "PK_REPORTED" },
    orderBy: { createdAt: "asc" },
    select: { id: true, authority: true, pkReport: true, createdAt: true, client: { select: { fullName: true, registerNumber: true, program: true, assignedPk: { select: { name: true } } } } },
  });
}
