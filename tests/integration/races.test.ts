// Races: for each decision in the app, 20 identical calls at the same moment against the real
// PostgreSQL. Exactly one wins; the other 19 get an Indonesian refusal (an AppError, never a 500);
// the database holds exactly one resulting state and one audit event.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { clock } from "@/lib/clock";
import { addDays, toIsoDate, todayIn, utcDate } from "@/lib/domain/calendar";
import { prisma } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { decideRevocation, recordRevocationTpp, submitRevocationReport, suspendForRevocation } from "@/lib/server/services/advance-revocation";
import { approveLitmas } from "@/lib/server/services/approve-litmas";
import { decideTransfer } from "@/lib/server/services/decide-transfer";
import { requestTransfer } from "@/lib/server/services/request-transfer";
import { ZDecideTransfer } from "@/lib/schemas/client";
import { ZCreateUser } from "@/lib/schemas/user-admin";
import { createUser as createUserService } from "@/lib/server/services/create-user";
import { decideAccountChange } from "@/lib/server/services/decide-account-change";
import { confirmMangkir } from "@/lib/server/services/confirm-mangkir";
import { markUnreported } from "@/lib/server/services/mark-unreported";
import { ZAssignPendampingan, ZRequestPendampingan } from "@/lib/schemas/pendampingan";
import { assignPendampingan } from "@/lib/server/services/assign-pendampingan";
import { issueAssignmentLetter } from "@/lib/server/services/issue-assignment-letter";
import { requestPendampingan } from "@/lib/server/services/request-pendampingan";
import { decideStageTransition } from "@/lib/server/services/decide-stage-transition";
import { issueEndOfGuidanceLetter } from "@/lib/server/services/issue-end-of-guidance-letter";
import { issueWarning } from "@/lib/server/services/issue-warning";
import { proposeStageTransition } from "@/lib/server/services/propose-stage-transition";
import { recordTppSession } from "@/lib/server/services/record-tpp-session";
import { reportViolation } from "@/lib/server/services/report-violation";
import { decideTravelPermit, requestTravelPermit } from "@/lib/server/services/travel-permits";
import { createClient, createLitmas, createOffice, createReportingSchedule, createUser } from "../factories";
import { actorFor } from "../support/actors";
import { tppSessionOn } from "../support/tpp";

const N = 20;
// An Indonesian refusal: no English validator or driver text.
const ENGLISH = /\b(the|is|must|invalid|expected|required|error|failed|unique|constraint|transaction)\b/i;

/** Runs `fn` N times at once; checks one success and N-1 clear refusals; returns the refusals' codes. */
async function race<T>(fn: (i: number) => Promise<T>): Promise<{ wins: T[]; codes: string[] }> {
  const results = await Promise.allSettled(Array.from({ length: N }, (_, i) => fn(i)));
  const wins = results.filter((r): r is PromiseFulfilledResult<Awaited<T>> => r.status === "fulfilled").map((r) => r.value);
  const losses = results.filter((r): r is PromiseRejectedResult => r.status === "rejected").map((r) => r.reason as unknown);
  for (const e of losses) {
    expect(e, `unexpected ${String(e)}`).toBeInstanceOf(AppError);
    expect((e as AppError).message).not.toMatch(ENGLISH);
    expect((e as AppError).message.length).toBeGreaterThan(10);
  }
  expect(wins).toHaveLength(1);
  return { wins: wins as T[], codes: losses.map((e) => (e as AppError).code) };
}

const today = () => todayIn("Asia/Jakarta");
const ASSESS = "Klien kooperatif, rutin wajib lapor dan mengikuti program bimbingan dengan baik.";

async function office() {
  const jks = await createOffice(prisma, { code: "JKS", timeZone: "Asia/Jakarta" });
  const kepalaUser = await createUser(prisma, { officeId: jks.id, role: "KEPALA_BAPAS" });
  const adminUser = await createUser(prisma, { officeId: jks.id, role: "ADMIN" });
  const pkUser = await createUser(prisma, { officeId: jks.id, role: "PK" });
  return { jks, kepalaUser, adminUser, pkUser, kepala: await actorFor(kepalaUser.id), admin: await actorFor(adminUser.id), pk: await actorFor(pkUser.id) };
}

