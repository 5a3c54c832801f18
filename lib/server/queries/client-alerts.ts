import "server-only";
import { currentMissedRun } from "@/lib/domain/reporting";
import type { RevocationStatus, ViolationType } from "@/lib/domain/enums";
import { prisma } from "../db";

export interface ClientAlerts {
  openViolations: { id: string; type: ViolationType; occurredOn: Date; revocationId: string | null }[];
  missedInARow: number;
  revocation: { id: string; status: RevocationStatus } | null;
  followUpDue: Date | null;
}

const OPEN_REVOCATION: RevocationStatus[] = ["PROPOSED", "PK_REPORTED", "TPP_RECOMMENDED", "SUSPENDED"];

/** What an officer must see about a client before acting: violations, missed reports, revocation. */
export async function clientAlerts(clientId: string): Promise<ClientAlerts> {
  const [violations, marks, revocation, lastContact] = await Promise.all([
    prisma.violation.findMany({ where: { clientId, status: { in: ["OPEN", "UNDER_REVIEW"] } }, orderBy: { occurredOn: "desc" }, select: { id: true, type: true, occurredOn: true, revocationId: true } }),
    prisma.reportingAttendance.findMany({ where: { clientId }, orderBy: { dueOn: "desc" }, take: 12, select: { dueOn: true, status: true } }),
    prisma.revocationProceeding.findFirst({ where: { clientId, status: { in: OPEN_REVOCATION } }, orderBy: { createdAt: "desc" }, select: { id: true, status: true } }),
    prisma.contact.findFirst({ where: { clientId }, orderBy: { occurredAt: "desc" }, select: { followUpOn: true } }),
  ]);
  return { openViolations: violations, missedInARow: currentMissedRun(marks), revocation, followUpDue: lastContact?.followUpOn ?? null };
}
