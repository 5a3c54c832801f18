import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { getLetterVerification } from "@/lib/server/queries/letters";
import { getClientStages, getStageWorkCounts, listLetters, listOverdueStages, listTransitions } from "@/lib/server/queries/stages";
import { decideStageTransition } from "@/lib/server/services/decide-stage-transition";
import { issueEndOfGuidanceLetter } from "@/lib/server/services/issue-end-of-guidance-letter";
import { createGuidanceProgram, recordProgramProgress } from "@/lib/server/services/manage-guidance-program";
import { proposeStageTransition } from "@/lib/server/services/propose-stage-transition";
import { recordTppSession } from "@/lib/server/services/record-tpp-session";
import { revokeEndOfGuidanceLetter } from "@/lib/server/services/revoke-end-of-guidance-letter";
import { withdrawStageTransition } from "@/lib/server/services/withdraw-stage-transition";
import { addDays, toIsoDate, todayIn } from "@/lib/domain/calendar";
import { createAttendance, createClient, createContact, createOffice, createUser, createViolation } from "../factories";
import { actorFor } from "../support/actors";

const ASSESS = "Klien kooperatif, rutin wajib lapor dan mengikuti program bimbingan dengan baik.";
const today = () => todayIn("Asia/Jakarta");

async function world() {
  const jks = await createOffice(prisma, { code: "JKS", timeZone: "Asia/Jakarta" });
  const mks = await createOffice(prisma, { code: "MKS", timeZone: "Asia/Makassar" });
  const kepala = await createUser(prisma, { officeId: jks.id, role: "KEPALA_BAPAS", name: "Dr. Hendra Gunawan" });
  const admin = await createUser(prisma, { officeId: jks.id, role: "ADMIN" });
  const pk = await createUser(prisma, { officeId: jks.id, role: "PK" });
  const pk2 = await createUser(prisma, { officeId: jks.id, role: "PK" });
  const kepalaMks = await createUser(prisma, { officeId: mks.id, role: "KEPALA_BAPAS" });
  const adminMks = await createUser(prisma, { officeId: mks.id, role: "ADMIN" });
  const pkMks = await createUser(prisma, { officeId: mks.id, role: "PK" });
  // 90 days of guidance, 40 days in: tahap awal (days 1-30) is overdue for review.
  const client = await createClient(prisma, { officeId: jks.id, officeCode: "JKS", assignedPkId: pk.id, guidanceStart: addDays(today(), -40), guidanceEnd: addDays(today(), 49), currentStage: "AWAL" });
  const a = {
    kepala: await actorFor(kepala.id), admin: await actorFor(admin.id), pk: await actorFor(pk.id), pk2: await actorFor(pk2.id),
    kepalaMks: await actorFor(kepalaMks.id), adminMks: await actorFor(adminMks.id), pkMks: await actorFor(pkMks.id),
  };
  return { jks, mks, client, pk, kepala, a };
}

async function expectError(p: Promise<unknown>, code: AppError["code"]) {
  const e = await p.then(() => null, (err) => err);
  expect(e).toBeInstanceOf(AppError);
  expect((e as AppError).code).toBe(code);
}

const tppInput = (reviews: { transitionId: string; recommendation: "SETUJU" | "TOLAK" | "TUNDA" }[]) => ({
  heldOn: toIsoDate(today()), location: "Ruang TPP", chairName: "Drs. Bambang Hermanto",
  members: [{ name: "Drs. Bambang Hermanto", role: "Ketua" }, { name: "Lia Amalia", role: "Sekretaris" }],
  minutes: "Sidang TPP membahas usulan perubahan tahap bimbingan klien.", reviews: reviews.map((r) => ({ ...r, notes: "" })),
});

async function proposeAndReview(w: Awaited<ReturnType<typeof world>>, recommendation: "SETUJU" | "TOLAK" = "SETUJU") {
  const { id } = await proposeStageTransition(w.a.pk, { clientId: w.client.id, toStage: "LANJUTAN", pkAssessment: ASSESS });
  await recordTppSession(w.a.admin, tppInput([{ transitionId: id, recommendation }]));
  return id;
}

