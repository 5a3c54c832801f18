import "server-only";
import type { RevocationStatus } from "@/lib/domain/enums";
import type { Tx } from "../db";

/** A proceeding still running: a client has at most one (a partial unique index holds it). */
export const OPEN_REVOCATION_STATUSES: RevocationStatus[] = ["PROPOSED", "PK_REPORTED", "TPP_RECOMMENDED", "SUSPENDED"];

/** The client's open proceeding, or a new proposal when none is open. */
export async function openOrProposeRevocation(tx: Tx, officeId: string, clientId: string, raisedBySystem: boolean): Promise<{ id: string; created: boolean }> {
  const open = await tx.revocationProceeding.findFirst({ where: { clientId, status: { in: OPEN_REVOCATION_STATUSES } }, select: { id: true } });
  if (open) return { id: open.id, created: false };
  const row = await tx.revocationProceeding.create({ data: { officeId, clientId, status: "PROPOSED", raisedBySystem }, select: { id: true } });
  return { id: row.id, created: true };
}
