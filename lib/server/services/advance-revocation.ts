import "server-only";
import { z } from "zod";
import { parseIsoDate, todayIn } from "@/lib/domain/calendar";
import type { RevocationAuthority, RevocationStatus } from "@/lib/domain/enums";
import { AUTHORITY_WORDS, revocationNext, tppSessionCitable } from "@/lib/domain/revocation";
import type { Permission } from "@/lib/domain/permissions";
import type { ZRevocationOutcome, ZRevocationPkReport, ZRevocationRefer, ZRevocationSuspend, ZRevocationTpp } from "@/lib/schemas/revocation";
import { assertCan, type CurrentUser } from "../auth";
import { audit } from "../audit";
import { prisma, type Tx } from "../db";
import { conflict, invalid, notFound } from "../errors";
import { nextLetterNumber } from "../letters/numbering";
import { clientScope } from "../queries/scope";
import { clock } from "../../clock";
import { closeOpenWork } from "./close-open-work";

// The revocation proceeding, step by step, by the authority that decides for the program: see
// lib/domain/revocation.ts. PB/CB/CMB: PK report -> TPP -> the Kepala mencabut sementara and reports
// upward -> the ministry's decree. Asimilasi, diversi, pidana bersyarat/pengawasan/kerja sosial:
// PK report -> (TPP) -> report to the Lapas/Kanwil, the official or the jaksa -> their decision.

type Loaded = {
  id: string; clientId: string; status: RevocationStatus; authority: RevocationAuthority; version: number; createdAt: Date;
  client: { status: string; currentStage: string | null; version: number };
};

async function load(user: CurrentUser, permission: Permission, revocationId: string, to: RevocationStatus): Promise<Loaded> {
  assertCan(user, permission);
  const r = await prisma.revocationProceeding.findFirst({
    where: { id: revocationId, client: clientScope(user) },
    select: { id: true, clientId: true, status: true, authority: true, version: true, createdAt: true, client: { select: { status: true, currentStage: true, version: true } } },
  });
  if (!r) throw notFound("Proses pencabutan tidak ditemukan.");
  if (!revocationNext(r.authority, r.status).includes(to)) {
    if (to === "SUSPENDED" && r.authority !== "MENTERI") throw invalid("Pencabutan sementara oleh Kepala Bapas hanya untuk PB, CB dan CMB; program ini dilaporkan ke pihak yang berwenang.");
    if (to === "REFERRED" && r.authority === "MENTERI") throw invalid("Untuk PB, CB dan CMB, laporan ke Kanwil dan Ditjenpas dikirim bersama pencabutan sementara.");
    throw conflict("Tahap proses pencabutan sudah berubah. Muat ulang halaman.");
  }
  return r;
}

async function move(tx: Tx, r: Loaded, version: number, data: Record<string, unknown>): Promise<void> {
  const res = await tx.revocationProceeding.updateMany({ where: { id: r.id, version, status: r.status }, data: { ...data, version: { increment: 1 } } });
  if (res.count === 0) throw conflict();
}

/** The letter that reports to the deciding authority: numbered in the office's letter sequence. */
async function referral(tx: Tx, user: CurrentUser, referredTo: string, now: Date) {
  const office = await tx.office.findUniqueOrThrow({ where: { id: user.officeId }, select: { code: true } });
  const number = await nextLetterNumber(tx, user.officeId, office.code, todayIn(user.timeZone, now).getUTCFullYear());
  return { referredTo, referralNumber: number, referredAt: now };
}

export async function submitRevocationReport(user: CurrentUser, input: z.infer<typeof ZRevocationPkReport>, now = clock.now()) {
  const r = await load(user, "revocation:report", input.revocationId, "PK_REPORTED");
  return prisma.$transaction(async (tx) => {
    await move(tx, r, input.version, { status: "PK_REPORTED", pkReport: input.pkReport, pkReportedAt: now });
    await audit(tx, user, { action: "revocation.pk-report", entityType: "RevocationProceeding", entityId: r.id, clientId: r.clientId });
    return { id: r.id };
  });
}