describe("stage transition: the whole path", () => {
  it("PK proposes with a summary from the record, TPP reviews, the Kepala approves: stages and client move, every step audited", async () => {
    const w = await world();
    await createContact(prisma, { officeId: w.jks.id, clientId: w.client.id, pkId: w.pk.id, occurredAt: new Date(Date.now() - 5 * 86_400_000) });
    await createAttendance(prisma, { clientId: w.client.id, dueOn: addDays(today(), -20), status: "HADIR" });
    await createAttendance(prisma, { clientId: w.client.id, dueOn: addDays(today(), -10), status: "MANGKIR" });
    await createViolation(prisma, { officeId: w.jks.id, clientId: w.client.id, occurredOn: addDays(today(), -10) });
    await createGuidanceProgram(w.a.pk, {
      clientId: w.client.id, stage: "AWAL", guidanceType: "KETERAMPILAN", approach: "GROUP", title: "Pelatihan las", objectives: "Klien terampil mengelas.", clientGoals: "",
      partnerType: "LEMBAGA_PELATIHAN", partnerName: "BLK Jakarta Selatan", plannedStart: toIsoDate(addDays(today(), -30)), plannedEnd: toIsoDate(today()),
    });

    const { id } = await proposeStageTransition(w.a.pk, { clientId: w.client.id, toStage: "LANJUTAN", pkAssessment: ASSESS });
    const t = await prisma.stageTransitionRequest.findUniqueOrThrow({ where: { id } });
    expect(t).toMatchObject({ status: "PROPOSED", fromStage: "AWAL", toStage: "LANJUTAN", proposedById: w.pk.id });
    expect(t.summary).toMatchObject({ contacts: 1, attendance: { hadir: 1, izin: 0, mangkir: 1 }, violations: 1, programs: [{ title: "Pelatihan las", stage: "AWAL", status: "PLANNED", progress: 0 }] });

    const session = await recordTppSession(w.a.admin, tppInput([{ transitionId: id, recommendation: "SETUJU" }]));
    expect(await prisma.stageTransitionRequest.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "TPP_REVIEWED", tppSessionId: session.id, tppRecommendation: "SETUJU" });

    expect(await decideStageTransition(w.a.kepala, { transitionId: id, decision: "APPROVE", reason: "Sesuai rekomendasi TPP." })).toEqual({ status: "APPROVED" });
    const client = await prisma.client.findUniqueOrThrow({ where: { id: w.client.id }, include: { stages: true } });
    expect(client.currentStage).toBe("LANJUTAN");
    const awal = client.stages.find((s) => s.kind === "AWAL")!;
    const lanjutan = client.stages.find((s) => s.kind === "LANJUTAN")!;
    expect(awal).toMatchObject({ status: "COMPLETED", actualEnd: addDays(today(), -1) });
    expect(lanjutan).toMatchObject({ status: "ACTIVE", actualStart: today() });
    const actions = (await prisma.auditEvent.findMany({ where: { clientId: w.client.id }, orderBy: { id: "asc" } })).map((e) => e.action);
    expect(actions).toEqual(["program.create", "transition.propose", "transition.tpp-review", "transition.approve"]);
    expect(await prisma.auditEvent.count({ where: { action: "tpp.record" } })).toBe(1);
  });

  it("a rejection leaves the stage where it was and allows a new proposal", async () => {
    const w = await world();
    const id = await proposeAndReview(w, "TOLAK");
    await decideStageTransition(w.a.kepala, { transitionId: id, decision: "REJECT", reason: "Klien masih sering mangkir." });
    expect((await prisma.client.findUniqueOrThrow({ where: { id: w.client.id } })).currentStage).toBe("AWAL");
    await expect(proposeStageTransition(w.a.pk, { clientId: w.client.id, toStage: "LANJUTAN", pkAssessment: ASSESS })).resolves.toHaveProperty("id");
  });

  it("TUNDA keeps the proposal for a later session; the Kepala cannot decide it yet", async () => {
    const w = await world();
    const { id } = await proposeStageTransition(w.a.pk, { clientId: w.client.id, toStage: "LANJUTAN", pkAssessment: ASSESS });
    await recordTppSession(w.a.kepala, tppInput([{ transitionId: id, recommendation: "TUNDA" }]));
    expect((await prisma.stageTransitionRequest.findUniqueOrThrow({ where: { id } })).status).toBe("PROPOSED");
    await expectError(decideStageTransition(w.a.kepala, { transitionId: id, decision: "APPROVE", reason: "Setuju saja." }), "VALIDATION");
  });

  it("the PK withdraws before the TPP, not after", async () => {
    const w = await world();
    const { id } = await proposeStageTransition(w.a.pk, { clientId: w.client.id, toStage: "LANJUTAN", pkAssessment: ASSESS });
    await withdrawStageTransition(w.a.pk, { transitionId: id });
    expect((await prisma.stageTransitionRequest.findUniqueOrThrow({ where: { id } })).status).toBe("WITHDRAWN");
    const id2 = await proposeAndReview(w);
    await expectError(withdrawStageTransition(w.a.pk, { transitionId: id2 }), "VALIDATION");
  });
});

