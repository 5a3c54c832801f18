// Selesai, dicabut and dipindahkan are reached only through their proceedings: the end-of-guidance
// letter (the Kepala), the revocation decision (by its authority), the accepted transfer (the
// target office). A PK tries every way in and ends where they started; a death closes what is open.
import { describe, expect, it } from "vitest";
import { addDays, toIsoDate, todayIn } from "@/lib/domain/calendar";
import { ZDecideTransfer, ZRecordClientDeath } from "@/lib/schemas/client";
import { prisma } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { decideRevocation } from "@/lib/server/services/advance-revocation";
import { decideTransfer } from "@/lib/server/services/decide-transfer";
import { issueEndOfGuidanceLetter } from "@/lib/server/services/issue-end-of-guidance-letter";
import { recordClientDeath } from "@/lib/server/services/record-client-death";
import { reportViolation } from "@/lib/server/services/report-violation";
import { requestTransfer } from "@/lib/server/services/request-transfer";
import { createClient, createOffice, createReportingSchedule, createTransitionRequest, createUser } from "../factories";
import { actorFor } from "../support/actors";

async function rejects(p: Promise<unknown>, code: AppError["code"]) {
  const e = await p.then(() => null, (x) => x);
  expect(e, `expected ${code}`).toBeInstanceOf(AppError);
  expect((e as AppError).code).toBe(code);
}

async function world() {
  const jks = await createOffice(prisma, { code: "JKS", timeZone: "Asia/Jakarta" });
  const mks = await createOffice(prisma, { code: "MKS", timeZone: "Asia/Makassar" });
  const kepala = await createUser(prisma, { officeId: jks.id, role: "KEPALA_BAPAS" });
  const pk = await createUser(prisma, { officeId: jks.id, role: "PK" });
  const pkMks = await createUser(prisma, { officeId: mks.id, role: "PK" });
  const today = todayIn("Asia/Jakarta");
  const client = await createClient(prisma, { officeId: jks.id, officeCode: "JKS", assignedPkId: pk.id, guidanceStart: addDays(today, -200), currentStage: "AKHIR" });
  return { jks, mks, kepala, pk, pkMks, client, today };
}

describe("statuses only through proceedings", () => {
  it("a PK cannot reach DICABUT, SELESAI or DIPINDAHKAN by any action", async () => {
    const w = await world();
    const pk = await actorFor(w.pk.id);
    const { revocationId } = await reportViolation(pk, { clientId: w.client.id, type: "TINDAK_PIDANA_BARU", occurredOn: toIsoDate(w.today), description: "Klien ditahan Polsek atas dugaan pencurian.", proposeRevocation: true });
    // DICABUT: the decision is not the PK's.
    await rejects(decideRevocation(pk, { revocationId: revocationId!, version: 1, outcome: "REVOKED", note: "Dicabut oleh PK", effectiveOn: toIsoDate(w.today) }), "FORBIDDEN");
    // SELESAI: the letter is the Kepala's.
    await rejects(issueEndOfGuidanceLetter(pk, { clientId: w.client.id, statement: "Telah selesai menjalani masa pembimbingan." }), "FORBIDDEN");
    // DIPINDAHKAN: a transfer is requested by the office and decided by the target office's Kepala.
    await rejects(requestTransfer(pk, { clientId: w.client.id, toOfficeId: w.mks.id, reason: "Klien pindah domisili" }), "FORBIDDEN");
    const t = await requestTransfer(await actorFor(w.kepala.id), { clientId: w.client.id, toOfficeId: w.mks.id, reason: "Klien pindah domisili" });
    await rejects(decideTransfer(pk, ZDecideTransfer.parse({ transferId: t.id, version: 1, decision: "ACCEPT", note: "" })), "FORBIDDEN");
    await rejects(decideTransfer(await actorFor(w.pkMks.id), ZDecideTransfer.parse({ transferId: t.id, version: 1, decision: "ACCEPT", note: "" })), "FORBIDDEN");
    // The one form by hand records only a death: a status sent along is dropped.
    const parsed = ZRecordClientDeath.parse({ id: w.client.id, version: 1, effectiveDate: toIsoDate(w.today), evidence: "Bukti kematian yang dikarang", toStatus: "DICABUT", status: "SELESAI" });
    expect(Object.keys(parsed).sort()).toEqual(["effectiveDate", "evidence", "id", "version"]);
    const row = await prisma.client.findUniqueOrThrow({ where: { id: w.client.id } });
    expect(row.status).toBe("AKTIF");
    expect(await prisma.clientStatusEvent.count({ where: { clientId: w.client.id, toStatus: { not: "AKTIF" } } })).toBe(0);
  });

  it("a recorded death closes what is left open, each with the reason", async () => {
    const w = await world();
    const pk = await actorFor(w.pk.id);
    await createTransitionRequest(prisma, { officeId: w.jks.id, clientId: w.client.id, proposedById: w.pk.id, fromStage: "LANJUTAN", toStage: "AKHIR" });
    const { revocationId } = await reportViolation(pk, { clientId: w.client.id, type: "PINDAH_ALAMAT_TANPA_LAPOR", occurredOn: toIsoDate(w.today), description: "Klien pindah tanpa lapor ke PK.", proposeRevocation: true });
    await createReportingSchedule(prisma, { clientId: w.client.id, frequency: "MONTHLY", startsOn: addDays(w.today, -100) });
    const on = addDays(w.today, -2);
    await recordClientDeath(pk, { id: w.client.id, version: 1, effectiveDate: toIsoDate(on), evidence: "Surat keterangan kematian No. 474.3/112 dari Kelurahan Tallo" });
    const c = await prisma.client.findUniqueOrThrow({
      where: { id: w.client.id },
      include: { transitions: true, revocations: true, violations: true, reportingSchedules: true },
    });
    expect(c.status).toBe("MENINGGAL");
    expect(c.transitions.map((t) => [t.status, t.decisionReason])).toEqual([["WITHDRAWN", `Ditutup otomatis: klien meninggal dunia (${toIsoDate(on).split("-").reverse().join("/")}).`]]);
    expect(c.revocations.map((r) => [r.id, r.status])).toEqual([[revocationId, "DISMISSED"]]);
    expect(c.violations.map((v) => v.status)).toEqual(["DISMISSED"]);
    expect(c.reportingSchedules.map((s) => s.endsOn && toIsoDate(s.endsOn))).toEqual([toIsoDate(on)]);
    expect(await prisma.auditEvent.count({ where: { action: "client.open-work.close", clientId: w.client.id } })).toBe(1);
  });

  it("one open revocation proceeding per client: a second proposal joins the first", async () => {
    const w = await world();
    const pk = await actorFor(w.pk.id);
    const a = await reportViolation(pk, { clientId: w.client.id, type: "TINDAK_PIDANA_BARU", occurredOn: toIsoDate(w.today), description: "Klien ditahan Polsek atas dugaan pencurian.", proposeRevocation: true });
    const b = await reportViolation(pk, { clientId: w.client.id, type: "PINDAH_ALAMAT_TANPA_LAPOR", occurredOn: toIsoDate(w.today), description: "Klien pindah tanpa lapor ke PK.", proposeRevocation: true });
    expect(b.revocationId).toBe(a.revocationId);
    expect(await prisma.revocationProceeding.count()).toBe(1);
    // The database holds it too.
    await expect(prisma.revocationProceeding.create({ data: { officeId: w.jks.id, clientId: w.client.id, status: "PROPOSED" } })).rejects.toThrow();
  });
});
