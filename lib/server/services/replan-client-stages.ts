import "server-only";
import { replanStages, StagePlanError } from "@/lib/domain/stages";
import { stageBoundariesFor } from "@/lib/schemas/stages";
import { audit } from "../audit";
import { assertCan, type CurrentUser } from "../auth";
import { prisma, type Tx } from "../db";
import { conflict, invalid, notFound } from "../errors";
import { clientScope } from "../queries/scope";

/**
 * Re-plans a client's stages from the current guidance period and the office's boundaries for the
 * program (after the period changed mid-way): past stages keep their dates, the rest are planned
 * afresh. Each stage row is updated on its version.
 */
export async function replanClientStages(user: CurrentUser, input: { clientId: string }): Promise<{ changed: number }> {
  assertCan(user, "client:update");
  const client = await prisma.client.findFirst({ where: { AND: [clientScope(user), { id: input.clientId }] }, select: { id: true, status: true } });
  if (!client) throw notFound("Klien tidak ditemukan.");
  if (client.status !== "AKTIF") throw invalid("Klien tidak lagi dalam pembimbingan.");
  return prisma.$transaction((tx) => replanStagesInTx(tx, user, client.id));
}

/**
 * The re-planning itself, inside the caller's transaction (editing a client's guidance period
 * calls it too). The caller has already checked the user may change this client.
 */
export async function replanStagesInTx(tx: Tx, user: CurrentUser, clientId: string): Promise<{ changed: number }> {
  const client = await tx.client.findUniqueOrThrow({
    where: { id: clientId },
    select: {
      id: true, program: true, guidanceStart: true, guidanceEnd: true, office: { select: { settings: true } },
      stages: { select: { id: true, kind: true, plannedStart: true, plannedEnd: true, actualStart: true, actualEnd: true, status: true, version: true } },
    },
  });
  if (client.stages.length !== 3) throw invalid("Tahap klien belum disusun.");
  let plan;
  try {
    plan = replanStages(client.stages, client.guidanceStart, client.guidanceEnd, stageBoundariesFor(client.office.settings, client.program));
  } catch (e) {
    if (e instanceof StagePlanError) throw invalid(e.message, { guidanceEnd: [e.message] });
    throw e;
  }
  const changes = plan
    .map((p) => ({ p, old: client.stages.find((s) => s.kind === p.kind)! }))
    .filter(({ p, old }) => p.plannedStart.getTime() !== old.plannedStart.getTime() || p.plannedEnd.getTime() !== old.plannedEnd.getTime());
  if (changes.length === 0) return { changed: 0 };
  for (const { p, old } of changes) {
    const res = await tx.guidanceStage.updateMany({
      where: { id: old.id, version: old.version },
      data: { plannedStart: p.plannedStart, plannedEnd: p.plannedEnd, version: { increment: 1 } },
    });
    if (res.count === 0) throw conflict();
  }
  await audit(tx, user, {
    action: "stages.replan", entityType: "Client", entityId: client.id, clientId: client.id,
    details: changes.map(({ p, old }) => ({ kind: p.kind, from: [old.plannedStart.toISOString().slice(0, 10), old.plannedEnd.toISOString().slice(0, 10)], to: [p.plannedStart.toISOString().slice(0, 10), p.plannedEnd.toISOString().slice(0, 10)] })),
  });
  return { changed: changes.length };
}