describe(`${N} simultaneous identical decisions: exactly one wins`, () => {
  it("the Kepala's stage-transition decision", async () => {
    const o = await office();
    const client = await createClient(prisma, { officeId: o.jks.id, officeCode: "JKS", assignedPkId: o.pkUser.id, guidanceStart: addDays(today(), -40), guidanceEnd: addDays(today(), 49), currentStage: "AWAL" });
    const { id } = await proposeStageTransition(o.pk, { clientId: client.id, toStage: "LANJUTAN", pkAssessment: ASSESS });
    await recordTppSession(o.admin, {
      heldOn: toIsoDate(today()), location: "Ruang TPP", chairName: "Drs. Bambang Hermanto",
      members: [{ name: "Drs. Bambang Hermanto", role: "Ketua" }, { name: "Lia Amalia", role: "Sekretaris" }],
      minutes: "Sidang TPP membahas usulan perubahan tahap bimbingan klien.", reviews: [{ transitionId: id, recommendation: "SETUJU", notes: "" }],
    });
    const { codes } = await race(() => decideStageTransition(o.kepala, { transitionId: id, decision: "APPROVE", reason: "Sesuai rekomendasi TPP." }));
    expect(new Set(codes)).toEqual(new Set(["CONFLICT"]));
    expect(await prisma.auditEvent.count({ where: { action: "transition.approve" } })).toBe(1);
    const stages = await prisma.guidanceStage.findMany({ where: { clientId: client.id }, orderBy: { plannedStart: "asc" } });
    expect(stages.map((s) => [s.status, s.version])).toEqual([["COMPLETED", 2], ["ACTIVE", 2], ["PLANNED", 1]]);
    expect((await prisma.client.findUniqueOrThrow({ where: { id: client.id } })).version).toBe(client.version + 1);
  });

  it("litmas approval: one approval, one number", async () => {
    const o = await office();
    const client = await createClient(prisma, { officeId: o.jks.id, officeCode: "JKS", assignedPkId: o.pkUser.id });
    const l = await createLitmas(prisma, { officeId: o.jks.id, clientId: client.id, status: "SUBMITTED", assignedPkId: o.pkUser.id, createdById: o.adminUser.id, reviewerId: o.kepalaUser.id });
    await race(() => approveLitmas(o.kepala, { litmasId: l.id, version: l.version }));
    expect(await prisma.litmasEvent.count({ where: { litmasId: l.id, action: "APPROVED" } })).toBe(1);
    expect(await prisma.auditEvent.count({ where: { entityId: l.id, action: "litmas.approve" } })).toBe(1);
    expect((await prisma.officeCounter.findFirstOrThrow({ where: { officeId: o.jks.id, kind: "LITMAS" } })).value).toBe(1);
  });

  it("the end-of-guidance letter: one letter, one number, one status event", async () => {
    const o = await office();
    const client = await createClient(prisma, { officeId: o.jks.id, officeCode: "JKS", assignedPkId: o.pkUser.id, guidanceStart: addDays(today(), -100), guidanceEnd: addDays(today(), -1), currentStage: "AKHIR" });
    await race(() => issueEndOfGuidanceLetter(o.kepala, { clientId: client.id, statement: "Klien telah selesai menjalani masa pembimbingan dengan baik." }));
    expect(await prisma.endOfGuidanceLetter.count({ where: { clientId: client.id } })).toBe(1);
    expect(await prisma.clientStatusEvent.count({ where: { clientId: client.id, toStatus: "SELESAI" } })).toBe(1);
    expect((await prisma.client.findUniqueOrThrow({ where: { id: client.id } })).status).toBe("SELESAI");
  });

  describe("revocation steps", () => {
    async function proposed() {
      const o = await office();
      const client = await createClient(prisma, { officeId: o.jks.id, officeCode: "JKS", assignedPkId: o.pkUser.id, program: "PB", guidanceStart: addDays(today(), -90) });
      const { revocationId } = await reportViolation(o.pk, { clientId: client.id, type: "TINDAK_PIDANA_BARU", occurredOn: toIsoDate(today()), description: "Klien ditahan Polsek atas dugaan pencurian.", proposeRevocation: true });
      return { ...o, client, id: revocationId! };
    }
    const report = "Klien tidak lapor diri tiga kali; dua kunjungan rumah tidak menemukan klien di alamatnya.";

    it("the PK's report, the TPP, the suspension and the decision each happen once", async () => {
      const w = await proposed();
      await race(() => submitRevocationReport(w.pk, { revocationId: w.id, version: 1, pkReport: report }));
      const tppSessionId = await tppSessionOn(w.admin);
      await race(() => recordRevocationTpp(w.admin, { tppSessionId, revocationId: w.id, version: 2, recommendation: "SETUJU", notes: "TPP setuju pencabutan." }));
      await race(() => suspendForRevocation(w.kepala, { revocationId: w.id, version: 3, note: "Dicabut sementara sambil menunggu keputusan Menteri." }));
      const before = await prisma.revocationProceeding.findUniqueOrThrow({ where: { id: w.id } });
      await race(() => decideRevocation(w.kepala, { revocationId: w.id, version: before.version, outcome: "REVOKED", note: "Pencabutan PB", effectiveOn: toIsoDate(today()), decreeNumber: "PAS-123.PK.05.09 Tahun 2026", decreeDate: toIsoDate(today()) }));
      const r = await prisma.revocationProceeding.findUniqueOrThrow({ where: { id: w.id } });
      expect(r.status).toBe("REVOKED");
      expect(r.version).toBe(before.version + 1);
      expect(await prisma.clientStatusEvent.count({ where: { clientId: w.client.id, toStatus: "DICABUT" } })).toBe(1);
    });
  });

  describe("travel permits", () => {
    beforeEach(() => clock.set(new Date("2026-12-02T03:00:00Z")));
    afterEach(() => clock.reset());

    it("the Kepala's decision: one letter", async () => {
      const o = await office();
      const client = await createClient(prisma, { officeId: o.jks.id, officeCode: "JKS", assignedPkId: o.pkUser.id, program: "PB", guidanceStart: utcDate(2026, 6, 1), guidanceEnd: utcDate(2027, 12, 31) });
      const p = await requestTravelPermit(o.pk, { clientId: client.id, kind: "LUAR_KOTA", destination: "Surabaya", purpose: "Menghadiri pernikahan adik", fromDate: "2026-12-10", toDate: "2026-12-14", reason: "Keluarga menjamin; klien tertib wajib lapor." });
      const { wins } = await race(() => decideTravelPermit(o.kepala, { permitId: p.id, version: 1, decision: "APPROVE", note: "Diizinkan dengan wajib lapor ke Bapas Surabaya." }));
      const row = await prisma.travelPermit.findUniqueOrThrow({ where: { id: p.id } });
      expect(row).toMatchObject({ status: "APPROVED", version: 2, letterNumber: wins[0].letterNumber });
      expect((await prisma.officeCounter.findMany({ where: { officeId: o.jks.id, kind: "LETTER" } })).map((c) => c.value)).toEqual([1]);
    });
  });

  it("written warnings: one peringatan I, one letter number", async () => {
    const o = await office();
    const client = await createClient(prisma, { officeId: o.jks.id, officeCode: "JKS", assignedPkId: o.pkUser.id, program: "ASIMILASI", guidanceStart: addDays(today(), -60) });
    await race(() => issueWarning(o.kepala, { clientId: client.id, level: "PERINGATAN_I", reason: "Klien dua kali tidak lapor diri tanpa alasan yang sah." }));
    expect(await prisma.clientWarning.count({ where: { clientId: client.id } })).toBe(1);
  });

  it("a transfer accepted by the receiving office: the client moves once", async () => {
    const o = await office();
    const mks = await createOffice(prisma, { code: "MKS", timeZone: "Asia/Makassar" });
    const adminMks = await actorFor((await createUser(prisma, { officeId: mks.id, role: "ADMIN" })).id);
    const client = await createClient(prisma, { officeId: o.jks.id, officeCode: "JKS", assignedPkId: o.pkUser.id });
    const t = await requestTransfer(o.kepala, { clientId: client.id, toOfficeId: mks.id, reason: "Klien pindah domisili ke Makassar" });
    await race(() => decideTransfer(adminMks, ZDecideTransfer.parse({ transferId: t.id, version: 1, decision: "ACCEPT", note: "" })));
    expect((await prisma.client.findUniqueOrThrow({ where: { id: client.id } })).officeId).toBe(mks.id);
    expect(await prisma.auditEvent.count({ where: { action: "client.transfer.accept" } })).toBe(1);
  });

  it("an account-change approval: the second Kepala account is created once", async () => {
    const o = await office();
    const res = await createUserService(o.admin, ZCreateUser.parse({ name: "Kepala Kedua, S.H.", email: "kepala.kedua@bimbing.id", nip: "", role: "KEPALA_BAPAS", pkLevel: "", capacity: "30", password: "Sementara2026" }));
    const changeId = res.pending!.changeId;
    await race(() => decideAccountChange(o.kepala, { changeId, version: 1, decision: "CONFIRM", note: "" }));
    expect(await prisma.user.count({ where: { email: "kepala.kedua@bimbing.id" } })).toBe(1);
  });

  describe("attendance", () => {
    beforeEach(() => clock.set(new Date("2027-01-01T03:00:00Z")));
    afterEach(() => clock.reset());

    it("confirming mangkir: one violation", async () => {
      const o = await office();
      await prisma.office.update({ where: { id: o.jks.id }, data: { settings: { reporting: { window: { monthlyInMonth: false } } } } });
      const client = await createClient(prisma, { officeId: o.jks.id, officeCode: "JKS", assignedPkId: o.pkUser.id, guidanceStart: addDays(todayIn("Asia/Jakarta"), -120) });
      await createReportingSchedule(prisma, { clientId: client.id, frequency: "WEEKLY", startsOn: new Date("2026-11-20T00:00:00Z") });
      expect((await markUnreported({ officeId: o.jks.id })).unreported).toBeGreaterThan(0);
      await race(() => confirmMangkir(o.pk, { clientId: client.id, dueOn: "2026-11-27", reason: "Ditelepon dua kali tidak aktif; kunjungan rumah, klien tidak di alamat." }));
      expect(await prisma.violation.count({ where: { clientId: client.id } })).toBe(1);
    });
  });

  describe("pendampingan", () => {
    const NOW = new Date("2026-06-10T03:00:00Z");
    beforeEach(() => clock.set(NOW));
    afterEach(() => clock.reset());

    it("the assignment and the surat tugas: one PK assigned, one letter number", async () => {
      const o = await office();
      const pkB = await createUser(prisma, { officeId: o.jks.id, role: "PK" });
      const { id } = await requestPendampingan(o.kepala, ZRequestPendampingan.parse({
        person: { fullName: "Rizky Maulana", birthPlace: "Jakarta", birthDate: "2010-04-12", gender: "LAKI_LAKI", address: "Jl. Kebagusan Raya No. 12, Jakarta Selatan", guardianName: "Siti Aminah", guardianRelation: "Ibu kandung", guardianPhone: "081234567890" },
        childRole: "PELAKU", requesterType: "KEPOLISIAN", requesterInstitution: "Polres Metro Jakarta Selatan – Unit PPA",
        requesterLetterNumber: "B/123/VI/2026/Reskrim", requesterLetterDate: "2026-06-10", investigatorName: "Bripka Andi Saputra", investigatorPhone: "081298765432",
        offence: "Pencurian", offenceArticle: "Pasal 362 KUHP", receivedAt: new Date(NOW.getTime() - 7_200_000).toISOString(),
      }));
      const { wins } = await race((i) => assignPendampingan(o.kepala, ZAssignPendampingan.parse({ pendampinganId: id, version: 1, pkId: i % 2 ? pkB.id : o.pkUser.id })));
      await race(() => issueAssignmentLetter(o.kepala, { pendampinganId: id, version: wins[0].version }));
      // The request's number and the letter's: each counter advanced once (no gaps from the 19 losers).
      const counters = await prisma.officeCounter.findMany({ where: { officeId: o.jks.id } });
      expect(counters.length).toBeGreaterThan(0);
      expect(counters.every((c) => c.value === 1)).toBe(true);
    });
  });
});
