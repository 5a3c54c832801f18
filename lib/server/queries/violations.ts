import "server-only";
import type { RevocationStatus } from "@/lib/domain/enums";
import { assertCan, type CurrentUser } from "../auth";
import { prisma } from "../db";
import { clientScope } from "./scope";

export const OPEN_REVOCATION_STATUSES: RevocationStatus[] = ["PROPOSED", "PK_REPORTED", "TPP_RECOMMENDED", "SUSPENDED"];

const clientSel = { select: { id: true, fullName: true, registerNumber: true, assignedPk: { select: { name: true } } } } as const;

/** Open violations and revocation proceedings in progress (the office; a PK's own clients). */
export async function listOpenViolations(user: CurrentUser, limit = 200) {
  assertCan(user, "violation:read");
  const scope = clientScope(user);
  const [revocations, violations] = await Promise.all([
    prisma.revocationProceeding.findMany({
      where: { client: scope, status: { in: OPEN_REVOCATION_STATUSES } },
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
      id: true, status: true, raisedBySystem: true, createdAt: true, pkReport: true, pkReportedAt: true, tppRecommendation: true, tppNotes: true,
      suspendedAt: true, outcomeAt: true, outcomeNote: true, version: true, decidedById: true,
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
