import "server-only";
import { z } from "zod";
import { parseIsoDate } from "@/lib/domain/calendar";
import type { RevocationStatus } from "@/lib/domain/enums";
import type { Permission } from "@/lib/domain/permissions";
import type { ZRevocationOutcome, ZRevocationPkReport, ZRevocationSuspend, ZRevocationTpp } from "@/lib/schemas/revocation";
import { assertCan, type CurrentUser } from "../auth";
import { audit } from "../audit";
import { prisma, type Tx } from "../db";
import { conflict, invalid, notFound } from "../errors";
import { clientScope } from "../queries/scope";
import { clock } from "../../clock";
import { closeOpenWork } from "./close-open-work";

// The revocation proceeding, step by step (UU 22/2022; PP 31/1999):
// PROPOSED --PK report--> PK_REPORTED --TPP--> TPP_RECOMMENDED --Kepala suspends--> SUSPENDED
//   --outcome--> REVOKED (client DICABUT) | CONTINUED. The Kepala may also end it early:
//   CONTINUED from TPP_RECOMMENDED, DISMISSED from PROPOSED or PK_REPORTED.
export const REVOCATION_NEXT: Record<RevocationStatus, readonly RevocationStatus[]> = {
  PROPOSED: ["PK_REPORTED", "DISMISSED"],
  PK_REPORTED: ["TPP_RECOMMENDED", "DISMISSED"],
  TPP_RECOMMENDED: ["SUSPENDED", "CONTINUED"],
  SUSPENDED: ["REVOKED", "CONTINUED"],
  REVOKED: [],
  CONTINUED: [],
  DISMISSED: [],
};

type Loaded = { id: string; clientId: string; status: RevocationStatus; version: number; client: { status: string; currentStage: string | null; version: number } };

async function load(user: CurrentUser, permission: Permission, revocationId: string, to: RevocationStatus): Promise<Loaded> {
  assertCan(user, permission);
  const r = await prisma.revocationProceeding.findFirst({
    where: { id: revocationId, client: clientScope(user) },
    select: { id: true, clientId: true, status: true, version: true, client: { select: { status: true, currentStage: true, version: true } } },
  });
  if (!r) throw notFound("Proses pencabutan tidak ditemukan.");
  if (!REVOCATION_NEXT[r.status].includes(to)) throw conflict("Tahap proses pencabutan sudah berubah. Muat ulang halaman.");
  return r;
}

async function move(tx: Tx, r: Loaded, version: number, data: Record<string, unknown>): Promise<void> {
  const res = await tx.revocationProceeding.updateMany({ where: { id: r.id, version, status: r.status }, data: { ...data, version: { increment: 1 } } });
  if (res.count === 0) throw conflict();
}

export async function submitRevocationReport(user: CurrentUser, input: z.infer<typeof ZRevocationPkReport>, now = clock.now()) {
  const r = await load(user, "revocation:report", input.revocationId, "PK_REPORTED");
  return prisma.$transaction(async (tx) => {
    await move(tx, r, input.version, { status: "PK_REPORTED", pkReport: input.pkReport, pkReportedAt: now });
    await audit(tx, user, { action: "revocation.pk-report", entityType: "RevocationProceeding", entityId: r.id, clientId: r.clientId });
    return { id: r.id };
  });
}

export async function recordRevocationTpp(user: CurrentUser, input: z.infer<typeof ZRevocationTpp>) {
  const r = await load(user, "revocation:tpp", input.revocationId, "TPP_RECOMMENDED");
  return prisma.$transaction(async (tx) => {
    await move(tx, r, input.version, { status: "TPP_RECOMMENDED", tppRecommendation: input.recommendation, tppNotes: input.notes });
    await audit(tx, user, { action: "revocation.tpp", entityType: "RevocationProceeding", entityId: r.id, clientId: r.clientId, details: { recommendation: input.recommendation } });
    return { id: r.id };
  });
}

export async function suspendForRevocation(user: CurrentUser, input: z.infer<typeof ZRevocationSuspend>, now = clock.now()) {
  const r = await load(user, "revocation:decide", input.revocationId, "SUSPENDED");
  return prisma.$transaction(async (tx) => {
    await move(tx, r, input.version, { status: "SUSPENDED", decidedById: user.id, suspendedAt: now, outcomeNote: input.note });
    await audit(tx, user, { action: "revocation.suspend", entityType: "RevocationProceeding", entityId: r.id, clientId: r.clientId });
    return { id: r.id };
  });
}

/** The end of the proceeding; the client's status and the linked violations follow. */
export async function decideRevocation(user: CurrentUser, input: z.infer<typeof ZRevocationOutcome>, now = clock.now()) {
  const r = await load(user, "revocation:decide", input.revocationId, input.outcome);
  const effectiveOn = parseIsoDate(input.effectiveOn)!;
  if (input.outcome === "REVOKED" && r.client.status !== "AKTIF") throw invalid("Status klien sudah bukan aktif; pencabutan tidak dapat dicatat.");
  return prisma.$transaction(async (tx) => {
    await move(tx, r, input.version, { status: input.outcome, decidedById: user.id, outcomeAt: now, outcomeNote: input.note });
    await tx.violation.updateMany({
      where: { revocationId: r.id, status: { in: ["OPEN", "UNDER_REVIEW"] } },
      data: { status: input.outcome === "DISMISSED" ? "DISMISSED" : "RESOLVED" },
    });
    if (input.outcome === "REVOKED") {
      const res = await tx.client.updateMany({
        where: { id: r.clientId, status: "AKTIF", version: r.client.version },
        data: { status: "DICABUT", statusReason: input.note, statusDate: effectiveOn, version: { increment: 1 } },
      });
      if (res.count === 0) throw conflict();
      await tx.clientStatusEvent.create({
        data: { clientId: r.clientId, fromStatus: "AKTIF", toStatus: "DICABUT", effectiveDate: effectiveOn, reason: `Pencabutan program: ${input.note}`, changedById: user.id },
      });
      await closeOpenWork(tx, user, { id: r.clientId }, "DICABUT", effectiveOn, now, r.id);
    }
    await audit(tx, user, { action: `revocation.${input.outcome.toLowerCase()}`, entityType: "RevocationProceeding", entityId: r.id, clientId: r.clientId, details: { effectiveOn: input.effectiveOn } });
    return { id: r.id, clientId: r.clientId };
  });
}
