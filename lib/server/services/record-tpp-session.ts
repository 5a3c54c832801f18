import "server-only";
import { parseIsoDate, todayIn } from "@/lib/domain/calendar";
import { awaitsTpp } from "@/lib/domain/litmas";
import { TPP_RECOMMENDATION_LABEL } from "@/lib/domain/labels";
import { transitionStep } from "@/lib/domain/transitions";
import { tppSessionCitable } from "@/lib/domain/revocation";
import type { ZRecordTppSession } from "@/lib/schemas/stages";
import type { z } from "zod";
import { audit } from "../audit";
import { assertCan, type CurrentUser } from "../auth";
import { prisma } from "../db";
import { conflict, invalid, notFound } from "../errors";
import { litmasScope } from "../queries/litmas";
import { clientScope } from "../queries/scope";
import { clock } from "../../clock";

/**
 * Records a sidang TPP once, with the recommendation it gave on each proposal it reviewed.
 * SETUJU / TOLAK send the proposal to the Kepala; TUNDA keeps it for a later session. A session
 * also discusses submitted integrasi and asimilasi litmas: each gets the recommendation and notes,
 * and (unless deferred) the Kepala may then approve it.
 */
type RecordTppSessionData = Omit<z.output<typeof ZRecordTppSession>, "litmasReviews" | "revocationReviews"> & Partial<Pick<z.output<typeof ZRecordTppSession>, "litmasReviews" | "revocationReviews">>;

