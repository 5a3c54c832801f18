import "server-only";
import type { Program } from "@/lib/domain/enums";
import { OPEN_REVOCATION_STATUSES, revocationAuthority } from "@/lib/domain/revocation";
import type { Prisma } from "../generated/prisma/client.ts";
import type { Tx } from "../db";

export { OPEN_REVOCATION_STATUSES };

/**
 * The client's open proceeding (a client has at most one: a partial unique index holds it), or a
 * new proposal when none is open, with the authority that decides for the client's program.
 */
export async function openOrProposeRevocation(
  tx: Tx, client: { officeId: string; id: string; program: Program }, raisedBySystem: boolean, extra: Partial<Prisma.RevocationProceedingUncheckedCreateInput> = {},
): Promise<{ id: string; created: boolean }> {
  const open = await tx.revocationProceeding.findFirst({ where: { clientId: client.id, status: { in: [...OPEN_REVOCATION_STATUSES] } }, select: { id: true } });
  if (open) return { id: open.id, created: false };
  const row = await tx.revocationProceeding.create({
    data: { ...extra, officeId: client.officeId, clientId: client.id, status: "PROPOSED", raisedBySystem, authority: revocationAuthority(client.program) },
    select: { id: true },
  });
  return { id: row.id, created: true };
}
