import "server-only";
import type { RevocationStatus } from "@/lib/domain/enums";
import { OPEN_REVOCATION_STATUSES } from "@/lib/domain/revocation";
import { assertCan, type CurrentUser } from "../auth";
import { prisma } from "../db";
import { clientScope } from "./scope";

export { OPEN_REVOCATION_STATUSES };

const clientSel = { select: { id: true, fullName: true, registerNumber: true, assignedPk: { select: { name: true } } } } as const;

/** Open violations and revocation proceedings in progress (the office; a PK's own clients). */
export async function listOpenViolations(user: CurrentUser, limit = 200) {
  assertCan(user, "violation:read");
  const scope = clientScope(user);
  const [revocations, violations] = await Promise.all([
    prisma.revocationProceeding.findMany({
      where: { client: scope, status: { in: [...OPEN_REVOCATION_STATUSES] } },
      orderBy: { createdAt: "asc" },
      select: { id: true, status: true, raisedBySystem: true, createdAt: true, client: clientSel, _count: { select: { violations: true } } },
    }),
    prisma.violation.findMany({
      where: { client: scope, status: { in: ["OPEN", "UNDER_REVIEW"] } },
      orderBy: [{ occurredOn: "desc" }],
      take: limit,
      select: { id: true, type: true, status: true, occurredOn: true, description: true, raisedBySystem: true, revocationId: true, client: clientSel },
    }),
  ]);
  return { revocations, violations };
}

/** One revocation proceeding with its violations and the client's reporting record. */
export async function getRevocation(user: CurrentUser, id: string) {
  assertCan(user, "violation:read");
  return prisma.revocationProceeding.findFirst({
    where: { id, client: clientScope(user) },
    select: {
      id: true, status: true, authority: true, raisedBySystem: true, createdAt: true, pkReport: true, pkReportedAt: true, tppRecommendation: true, tppNotes: true,
      suspendedAt: true, outcomeAt: true, outcomeNote: true, version: true, decidedById: true,
      complainant: true, complaintOn: true, examinationReport: true, referredTo: true, referralNumber: true, referredAt: true, decreeNumber: true, decreeDate: true,
      client: { select: { id: true, fullName: true, registerNumber: true, status: true, program: true, assignedPk: { select: { name: true } }, attendances: { orderBy: { dueOn: "desc" }, take: 8, select: { dueOn: true, status: true } } } },
      violations: { orderBy: { occurredOn: "asc" }, select: { id: true, type: true, occurredOn: true, description: true, status: true } },
    },
  });
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
