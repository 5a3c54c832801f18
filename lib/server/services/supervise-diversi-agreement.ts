import "server-only";
import { todayIn } from "@/lib/domain/calendar";
import { officialActionDueAt } from "@/lib/domain/pendampingan";
import type { MarkAgreementCarriedOutInput, RecordOfficialActionInput, ReportNonExecutionInput } from "@/lib/schemas/pendampingan";
import { assertCan, type CurrentUser } from "../auth";
import { audit } from "../audit";
import { prisma, type Tx } from "../db";
import { conflict, invalid } from "../errors";
import { bumpPendampingan, loadPendampinganForCommand, PENDAMPINGAN_STALE } from "./pendampingan-common";
import { clock } from "../../clock";

// The PK's supervision of a diversi agreement (SPPA Pasal 14): carried out (the case closes), or
// not carried out and reported to the responsible official, whose action within 7 days is tracked.

type AgreementStatus = "SUPERVISED" | "NOT_CARRIED_OUT";

async function loadAgreement(pendampinganId: string) {
  const a = await prisma.diversiAgreement.findUnique({
    where: { pendampinganId },
    select: { id: true, status: true, version: true, agreedOn: true, reportedAt: true, officialActionAt: true },
  });
  if (!a) throw conflict("Belum ada kesepakatan diversi yang dicatat.");
  return a;
}

async function updateAgreement(tx: Tx, a: { id: string; version: number }, from: AgreementStatus, data: Parameters<Tx["diversiAgreement"]["updateMany"]>[0]["data"]) {
  const res = await tx.diversiAgreement.updateMany({ where: { id: a.id, version: a.version, status: from }, data: { ...data, version: { increment: 1 } } });
  if (res.count === 0) throw conflict(PENDAMPINGAN_STALE);
}

/** The agreement was carried out: supervision ends and the case closes. */
export async function markAgreementCarriedOut(user: CurrentUser, input: MarkAgreementCarriedOutInput): Promise<{ version: number }> {
  assertCan(user, "pendampingan:write");
  const { row, to } = await loadPendampinganForCommand(user, input.pendampinganId, "carriedOut", input.version);
  const a = await loadAgreement(row.id);
  if (a.status !== "SUPERVISED") throw conflict("Kesepakatan ini sudah dilaporkan tidak dilaksanakan: catat tindak lanjut pejabat.");
  const today = todayIn(user.timeZone);
  if (input.carriedOutOn.getTime() > today.getTime()) throw invalid("Tanggal tidak boleh di masa depan.", { carriedOutOn: ["Tanggal tidak boleh di masa depan."] });
  if (input.carriedOutOn.getTime() < a.agreedOn.getTime()) throw invalid("Tanggal tidak boleh sebelum kesepakatan.", { carriedOutOn: ["Tanggal tidak boleh sebelum kesepakatan."] });
  const now = clock.now();
  return prisma.$transaction(async (tx) => {
    const version = await bumpPendampingan(tx, row, { status: to, closedAt: now, closedReason: "Kesepakatan diversi dilaksanakan" });
    await updateAgreement(tx, a, "SUPERVISED", { status: "CARRIED_OUT", carriedOutOn: input.carriedOutOn, outcomeNote: input.outcomeNote || null });
    await audit(tx, user, { action: "pendampingan.agreement.carried_out", entityType: "Pendampingan", entityId: row.id, personId: row.personId });
    return { version };
  });
}

/** Not carried out: the PK reports to the responsible official, who must act within 7 days. */
export async function reportNonExecution(user: CurrentUser, input: ReportNonExecutionInput): Promise<{ version: number; reportDueAt: Date }> {
  assertCan(user, "pendampingan:write");
  const { row, to } = await loadPendampinganForCommand(user, input.pendampinganId, "reportNonExecution", input.version);
  const a = await loadAgreement(row.id);
  if (a.status !== "SUPERVISED") throw conflict("Tidak dilaksanakannya kesepakatan ini sudah dilaporkan.");
  const now = clock.now();
  const reportDueAt = officialActionDueAt(now);
  return prisma.$transaction(async (tx) => {
    const version = await bumpPendampingan(tx, row, { status: to });
    await updateAgreement(tx, a, "SUPERVISED", { status: "NOT_CARRIED_OUT", reportedAt: now, reportedTo: input.reportedTo, reportNote: input.reportNote, reportDueAt });
    await audit(tx, user, {
      action: "pendampingan.agreement.report", entityType: "Pendampingan", entityId: row.id, personId: row.personId,
      details: { reportDueAt: reportDueAt.toISOString() },
    });
    return { version, reportDueAt };
  });
}

/** The official acted on the report: the case goes on (e.g. to the sidang anak) under the PK. */
export async function recordOfficialAction(user: CurrentUser, input: RecordOfficialActionInput): Promise<{ version: number }> {
  assertCan(user, "pendampingan:write");
  const { row, to } = await loadPendampinganForCommand(user, input.pendampinganId, "officialAction", input.version);
  const a = await loadAgreement(row.id);
  if (a.status !== "NOT_CARRIED_OUT" || !a.reportedAt) throw conflict("Laporkan dulu bahwa kesepakatan tidak dilaksanakan.");
  if (a.officialActionAt) throw conflict("Tindak lanjut pejabat sudah dicatat.");
  const now = clock.now();
  return prisma.$transaction(async (tx) => {
    const version = await bumpPendampingan(tx, row, { status: to });
    await updateAgreement(tx, a, "NOT_CARRIED_OUT", { officialActionAt: now, officialActionNote: input.officialActionNote });
    await audit(tx, user, {
      action: "pendampingan.agreement.official_action", entityType: "Pendampingan", entityId: row.id, personId: row.personId,
      details: { late: a.reportedAt ? now.getTime() > officialActionDueAt(a.reportedAt).getTime() : false },
    });
    return { version };
  });
}