describe("stage transition: forbidden cases", () => {
  it("no skipping a stage, no proposal by Kepala or admin, none for another PK's client", async () => {
    const w = await world();
    await expectError(proposeStageTransition(w.a.pk, { clientId: w.client.id, toStage: "AKHIR", pkAssessment: ASSESS }), "VALIDATION");
    await expectError(proposeStageTransition(w.a.kepala, { clientId: w.client.id, toStage: "LANJUTAN", pkAssessment: ASSESS }), "FORBIDDEN");
    await expectError(proposeStageTransition(w.a.admin, { clientId: w.client.id, toStage: "LANJUTAN", pkAssessment: ASSESS }), "FORBIDDEN");
    await expectError(proposeStageTransition(w.a.pk2, { clientId: w.client.id, toStage: "LANJUTAN", pkAssessment: ASSESS }), "NOT_FOUND");
    await expectError(proposeStageTransition(w.a.pkMks, { clientId: w.client.id, toStage: "LANJUTAN", pkAssessment: ASSESS }), "NOT_FOUND");
    expect(await prisma.stageTransitionRequest.count()).toBe(0);
  });

  it("a PK cannot record a TPP session or approve; an admin cannot approve", async () => {
    const w = await world();
    const { id } = await proposeStageTransition(w.a.pk, { clientId: w.client.id, toStage: "LANJUTAN", pkAssessment: ASSESS });
    await expectError(recordTppSession(w.a.pk, tppInput([{ transitionId: id, recommendation: "SETUJU" }])), "FORBIDDEN");
    await recordTppSession(w.a.admin, tppInput([{ transitionId: id, recommendation: "SETUJU" }]));
    await expectError(decideStageTransition(w.a.pk, { transitionId: id, decision: "APPROVE", reason: "Disetujui." }), "FORBIDDEN");
    await expectError(decideStageTransition(w.a.admin, { transitionId: id, decision: "APPROVE", reason: "Disetujui." }), "FORBIDDEN");
    expect((await prisma.stageTransitionRequest.findUniqueOrThrow({ where: { id } })).status).toBe("TPP_REVIEWED");
  });

  it("another office can neither see, review nor decide", async () => {
    const w = await world();
    const { id } = await proposeStageTransition(w.a.pk, { clientId: w.client.id, toStage: "LANJUTAN", pkAssessment: ASSESS });
    await expectError(recordTppSession(w.a.adminMks, tppInput([{ transitionId: id, recommendation: "SETUJU" }])), "NOT_FOUND");
    await recordTppSession(w.a.admin, tppInput([{ transitionId: id, recommendation: "SETUJU" }]));
    await expectError(decideStageTransition(w.a.kepalaMks, { transitionId: id, decision: "APPROVE", reason: "Disetujui." }), "NOT_FOUND");
    const list = await listTransitions(w.a.kepalaMks);
    expect([...list.awaitingDecision, ...list.awaitingTpp, ...list.recent]).toHaveLength(0);
    expect(await getClientStages(w.a.kepalaMks, w.client.id)).toBeNull();
    expect((await listTransitions(w.a.kepala)).awaitingDecision.map((t) => t.id)).toEqual([id]);
    // A section shows a bounded number and says when there are more (the page's "Tampilkan semua").
    expect((await listTransitions(w.a.kepala, { decision: 1 })).moreAwaitingDecision).toBe(false);
    const none = await listTransitions(w.a.kepala, { decision: 0 });
    expect([none.awaitingDecision.length, none.moreAwaitingDecision]).toEqual([0, true]);
    expect((await prisma.stageTransitionRequest.findUniqueOrThrow({ where: { id } })).status).toBe("TPP_REVIEWED");
  });

  it("a proposal already reviewed cannot be put before a second session", async () => {
    const w = await world();
    const id = await proposeAndReview(w);
    await expectError(recordTppSession(w.a.admin, tppInput([{ transitionId: id, recommendation: "TOLAK" }])), "VALIDATION");
    expect(await prisma.tppSession.count()).toBe(1);
  });
});

