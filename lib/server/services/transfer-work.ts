import "server-only";
import type { CurrentUser } from "../auth/current-user";
import type { Tx } from "../db";

const OPEN_LITMAS = ["REQUESTED", "ASSIGNED", "DRAFT", "RETURNED", "SUBMITTED"] as const;
const OPEN_TRANSITIONS = ["PROPOSED", "TPP_REVIEWED"] as const;
const CLOSED_PENDAMPINGAN = ["CLOSED", "CANCELLED"] as const;

export interface MovedWork {
  personId: string;
  previousPersonId: string;
  litmasReopened: string[];
  litmasMoved: number;
  transitionsReopened: string[];
  transitionsMoved: number;
  programs: number;
  violations: number;
  revocations: number;
  pendampinganClosed: string[];
}

/**
 * A transfer accepted: the client's current work moves to the new office in the accepting
 * transaction (issue 12, part 5). Called by decide-transfer after the client row is claimed.
 * - The person is per office: the new office gets its own copy of the identity, so neither office
 *   sees the other's later edits; the old office keeps its person and its own closed cases.
 * - Litmas about the client move. Open ones go back to awaiting the new Kepala's disposition (no
 *   PK, no section, no deadline, no TPP of the old office), drafts kept; approved ones keep their
 *   number (it carries the old office's code) and their PDF follows the client.
 * - Stage proposals move; open ones wait for the new office's sidang TPP again.
 * - Programs, violations and revocation proceedings move as they are.
 * - An open pendampingan linked to the client is closed with the reason (its number is the old
 *   office's register).
 * Contacts, attendance and the audit trail stay as written: reads reach them through the client.
 */
export async function moveClientWork(tx: Tx, user: CurrentUser, clientId: string, now: Date): Promise<MovedWork> {
  const to = user.officeId;
  const client = await tx.client.findUniqueOrThrow({ where: { id: clientId }, select: { personId: true } });
  const { id: previousPersonId, officeId: _old, version: _v, createdAt: _c, updatedAt: _u, createdById: _by, ...identity } = await tx.person.findUniqueOrThrow({ where: { id: client.personId } });
  const person = await tx.person.create({ data: { ...identity, officeId: to, createdById: user.id }, select: { id: true } });
  // The client first: the litmas trigger checks a litmas's person against its client's.
  await tx.client.update({ where: { id: clientId }, data: { personId: person.id } });

  const reopened = await tx.litmas.findMany({ where: { clientId, status: { in: [...OPEN_LITMAS] } }, select: { id: true } });
  const reopenedIds = reopened.map((l) => l.id);
  if (reopenedIds.length) {
    await tx.litmas.updateMany({
      where: { id: { in: reopenedIds } },
      data: {
        officeId: to, personId: person.id, status: "REQUESTED", assignedPkId: null, assignedAt: null, dueAt: null, section: null, disposedAt: null,
        disposedById: null, submittedAt: null, tppSessionId: null, tppRecommendation: null, tppNotes: null, pendampinganId: null, version: { increment: 1 },
      },
    });
    await tx.litmasEvent.createMany({ data: reopenedIds.map((litmasId) => ({ litmasId, action: "REASSIGNED" as const, actorId: user.id, at: now, note: `Dilimpahkan ke ${user.officeName}: menunggu disposisi Kepala Bapas.` })) });
  }
  const litmasMoved = await tx.litmas.updateMany({ where: { clientId, id: { notIn: reopenedIds } }, data: { officeId: to, personId: person.id, pendampinganId: null } });

  const openTransitions = await tx.stageTransitionRequest.findMany({ where: { clientId, status: { in: [...OPEN_TRANSITIONS] } }, select: { id: true } });
  const transitionIds = openTransitions.map((t) => t.id);
  if (transitionIds.length) {
    await tx.stageTransitionRequest.updateMany({
      where: { id: { in: transitionIds } },
      data: { officeId: to, status: "PROPOSED", tppSessionId: null, tppRecommendation: null, tppNotes: null, version: { increment: 1 } },
    });
  }
  const transitionsMoved = await tx.stageTransitionRequest.updateMany({ where: { clientId, id: { notIn: transitionIds } }, data: { officeId: to } });

  const [programs, violations, revocations] = await Promise.all([
    tx.guidanceProgram.updateMany({ where: { clientId }, data: { officeId: to } }),
    tx.violation.updateMany({ where: { clientId }, data: { officeId: to } }),
    tx.revocationProceeding.updateMany({ where: { clientId }, data: { officeId: to } }),
  ]);

  const pendampingan = await tx.pendampingan.findMany({ where: { clientId, status: { notIn: [...CLOSED_PENDAMPINGAN] } }, select: { id: true } });
  const pendampinganIds = pendampingan.map((p) => p.id);
  if (pendampinganIds.length) {
    await tx.pendampingan.updateMany({
      where: { id: { in: pendampinganIds } },
      data: { status: "CLOSED", closedAt: now, closedReason: `Klien dilimpahkan ke ${user.officeName} (pelimpahan bimbingan).`, version: { increment: 1 } },
    });
  }
  return {
    personId: person.id, previousPersonId, litmasReopened: reopenedIds, litmasMoved: litmasMoved.count, transitionsReopened: transitionIds,
    transitionsMoved: transitionsMoved.count, programs: programs.count, violations: violations.count, revocations: revocations.count, pendampinganClosed: pendampinganIds,
  };
}