export async function recordTppSession(user: CurrentUser, input: RecordTppSessionData): Promise<{ id: string }> {
  assertCan(user, "tpp:record");
  const heldOn = parseIsoDate(input.heldOn)!;
  if (heldOn.getTime() > todayIn(user.timeZone).getTime()) {
    throw invalid("Tanggal sidang tidak boleh di masa depan.", { heldOn: ["Tanggal sidang tidak boleh di masa depan."] });
  }
  const ids = input.reviews.map((r) => r.transitionId);
  const rows = await prisma.stageTransitionRequest.findMany({
    where: { id: { in: ids }, officeId: user.officeId, client: { deletedAt: null, officeId: user.officeId } },
    select: { id: true, clientId: true, status: true },
  });
  if (rows.length !== ids.length) throw notFound("Usulan tidak ditemukan.");
  const byId = new Map(rows.map((r) => [r.id, r]));
  const steps = input.reviews.map((r) => {
    const row = byId.get(r.transitionId)!;
    const step = transitionStep(user.role, row.status, { type: "TPP_REVIEW", recommendation: r.recommendation });
    if (!step.ok) throw invalid(step.reason);
    return { review: r, row, next: step.next };
  });
  const litmasReviews = input.litmasReviews ?? [];
  const litmasIds = litmasReviews.map((r) => r.litmasId);
  const litmasRows = litmasIds.length === 0 ? [] : await prisma.litmas.findMany({
    where: { AND: [litmasScope(user), { id: { in: litmasIds } }] },
    select: { id: true, clientId: true, personId: true, status: true, purpose: true, version: true, tppSessionId: true, tppRecommendation: true },
  });
  if (litmasRows.length !== litmasIds.length) throw notFound("Litmas tidak ditemukan.");
  const litmasById = new Map(litmasRows.map((r) => [r.id, r]));
  const litmasSteps = litmasReviews.map((r) => {
    const row = litmasById.get(r.litmasId)!;
    if (!awaitsTpp(row)) throw invalid("Salah satu litmas tidak menunggu sidang TPP: hanya litmas integrasi dan asimilasi yang sudah diajukan dan belum dibahas.");
    return { review: r, row };
  });
  // Revocation proceedings the PK has reported on: the session's recommendation moves them on.
  const revocationReviews = input.revocationReviews ?? [];
  const revocationIds = revocationReviews.map((r) => r.revocationId);
  const revocationRows = revocationIds.length === 0 ? [] : await prisma.revocationProceeding.findMany({
    where: { id: { in: revocationIds }, client: clientScope(user) },
    select: { id: true, clientId: true, status: true, createdAt: true },
  });
  if (revocationRows.length !== revocationIds.length) throw notFound("Usulan pencabutan tidak ditemukan.");
  for (const row of revocationRows) {
    if (row.status !== "PK_REPORTED") throw invalid("Salah satu usulan pencabutan tidak menunggu sidang TPP (laporan PK belum ada, atau sudah dibahas).");
    const why = tppSessionCitable(heldOn, todayIn(user.timeZone, row.createdAt), todayIn(user.timeZone));
    if (why) throw invalid(why, { heldOn: [why] });
  }
  const revocationById = new Map(revocationRows.map((r) => [r.id, r]));
  const now = clock.now();
  return prisma.$transaction(async (tx) => {
    const session = await tx.tppSession.create({
      data: {
        officeId: user.officeId, heldOn, location: input.location || null, chairName: input.chairName,
        members: input.members, minutes: input.minutes, createdById: user.id,
      },
      select: { id: true },
    });
    await audit(tx, user, { action: "tpp.record", entityType: "TppSession", entityId: session.id, details: { heldOn: input.heldOn, reviewed: ids.length, litmasReviewed: litmasIds.length, revocationsReviewed: revocationIds.length } });
    for (const review of revocationReviews) {
      const row = revocationById.get(review.revocationId)!;
      const res = await tx.revocationProceeding.updateMany({
        where: { id: row.id, status: "PK_REPORTED" },
        data: { status: "TPP_RECOMMENDED", tppSessionId: session.id, tppRecommendation: review.recommendation, tppNotes: review.notes, version: { increment: 1 } },
      });
      if (res.count === 0) throw conflict("Salah satu usulan pencabutan sudah dibahas dalam sidang lain. Muat ulang halaman lalu coba lagi.");
      await audit(tx, user, {
        action: "revocation.tpp", entityType: "RevocationProceeding", entityId: row.id, clientId: row.clientId,
        details: { tppSessionId: session.id, recommendation: review.recommendation },
      });
    }
    for (const { review, row, next } of steps) {
      const res = await tx.stageTransitionRequest.updateMany({
        where: { id: row.id, status: "PROPOSED" },
        data: { status: next, tppSessionId: session.id, tppRecommendation: review.recommendation, tppNotes: review.notes || null, version: { increment: 1 } },
      });
      if (res.count === 0) throw conflict("Salah satu usulan sudah dibahas dalam sidang lain. Muat ulang halaman lalu coba lagi.");
      await audit(tx, user, {
        action: "transition.tpp-review", entityType: "StageTransitionRequest", entityId: row.id, clientId: row.clientId,
        details: { tppSessionId: session.id, recommendation: review.recommendation },
      });
    }
    for (const { review, row } of litmasSteps) {
      const res = await tx.litmas.updateMany({
        where: { id: row.id, version: row.version, status: "SUBMITTED", tppSessionId: row.tppSessionId },
        data: { tppSessionId: session.id, tppRecommendation: review.recommendation, tppNotes: review.notes || null, version: { increment: 1 } },
      });
      if (res.count === 0) throw conflict("Salah satu litmas sudah diubah atau dibahas dalam sidang lain. Muat ulang halaman lalu coba lagi.");
      await tx.litmasEvent.create({
        data: {
          litmasId: row.id, action: "TPP_REVIEWED", actorId: user.id, at: now,
          note: `Sidang TPP ${input.heldOn}: ${TPP_RECOMMENDATION_LABEL[review.recommendation].toLowerCase()}${review.notes ? `. ${review.notes}` : ""}`,
        },
      });
      await audit(tx, user, {
        action: "litmas.tpp-review", entityType: "Litmas", entityId: row.id, clientId: row.clientId, personId: row.personId,
        details: { tppSessionId: session.id, recommendation: review.recommendation },
      });
    }
    return session;
  });
}