describe("stage transition: races", () => {
  it("two simultaneous approvals produce exactly one transition", async () => {
    const w = await world();
    const id = await proposeAndReview(w);
    const results = await Promise.allSettled([
      decideStageTransition(w.a.kepala, { transitionId: id, decision: "APPROVE", reason: "Disetujui (1)." }),
      decideStageTransition(w.a.kepala, { transitionId: id, decision: "APPROVE", reason: "Disetujui (2)." }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const failed = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(failed.reason).toMatchObject({ code: "CONFLICT" });
    expect(await prisma.auditEvent.count({ where: { action: "transition.approve" } })).toBe(1);
    const stages = await prisma.guidanceStage.findMany({ where: { clientId: w.client.id }, orderBy: { plannedStart: "asc" } });
    expect(stages.map((s) => s.status)).toEqual(["COMPLETED", "ACTIVE", "PLANNED"]);
    expect(stages.map((s) => s.version)).toEqual([2, 2, 1]);
  });

  it("twenty identical approvals at once: one wins, nineteen are told in Indonesian it was decided", async () => {
    const w = await world();
    const id = await proposeAndReview(w);
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, () => decideStageTransition(w.a.kepala, { transitionId: id, decision: "APPROVE", reason: "Sesuai rekomendasi TPP." })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results.filter((r): r is PromiseRejectedResult => r.status === "rejected")) {
      expect(r.reason).toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/sudah diputuskan|telah berubah/) });
    }
    expect(await prisma.auditEvent.count({ where: { action: "transition.approve" } })).toBe(1);
    const stages = await prisma.guidanceStage.findMany({ where: { clientId: w.client.id }, orderBy: { plannedStart: "asc" } });
    expect(stages.map((s) => s.status)).toEqual(["COMPLETED", "ACTIVE", "PLANNED"]);
    expect((await prisma.client.findUniqueOrThrow({ where: { id: w.client.id } })).currentStage).toBe("LANJUTAN");
  });

  it("approve and reject at once: one wins, the other is told it was decided", async () => {
    const w = await world();
    const id = await proposeAndReview(w);
    const results = await Promise.allSettled([
      decideStageTransition(w.a.kepala, { transitionId: id, decision: "APPROVE", reason: "Disetujui." }),
      decideStageTransition(w.a.kepala, { transitionId: id, decision: "REJECT", reason: "Ditolak." }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const t = await prisma.stageTransitionRequest.findUniqueOrThrow({ where: { id } });
    const client = await prisma.client.findUniqueOrThrow({ where: { id: w.client.id } });
    expect(client.currentStage).toBe(t.status === "APPROVED" ? "LANJUTAN" : "AWAL");
  });

  it("two simultaneous proposals: the partial unique index lets one through", async () => {
    const w = await world();
    const results = await Promise.allSettled([
      proposeStageTransition(w.a.pk, { clientId: w.client.id, toStage: "LANJUTAN", pkAssessment: ASSESS }),
      proposeStageTransition(w.a.pk, { clientId: w.client.id, toStage: "LANJUTAN", pkAssessment: ASSESS }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect((results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason).toMatchObject({ code: "CONFLICT" });
    expect(await prisma.stageTransitionRequest.count()).toBe(1);
  });

  it("two TPP sessions reviewing the same proposal at once: one session is recorded", async () => {
    const w = await world();
    const { id } = await proposeStageTransition(w.a.pk, { clientId: w.client.id, toStage: "LANJUTAN", pkAssessment: ASSESS });
    const results = await Promise.allSettled([
      recordTppSession(w.a.admin, tppInput([{ transitionId: id, recommendation: "SETUJU" }])),
      recordTppSession(w.a.kepala, tppInput([{ transitionId: id, recommendation: "TOLAK" }])),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await prisma.tppSession.count()).toBe(1);
  });
});

describe("lists for the Kepala", () => {
  it("overdue stage reviews and letters to issue, scoped to the office", async () => {
    const w = await world();
    const akhir = await createClient(prisma, { officeId: w.jks.id, officeCode: "JKS", assignedPkId: w.pk.id, guidanceStart: addDays(today(), -100), guidanceEnd: addDays(today(), 5), currentStage: "AKHIR" });
    const overdue = await listOverdueStages(w.a.kepala);
    expect(overdue.map((o) => o.client.id)).toContain(w.client.id);
    expect(overdue.map((o) => o.client.id)).not.toContain(akhir.id);
    expect((await listOverdueStages(w.a.kepalaMks))).toHaveLength(0);
    expect((await listLetters(w.a.kepala)).toIssue.map((c) => c.id)).toEqual([akhir.id]);
    expect((await listLetters(w.a.pk2)).toIssue).toHaveLength(0);
    await proposeStageTransition(w.a.pk, { clientId: w.client.id, toStage: "LANJUTAN", pkAssessment: ASSESS });
    expect(await getStageWorkCounts(w.a.kepala)).toEqual({ overdue: 1, awaitingTpp: 1, awaitingDecision: 0, lettersToIssue: 1 });
    expect(await getStageWorkCounts(w.a.pk2)).toEqual({ overdue: 0, awaitingTpp: 0, awaitingDecision: 0, lettersToIssue: 0 });
    expect(await getStageWorkCounts(w.a.kepalaMks)).toEqual({ overdue: 0, awaitingTpp: 0, awaitingDecision: 0, lettersToIssue: 0 });
  });
});

describe("guidance programs", () => {
  it("the PK plans a program with the client's goals and evaluates it with a penilaian; DONE closes it", async () => {
    const w = await world();
    const base = { clientId: w.client.id, stage: "AWAL" as const, guidanceType: "MENTAL" as const, approach: "INDIVIDUAL" as const, title: "Bimbingan keagamaan", objectives: "Klien rutin beribadah dan mengikuti kajian.", clientGoals: "Ingin bisa mengaji bersama anak.", partnerType: "TOKOH_AGAMA" as const, partnerName: "Ustaz Ahmad", plannedStart: toIsoDate(today()), plannedEnd: toIsoDate(addDays(today(), 30)) };
    const { id } = await createGuidanceProgram(w.a.pk, base);
    await recordProgramProgress(w.a.pk, { programId: id, occurredOn: toIsoDate(today()), description: "Klien mengikuti kajian pertama.", rating: "CUKUP", status: "ONGOING" });
    await recordProgramProgress(w.a.pk, { programId: id, occurredOn: toIsoDate(today()), description: "Klien menyelesaikan program dengan tekun.", rating: "BAIK", status: "DONE" });
    expect(await prisma.guidanceProgram.findUniqueOrThrow({ where: { id } })).toMatchObject({ clientGoals: "Ingin bisa mengaji bersama anak.", rating: "BAIK", ratingNote: "Klien menyelesaikan program dengan tekun.", status: "DONE", version: 3 });
    expect(await prisma.guidanceProgramEntry.count({ where: { programId: id } })).toBe(2);
    await expectError(recordProgramProgress(w.a.pk, { programId: id, occurredOn: toIsoDate(today()), description: "Lagi.", rating: "CUKUP", status: "ONGOING" }), "VALIDATION");
    await expectError(createGuidanceProgram(w.a.pk2, base), "NOT_FOUND");
    await expectError(createGuidanceProgram(w.a.kepala, base), "FORBIDDEN");
    await expectError(recordProgramProgress(w.a.pk2, { programId: id, occurredOn: toIsoDate(today()), description: "Bukan klien saya.", rating: "KURANG", status: "ONGOING" }), "NOT_FOUND");
  });
});

describe("end-of-guidance letter", () => {
  async function akhirWorld() {
    const w = await world();
    const akhir = await createClient(prisma, { officeId: w.jks.id, officeCode: "JKS", assignedPkId: w.pk.id, fullName: "Budi Hartono Saputra", guidanceStart: addDays(today(), -100), guidanceEnd: addDays(today(), -1), currentStage: "AKHIR" });
    return { ...w, akhir };
  }
  const statement = "Klien telah selesai menjalani masa pembimbingan dengan baik.";

  it("issues a numbered letter, closes the client with a status event, verifies publicly, then shows revoked", async () => {
    const w = await akhirWorld();
    const year = today().getUTCFullYear();
    const first = await issueEndOfGuidanceLetter(w.a.kepala, { clientId: w.akhir.id, statement });
    expect(first.number).toBe(`0001/SKAP/JKS/${year}`);
    const c = await prisma.client.findUniqueOrThrow({ where: { id: w.akhir.id }, include: { statusEvents: { orderBy: { at: "asc" } }, stages: true } });
    expect(c.status).toBe("SELESAI");
    expect(c.statusEvents.at(-1)).toMatchObject({ fromStatus: "AKTIF", toStatus: "SELESAI" });
    expect(c.stages.find((s) => s.kind === "AKHIR")).toMatchObject({ status: "COMPLETED", actualEnd: today() });
    const letter = await prisma.endOfGuidanceLetter.findUniqueOrThrow({ where: { id: first.id } });
    expect(letter.signerId).toBe(w.kepala.id);
    const akhir = await prisma.client.findUniqueOrThrow({ where: { id: w.akhir.id } });
    expect(await getLetterVerification(letter.verificationToken)).toEqual({
      number: first.number, issuedOn: today(), officeName: w.jks.name, clientInitials: "B. H. S.", revoked: false, revokedAt: null, officeTimeZone: "Asia/Jakarta",
      authority: [w.jks.letterheadLine1, w.jks.letterheadLine2],
      guidancePeriod: { start: akhir.guidanceStart, end: akhir.guidanceEnd },
      officeContact: { address: w.jks.address, phone: w.jks.phone, email: w.jks.email },
    });
    expect(await getLetterVerification("x".repeat(43))).toBeNull();

    // A second client in the same office and year takes the next number.
    const other = await createClient(prisma, { officeId: w.jks.id, officeCode: "JKS", guidanceStart: addDays(today(), -100), guidanceEnd: addDays(today(), -1), currentStage: "AKHIR" });
    expect((await issueEndOfGuidanceLetter(w.a.kepala, { clientId: other.id, statement })).number).toBe(`0002/SKAP/JKS/${year}`);

    await expectError(revokeEndOfGuidanceLetter(w.a.pk, { letterId: first.id, reason: "Salah data." }), "FORBIDDEN");
    await expectError(revokeEndOfGuidanceLetter(w.a.kepalaMks, { letterId: first.id, reason: "Salah data." }), "NOT_FOUND");
    await revokeEndOfGuidanceLetter(w.a.kepala, { letterId: first.id, reason: "Terdapat kesalahan identitas." });
    expect(await getLetterVerification(letter.verificationToken)).toMatchObject({ revoked: true });
    await expectError(revokeEndOfGuidanceLetter(w.a.kepala, { letterId: first.id, reason: "Lagi." }), "CONFLICT");
    expect(await prisma.auditEvent.count({ where: { action: { in: ["letter.issue", "letter.revoke"] } } })).toBe(3);
  });

  it("only the Kepala of the office, only in tahap akhir, only once (even when clicked twice at once)", async () => {
    const w = await akhirWorld();
    await expectError(issueEndOfGuidanceLetter(w.a.pk, { clientId: w.akhir.id, statement }), "FORBIDDEN");
    await expectError(issueEndOfGuidanceLetter(w.a.admin, { clientId: w.akhir.id, statement }), "FORBIDDEN");
    await expectError(issueEndOfGuidanceLetter(w.a.kepalaMks, { clientId: w.akhir.id, statement }), "NOT_FOUND");
    await expectError(issueEndOfGuidanceLetter(w.a.kepala, { clientId: w.client.id, statement }), "VALIDATION"); // still tahap awal
    await expectError(issueEndOfGuidanceLetter(w.a.kepala, { clientId: w.client.id, statement, early: true, earlyReason: "" }), "VALIDATION"); // no reason
    const results = await Promise.allSettled([
      issueEndOfGuidanceLetter(w.a.kepala, { clientId: w.akhir.id, statement }),
      issueEndOfGuidanceLetter(w.a.kepala, { clientId: w.akhir.id, statement }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    // The loser is told plainly (the conditional update), not failed by the database's last-line index.
    expect((results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason).toMatchObject({ code: "CONFLICT" });
    expect(await prisma.endOfGuidanceLetter.count()).toBe(1);
    expect(await prisma.clientStatusEvent.count({ where: { clientId: w.akhir.id, toStatus: "SELESAI" } })).toBe(1);
    await expectError(issueEndOfGuidanceLetter(w.a.kepala, { clientId: w.akhir.id, statement }), "CONFLICT");
  });
});

describe("re-planning after a period change", () => {
  it("keeps the completed stage, follows the office's boundaries for the program, and is audited", async () => {
    const { replanClientStages } = await import("@/lib/server/services/replan-client-stages");
    const w = await world();
    await prisma.office.update({ where: { id: w.jks.id }, data: { settings: { stageBoundaries: { PB: [0.5, 0.75] } } } });
    // In tahap lanjutan; the period is then extended by the court to 200 days.
    const c = await createClient(prisma, { officeId: w.jks.id, officeCode: "JKS", assignedPkId: w.pk.id, program: "PB", guidanceStart: addDays(today(), -60), guidanceEnd: addDays(today(), 29), currentStage: "LANJUTAN" });
    const before = await prisma.guidanceStage.findMany({ where: { clientId: c.id }, orderBy: { plannedStart: "asc" } });
    await prisma.client.update({ where: { id: c.id }, data: { guidanceEnd: addDays(today(), 139) } });
    await expectError(replanClientStages(w.a.pk2, { clientId: c.id }), "NOT_FOUND");
    expect(await replanClientStages(w.a.pk, { clientId: c.id })).toEqual({ changed: 2 });
    const after = await prisma.guidanceStage.findMany({ where: { clientId: c.id }, orderBy: { plannedStart: "asc" } });
    expect(after[0]).toMatchObject({ plannedStart: before[0].plannedStart, plannedEnd: before[0].plannedEnd, actualEnd: before[0].actualEnd, status: "COMPLETED" });
    // 200 days at 0.5 / 0.75: lanjutan ends on day 150, akhir runs to the new end.
    expect(after[1]).toMatchObject({ plannedStart: before[1].plannedStart, plannedEnd: addDays(today(), -60 + 149), actualStart: before[1].actualStart, status: "ACTIVE" });
    expect(after[2]).toMatchObject({ plannedStart: addDays(today(), -60 + 150), plannedEnd: addDays(today(), 139), status: "PLANNED" });
    expect(await prisma.auditEvent.count({ where: { action: "stages.replan", clientId: c.id } })).toBe(1);
    expect(await replanClientStages(w.a.pk, { clientId: c.id })).toEqual({ changed: 0 });
  });
});

describe("guidance ending early", () => {
  it("the Kepala ends guidance from tahap awal with a reason: open proposals are withdrawn, later stages stay planned", async () => {
    const w = await world();
    const { id } = await proposeStageTransition(w.a.pk, { clientId: w.client.id, toStage: "LANJUTAN", pkAssessment: ASSESS });
    const letter = await issueEndOfGuidanceLetter(w.a.kepala, { clientId: w.client.id, statement: "Klien telah mengakhiri masa pembimbingan.", early: true, earlyReason: "Masa pidana berakhir karena remisi." });
    expect(letter.number).toMatch(/^0001\/SKAP\/JKS\//);
    const c = await prisma.client.findUniqueOrThrow({ where: { id: w.client.id }, include: { stages: { orderBy: { plannedStart: "asc" } } } });
    expect(c).toMatchObject({ status: "SELESAI", currentStage: "AWAL", statusReason: expect.stringContaining("remisi") });
    expect(c.stages.map((s) => s.status)).toEqual(["COMPLETED", "PLANNED", "PLANNED"]);
    expect((await prisma.stageTransitionRequest.findUniqueOrThrow({ where: { id } })).status).toBe("WITHDRAWN");
    expect(await prisma.clientStatusEvent.findFirst({ where: { clientId: w.client.id, toStatus: "SELESAI" } })).toMatchObject({ reason: expect.stringContaining("lebih awal") });
  });
});
