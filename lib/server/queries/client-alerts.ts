import "server-only";
import { awaitingConfirmation, currentMissedRun } from "@/lib/domain/reporting";
import { OPEN_REVOCATION_STATUSES } from "@/lib/domain/revocation";
import type { RevocationStatus, ViolationType } from "@/lib/domain/enums";
import type { CurrentUser } from "../auth/current-user";
import { prisma } from "../db";
import { clientScope } from "./scope";

export interface ClientAlerts {
  openViolations: { id: string; type: ViolationType; occurredOn: Date; revocationId: string | null }[];
  missedInARow: number;
  /** Reporting days whose window closed unrecorded, waiting for the PK (tidak lapor). */
  unconfirmed: number;
  revocation: { id: string; status: RevocationStatus } | null;
  followUpDue: Date | null;
}


/**
 * What an officer must see about a client before acting: violations, missed reports, revocation.
 * Every read goes through the user's client scope, so a client outside it gives no alerts.
 */
export async function clientAlerts(user: CurrentUser, clientId: string): Promise<ClientAlerts> {
  const client = { id: clientId, ...clientScope(user) };
  const [violations, marks, revocation, lastContact] = await Promise.all([
    prisma.violation.findMany({ where: { client, status: { in: ["OPEN", "UNDER_REVIEW"] } }, orderBy: { occurredOn: "desc" }, select: { id: true, type: true, occurredOn: true, revocationId: true } }),
    prisma.reportingAttendance.findMany({ where: { client }, orderBy: { dueOn: "desc" }, take: 12, select: { dueOn: true, status: true } }),
    prisma.revocationProceeding.findFirst({ where: { client, status: { in: [...OPEN_REVOCATION_STATUSES] } }, orderBy: { createdAt: "desc" }, select: { id: true, status: true } }),
    prisma.contact.findFirst({ where: { client }, orderBy: { occurredAt: "desc" }, select: { followUpOn: true } }),
  ]);
  return { openViolations: violations, missedInARow: currentMissedRun(marks), unconfirmed: awaitingConfirmation(marks), revocation, followUpDue: lastContact?.followUpOn ?? null };
}