/** The TPP's recommendation, citing the recorded sidang TPP of the office that gave it. */
export async function recordRevocationTpp(user: CurrentUser, input: z.infer<typeof ZRevocationTpp>, now = clock.now()) {
  const r = await load(user, "revocation:tpp", input.revocationId, "TPP_RECOMMENDED");
  const session = await prisma.tppSession.findFirst({ where: { id: input.tppSessionId, officeId: user.officeId }, select: { id: true, heldOn: true } });
  if (!session) throw invalid("Sidang TPP tidak ditemukan. Catat sidangnya dahulu di halaman Sidang TPP.", { tppSessionId: ["Pilih sidang TPP yang tercatat."] });
  const why = tppSessionCitable(session.heldOn, todayIn(user.timeZone, r.createdAt), todayIn(user.timeZone, now));
  if (why) throw invalid(why, { tppSessionId: [why] });
  return prisma.$transaction(async (tx) => {
    await move(tx, r, input.version, { status: "TPP_RECOMMENDED", tppSessionId: session.id, tppRecommendation: input.recommendation, tppNotes: input.notes });
    await audit(tx, user, { action: "revocation.tpp", entityType: "RevocationProceeding", entityId: r.id, clientId: r.clientId, details: { recommendation: input.recommendation, tppSessionId: session.id } });
    return { id: r.id };
  });
}

/** PB, CB, CMB: the Kepala mencabut sementara and reports upward at once (the letter's number is taken). */
export async function suspendForRevocation(user: CurrentUser, input: z.infer<typeof ZRevocationSuspend>, now = clock.now()) {
  const r = await load(user, "revocation:decide", input.revocationId, "SUSPENDED");
  return prisma.$transaction(async (tx) => {
    const letter = await referral(tx, user, input.referredTo || AUTHORITY_WORDS.MENTERI.reportTo, now);
    await move(tx, r, input.version, { status: "SUSPENDED", decidedById: user.id, suspendedAt: now, outcomeNote: input.note, ...letter });
    await audit(tx, user, { action: "revocation.suspend", entityType: "RevocationProceeding", entityId: r.id, clientId: r.clientId, details: { referralNumber: letter.referralNumber } });
    return { id: r.id };
  });
}

/**
 * Asimilasi, diversi and the court's programs: the report to the deciding authority. The Kepala signs
 * it; for diversi the PK reports the non-execution to the official.
 */
export async function referRevocation(user: CurrentUser, input: z.infer<typeof ZRevocationRefer>, now = clock.now()) {
  const peek = await prisma.revocationProceeding.findFirst({ where: { id: input.revocationId, client: clientScope(user) }, select: { authority: true } });
  const permission: Permission = peek?.authority === "PEJABAT_DIVERSI" && user.role === "PK" ? "revocation:report" : "revocation:decide";
  const r = await load(user, permission, input.revocationId, "REFERRED");
  return prisma.$transaction(async (tx) => {
    const letter = await referral(tx, user, input.referredTo, now);
    await move(tx, r, input.version, { status: "REFERRED", outcomeNote: input.note, ...letter });
    await audit(tx, user, { action: "revocation.refer", entityType: "RevocationProceeding", entityId: r.id, clientId: r.clientId, details: { authority: r.authority, referralNumber: letter.referralNumber } });
    return { id: r.id };
  });
}

/** The end of the proceeding; the client's status and the linked violations follow. */
export async function decideRevocation(user: CurrentUser, input: z.infer<typeof ZRevocationOutcome>, now = clock.now()) {
  const r = await load(user, "revocation:decide", input.revocationId, input.outcome);
  const effectiveOn = parseIsoDate(input.effectiveOn)!;
  if (input.outcome === "REVOKED" && r.client.status !== "AKTIF") throw invalid("Status klien sudah bukan aktif; pencabutan tidak dapat dicatat.");
  // Once the authority was reported to, its decision is what is recorded: its number and date.
  const decided = r.status === "SUSPENDED" || r.status === "REFERRED";
  if (decided && (!input.decreeNumber || !input.decreeDate)) {
    throw invalid(`Isi ${AUTHORITY_WORDS[r.authority].decree.toLowerCase()} dan tanggalnya.`, {
      ...(input.decreeNumber ? {} : { decreeNumber: ["Isi nomor keputusan."] }), ...(input.decreeDate ? {} : { decreeDate: ["Isi tanggal keputusan."] }),
    });
  }
  const decreeDate = input.decreeDate ? parseIsoDate(input.decreeDate)! : null;
  if (decreeDate && decreeDate > todayIn(user.timeZone, now)) throw invalid("Tanggal keputusan tidak boleh di masa depan.", { decreeDate: ["Tanggal keputusan tidak boleh setelah hari ini."] });
  return prisma.$transaction(async (tx) => {
    await move(tx, r, input.version, {
      status: input.outcome, decidedById: user.id, outcomeAt: now, outcomeNote: input.note,
      ...(decided ? { decreeNumber: input.decreeNumber, decreeDate } : {}),
    });
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
