import { afterEach, describe, expect, it } from "vitest";
import { clock } from "@/lib/clock";
import { toIsoDate } from "@/lib/domain/calendar";
import { prisma } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { ZRegisterClient } from "@/lib/schemas/client";
import { registerClient } from "@/lib/server/services/register-client";
import { getAssignmentLetterForPdf, getGuidanceStartFromPendampingan, getPendampingan, listPendampingan, pendampinganClocks } from "@/lib/server/queries/pendampingan";
import { getPersonFile } from "@/lib/server/queries/persons";
import { getTasks } from "@/lib/server/queries/tasks";
import {
  ZAssignPendampingan, ZRecordDiversiAgreement, ZRecordPendampinganStep, ZReportNonExecution, ZRequestPendampingan,
} from "@/lib/schemas/pendampingan";
import { assignPendampingan, disposePendampingan } from "@/lib/server/services/assign-pendampingan";
import { cancelPendampingan, closePendampingan } from "@/lib/server/services/close-pendampingan";
import { issueAssignmentLetter } from "@/lib/server/services/issue-assignment-letter";
import { recordDiversiAgreement } from "@/lib/server/services/record-diversi-agreement";
import { recordPendampinganStep } from "@/lib/server/services/record-pendampingan-step";
import { requestPendampingan } from "@/lib/server/services/request-pendampingan";
import { markAgreementCarriedOut, recordOfficialAction, reportNonExecution } from "@/lib/server/services/supervise-diversi-agreement";
import { createOffice, createUser } from "../factories";
import { actorFor } from "../support/actors";

// A child at the police: the investigator's request, the PK's presence within 1x24 hours, the
// musyawarah diversi with the consents, the supervised agreement.

const NOW = new Date("2026-06-10T03:00:00Z"); // 10.00 WIB
const HOUR = 3_600_000;
afterEach(() => clock.reset());

async function world() {
  clock.set(NOW);
  const jks = await createOffice(prisma, { code: "JKS", timeZone: "Asia/Jakarta", usesSections: true });
  const mks = await createOffice(prisma, { code: "MKS", timeZone: "Asia/Makassar" });
  const kepala = await createUser(prisma, { officeId: jks.id, role: "KEPALA_BAPAS" });
  const admin = await createUser(prisma, { officeId: jks.id, role: "ADMIN" });
  const kasiBka = await createUser(prisma, { officeId: jks.id, role: "KASI", section: "BKA" });
  const kasiBkd = await createUser(prisma, { officeId: jks.id, role: "KASI", section: "BKD" });
  const pkA = await createUser(prisma, { officeId: jks.id, role: "PK", section: "BKA" });
  const pkB = await createUser(prisma, { officeId: jks.id, role: "PK", section: "BKA" });
  const pkD = await createUser(prisma, { officeId: jks.id, role: "PK", section: "BKD" });
  const kepalaMks = await createUser(prisma, { officeId: mks.id, role: "KEPALA_BAPAS" });
  const pkMks = await createUser(prisma, { officeId: mks.id, role: "PK" });
  const as = (u: { id: string }) => actorFor(u.id);
  return { jks, mks, kepala, admin, kasiBka, kasiBkd, pkA, pkB, pkD, kepalaMks, pkMks, as };
}

const code = (p: Promise<unknown>) => p.then(() => "OK", (e) => (e instanceof AppError ? e.code : String(e)));
const child = {
  fullName: "Rizky Maulana", birthPlace: "Jakarta", birthDate: "2010-04-12", gender: "LAKI_LAKI" as const, address: "Jl. Kebagusan Raya No. 12, Jakarta Selatan",
  guardianName: "Siti Aminah", guardianRelation: "Ibu kandung", guardianPhone: "081234567890",
};
const requestInput = (over: Record<string, unknown> = {}) =>
  ZRequestPendampingan.parse({
    person: child, childRole: "PELAKU", requesterType: "KEPOLISIAN", requesterInstitution: "Polres Metro Jakarta Selatan – Unit PPA",
    requesterLetterNumber: "B/123/VI/2026/Reskrim", requesterLetterDate: "2026-06-10", investigatorName: "Bripka Andi Saputra", investigatorPhone: "081298765432",
    offence: "Pencurian", offenceArticle: "Pasal 362 KUHP", receivedAt: new Date(NOW.getTime() - 2 * HOUR).toISOString(), ...over,
  });
const step = (pendampinganId: string, version: number, over: Record<string, unknown> = {}) =>
  ZRecordPendampinganStep.parse({
    pendampinganId, version, kind: "PEMERIKSAAN_PENYIDIK", heldAt: new Date(NOW.getTime() - HOUR).toISOString(), place: "Unit PPA Polres Metro Jakarta Selatan",
    attendees: "Anak, ibu kandung, penyidik, advokat", guardianPresent: true, outcome: "Anak didampingi selama pemeriksaan; BAP ditandatangani.", ...over,
  });
const counts = async () => ({
  clients: await prisma.client.count(), assignments: await prisma.caseloadAssignment.count(), schedules: await prisma.reportingSchedule.count(),
  stages: await prisma.guidanceStage.count(),
});

/** A request assigned to pkA with the surat tugas issued; returns the id and the version. */
async function assigned(w: Awaited<ReturnType<typeof world>>) {
  const { id } = await requestPendampingan(await w.as(w.kepala), requestInput());
  const kepala = await w.as(w.kepala);
  let v = (await assignPendampingan(kepala, ZAssignPendampingan.parse({ pendampinganId: id, version: 1, pkId: w.pkA.id }))).version;
  v = (await issueAssignmentLetter(kepala, { pendampinganId: id, version: v })).version;
  return { id, v };
}

describe("pendampingan: the request", () => {
  it("records the child and the request with the 1x24h clock, and its litmas due 3x24h; no guidance period, caseload entry or reporting schedule", async () => {
    const w = await world();
    const before = await counts();
    const res = await requestPendampingan(await w.as(w.kepala), requestInput({ litmasPurpose: "DIVERSI" }));
    expect(await counts()).toEqual(before);
    const p = await prisma.pendampingan.findUniqueOrThrow({ where: { id: res.id }, include: { person: true, litmas: true } });
    const receivedAt = new Date(NOW.getTime() - 2 * HOUR);
    expect(p).toMatchObject({ status: "REQUESTED", section: "BKA", number: "PDP/0001/JKS/2026", receivedAt, dueAt: new Date(receivedAt.getTime() + 24 * HOUR) });
    expect(p.person).toMatchObject({ fullName: "Rizky Maulana", guardianName: "Siti Aminah", guardianRelation: "Ibu kandung" });
    expect(p.litmas).toHaveLength(1);
    expect(p.litmas[0]).toMatchObject({
      purpose: "DIVERSI", status: "REQUESTED", clientId: null, requesterInstitution: "Polres Metro Jakarta Selatan – Unit PPA",
      requesterLetterNumber: "B/123/VI/2026/Reskrim", dueAt: new Date(receivedAt.getTime() + 72 * HOUR),
    });
    expect(await prisma.auditEvent.count({ where: { action: "pendampingan.request", entityId: res.id } })).toBe(1);
    expect(await prisma.auditEvent.count({ where: { action: "litmas.request", entityId: res.litmasId! } })).toBe(1);
  });

  it("the PK assigned to the pendampingan also gets the litmas asked with it, due 3x24h from the request", async () => {
    const w = await world();
    const res = await requestPendampingan(await w.as(w.kepala), requestInput({ litmasPurpose: "DIVERSI" }));
    await assignPendampingan(await w.as(w.kepala), ZAssignPendampingan.parse({ pendampinganId: res.id, version: 1, pkId: w.pkA.id }));
    const litmas = await prisma.litmas.findUniqueOrThrow({ where: { id: res.litmasId! } });
    const receivedAt = new Date(NOW.getTime() - 2 * HOUR);
    expect(litmas).toMatchObject({ status: "ASSIGNED", assignedPkId: w.pkA.id, assignedAt: NOW, dueAt: new Date(receivedAt.getTime() + 72 * HOUR), section: "BKA" });
    expect(await prisma.litmasEvent.count({ where: { litmasId: litmas.id, action: "ASSIGNED" } })).toBe(1);
    // A later reassignment of the pendampingan leaves the litmas with its PK (the Kepala moves it on its own page).
    await assignPendampingan(await w.as(w.kepala), ZAssignPendampingan.parse({ pendampinganId: res.id, version: 2, pkId: w.pkB.id }));
    expect((await prisma.litmas.findUniqueOrThrow({ where: { id: litmas.id } })).assignedPkId).toBe(w.pkA.id);
  });

  it("a Kasi's home shows the clocks of its own section only", async () => {
    const w = await world();
    await requestPendampingan(await w.as(w.kepala), requestInput());
    expect(await pendampinganClocks(await w.as(w.kasiBka))).toHaveLength(1);
    expect(await pendampinganClocks(await w.as(w.kasiBkd))).toHaveLength(0);
    expect(await pendampinganClocks(await w.as(w.kepala))).toHaveLength(1);
  });

  it("suggests the child already on file and never merges; a confirmed new child is a new person", async () => {
    const w = await world();
    await requestPendampingan(await w.as(w.kepala), requestInput());
    const err = await requestPendampingan(await w.as(w.kepala), requestInput()).catch((e) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err.message).toMatch(/sudah tercatat/);
    expect(await prisma.person.count()).toBe(1);
    await requestPendampingan(await w.as(w.kepala), requestInput({ confirmNewPerson: true }));
    expect(await prisma.person.count()).toBe(2);
    const person = await prisma.person.findFirstOrThrow();
    const again = await requestPendampingan(await w.as(w.kepala), requestInput({ person: undefined, personId: person.id }));
    expect((await prisma.pendampingan.findUniqueOrThrow({ where: { id: again.id } })).personId).toBe(person.id);
    // Another office's person cannot be used.
    expect(await code(requestPendampingan(await w.as(w.kepalaMks), requestInput({ person: undefined, personId: person.id })))).toBe("VALIDATION");
  });

  it("refuses dates out of range", () => {
    clock.set(NOW);
    expect(ZRequestPendampingan.safeParse({ ...requestInput(), receivedAt: new Date(NOW.getTime() + HOUR).toISOString() }).success).toBe(false);
    expect(ZRequestPendampingan.safeParse({ ...requestInput(), receivedAt: "2023-01-01T00:00:00Z" }).success).toBe(false);
    const bad = ZRecordDiversiAgreement.safeParse({ pendampinganId: "x", version: 1, agreedOn: "2026-06-10", deadline: "2026-06-01", terms: "Mengganti kerugian", childConsent: true, guardianConsent: true });
    expect(bad.success).toBe(false);
    const far = ZRecordDiversiAgreement.safeParse({ pendampinganId: "x", version: 1, agreedOn: "2026-06-10", deadline: "2027-08-01", terms: "Mengganti kerugian", childConsent: true, guardianConsent: true });
    expect(far.success).toBe(false);
    clock.reset();
  });
});

describe("pendampingan: who may do what", () => {
  it("a PK not assigned can't read or write it; another office can't; a Kasi of BKD can't assign a BKA case", async () => {
    const w = await world();
    const { id, v } = await assigned(w);
    expect(await getPendampingan(await w.as(w.pkB), id)).toBeNull();
    expect(await code(recordPendampinganStep(await w.as(w.pkB), step(id, v)))).toBe("NOT_FOUND");
    expect(await getPendampingan(await w.as(w.kepalaMks), id)).toBeNull();
    expect(await getAssignmentLetterForPdf(await w.as(w.pkMks), id)).toBeNull();
    expect(await getAssignmentLetterForPdf(await w.as(w.pkB), id)).toBeNull();
    expect(await getAssignmentLetterForPdf(await w.as(w.pkA), id)).not.toBeNull();
    expect(await code(assignPendampingan(await w.as(w.kepalaMks), { pendampinganId: id, version: v, pkId: w.pkMks.id }))).toBe("NOT_FOUND");
    expect(await code(assignPendampingan(await w.as(w.kasiBkd), { pendampinganId: id, version: v, pkId: w.pkD.id }))).toBe("FORBIDDEN");
    expect(await code(assignPendampingan(await w.as(w.kasiBkd), { pendampinganId: id, version: v, pkId: w.pkB.id }))).toBe("FORBIDDEN");
    // The Kasi of BKA may move it within BKA, not to a BKD PK; the PK can't assign.
    expect(await code(assignPendampingan(await w.as(w.kasiBka), { pendampinganId: id, version: v, pkId: w.pkD.id }))).toBe("FORBIDDEN");
    expect(await code(assignPendampingan(await w.as(w.pkA), { pendampinganId: id, version: v, pkId: w.pkB.id }))).toBe("FORBIDDEN");
    const moved = await assignPendampingan(await w.as(w.kasiBka), { pendampinganId: id, version: v, pkId: w.pkB.id });
    expect(await getPendampingan(await w.as(w.pkA), id)).toBeNull();
    expect(await getPendampingan(await w.as(w.pkB), id)).not.toBeNull();
    // The new PK needs a surat tugas of their own.
    expect((await prisma.pendampingan.findUniqueOrThrow({ where: { id } })).assignmentLetterNumber).toBeNull();
    expect(await code(issueAssignmentLetter(await w.as(w.kasiBka), { pendampinganId: id, version: moved.version }))).toBe("FORBIDDEN");
    expect((await listPendampingan(await w.as(w.pkA), {})).items).toHaveLength(0);
    expect((await listPendampingan(await w.as(w.pkB), {})).items).toHaveLength(1);
  });

  it("the Kepala disposes to BKA; the surat tugas once per assignment, numbered; a stale version is refused", async () => {
    const w = await world();
    const { id } = await requestPendampingan(await w.as(w.kepala), requestInput());
    const kepala = await w.as(w.kepala);
    let v = (await disposePendampingan(kepala, { pendampinganId: id, version: 1 })).version;
    expect(await code(issueAssignmentLetter(kepala, { pendampinganId: id, version: v }))).toBe("CONFLICT");
    v = (await assignPendampingan(await w.as(w.kasiBka), { pendampinganId: id, version: v, pkId: w.pkA.id })).version;
    expect(await code(assignPendampingan(kepala, { pendampinganId: id, version: v - 1, pkId: w.pkB.id }))).toBe("CONFLICT");
    const letter = await issueAssignmentLetter(kepala, { pendampinganId: id, version: v });
    expect(letter.number).toBe("ST-1/JKS/2026");
    expect(await code(issueAssignmentLetter(kepala, { pendampinganId: id, version: letter.version }))).toBe("CONFLICT");
    expect(await prisma.auditEvent.count({ where: { entityId: id, action: { in: ["pendampingan.dispose", "pendampingan.assign", "pendampingan.letter"] } } })).toBe(3);
  });
});

describe("pendampingan: the list's pages", () => {
  it("25 a page; each page says where its first row stands, and a page past the end shows the last", async () => {
    const w = await world();
    const kepala = await w.as(w.kepala);
    for (let i = 1; i <= 27; i++) await requestPendampingan(kepala, requestInput({ person: { ...child, fullName: `Anak Uji ${i}` } }));
    const first = await listPendampingan(kepala, {});
    expect(first).toMatchObject({ total: 27, page: 1, pages: 2, start: 1 });
    expect(first.items).toHaveLength(25);
    const second = await listPendampingan(kepala, { page: 2 });
    expect(second).toMatchObject({ page: 2, start: 26 });
    expect(second.items).toHaveLength(2);
    expect(new Set([...first.items, ...second.items].map((p) => p.id)).size).toBe(27);
    expect(await listPendampingan(kepala, { page: 9 })).toMatchObject({ page: 2, start: 26 });
  });
});

describe("pendampingan: the child's path", () => {
  it("the clock: running, due soon, overdue; met by the PK's first step", async () => {
    const w = await world();
    const { id, v } = await assigned(w);
    const pk = await w.as(w.pkA);
    expect((await getPendampingan(pk, id))?.presence).toBe("ON_TIME");
    expect((await pendampinganClocks(pk))[0]).toMatchObject({ kind: "PRESENCE", state: "ON_TIME" });
    // The PK's inbox puts the presence clock on top.
    expect((await getTasks(pk)).items[0]).toMatchObject({ kind: "PENDAMPINGAN", urgent: true, href: `/pendampingan/${id}` });
    clock.set(new Date(NOW.getTime() + 19 * HOUR));
    expect((await getPendampingan(pk, id))?.presence).toBe("DUE_SOON");
    clock.set(new Date(NOW.getTime() + 23 * HOUR));
    expect((await getPendampingan(pk, id))?.presence).toBe("OVERDUE");
    expect((await listPendampingan(await w.as(w.kepala), {})).runningCount).toBe(1);
    await recordPendampinganStep(pk, step(id, v, { heldAt: new Date(NOW.getTime() + 22 * HOUR).toISOString() }));
    const p = await getPendampingan(pk, id);
    expect(p).toMatchObject({ status: "ONGOING", presence: "MET", firstAttendedAt: new Date(NOW.getTime() + 22 * HOUR) });
    expect((await listPendampingan(await w.as(w.kepala), {})).runningCount).toBe(0);
    // A step before the request is refused.
    expect(await code(recordPendampinganStep(pk, step(id, p!.version, { heldAt: new Date(NOW.getTime() - 5 * HOUR).toISOString() })))).toBe("VALIDATION");
  });

  it("no consent: refused with a clear message and nothing written; with both, supervised, then carried out", async () => {
    const w = await world();
    const { id } = await assigned(w);
    const pk = await w.as(w.pkA);
    let v = (await getPendampingan(pk, id))!.version;
    v = (await recordPendampinganStep(pk, step(id, v))).version;
    const agreement = (over: Record<string, unknown>) =>
      ZRecordDiversiAgreement.parse({
        pendampinganId: id, version: v, agreedOn: toIsoDate(NOW), deadline: "2026-07-10", penetapanNumber: "12/Pen.Div/2026/PN Jkt.Sel",
        terms: "Anak meminta maaf dan mengganti kerugian korban Rp1.500.000 dalam 30 hari.", childConsent: true, guardianConsent: true, ...over,
      });
    // Only after a musyawarah diversi.
    expect(await code(recordDiversiAgreement(pk, agreement({})))).toBe("CONFLICT");
    v = (await recordPendampinganStep(pk, step(id, v, { kind: "MUSYAWARAH_DIVERSI", place: "Ruang diversi Polres Metro Jakarta Selatan" }))).version;
    const auditsBefore = await prisma.auditEvent.count();
    const err = await recordDiversiAgreement(pk, agreement({ guardianConsent: false })).catch((e) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err.message).toBe("Kesepakatan diversi memerlukan persetujuan orang tua/wali.");
    expect(err.fieldErrors).toHaveProperty("guardianConsent");
    expect(await code(recordDiversiAgreement(pk, agreement({ childConsent: false })))).toBe("VALIDATION");
    expect(await prisma.diversiAgreement.count()).toBe(0);
    expect(await prisma.auditEvent.count()).toBe(auditsBefore);
    expect((await prisma.pendampingan.findUniqueOrThrow({ where: { id } })).status).toBe("ONGOING");
    // Another PK can't.
    expect(await code(recordDiversiAgreement(await w.as(w.pkB), agreement({})))).toBe("NOT_FOUND");
    v = (await recordDiversiAgreement(pk, agreement({}))).version;
    expect((await getPendampingan(pk, id))).toMatchObject({ status: "AGREEMENT_SUPERVISED", agreementState: "ON_TIME" });
    expect((await pendampinganClocks(pk))[0]).toMatchObject({ kind: "AGREEMENT_DEADLINE" });
    v = (await markAgreementCarriedOut(pk, { pendampinganId: id, version: v, carriedOutOn: new Date(`${toIsoDate(NOW)}T00:00:00Z`), outcomeNote: "Ganti rugi lunas." })).version;
    const done = await prisma.pendampingan.findUniqueOrThrow({ where: { id }, include: { agreement: true } });
    expect(done).toMatchObject({ status: "CLOSED", agreement: { status: "CARRIED_OUT" } });
    expect(await prisma.auditEvent.count({ where: { entityId: id, action: { startsWith: "pendampingan." } } })).toBeGreaterThanOrEqual(7);
    expect(await counts()).toEqual({ clients: 0, assignments: 0, schedules: 0, stages: 0 });
  });

  it("not carried out: reported, the official's 7 days, the case goes on to a putusan and closes", async () => {
    const w = await world();
    const { id } = await assigned(w);
    const pk = await w.as(w.pkA);
    let v = (await getPendampingan(pk, id))!.version;
    v = (await recordPendampinganStep(pk, step(id, v, { kind: "MUSYAWARAH_DIVERSI" }))).version;
    v = (await recordDiversiAgreement(pk, ZRecordDiversiAgreement.parse({ pendampinganId: id, version: v, agreedOn: toIsoDate(NOW), deadline: "2026-06-20", terms: "Mengikuti pelatihan kerja di BLK selama 1 bulan.", childConsent: true, guardianConsent: true }))).version;
    clock.set(new Date("2026-06-22T03:00:00Z"));
    expect((await getPendampingan(pk, id))?.agreementState).toBe("OVERDUE");
    const rep = await reportNonExecution(pk, ZReportNonExecution.parse({ pendampinganId: id, version: v, reportedTo: "Kanit PPA Polres Metro Jakarta Selatan", reportNote: "Anak tidak hadir di BLK sejak minggu kedua." }));
    expect(rep.reportDueAt).toEqual(new Date("2026-06-29T03:00:00Z"));
    v = rep.version;
    expect((await pendampinganClocks(pk))[0]).toMatchObject({ kind: "OFFICIAL_ACTION", state: "ON_TIME" });
    clock.set(new Date("2026-06-30T03:00:00Z"));
    expect((await getPendampingan(pk, id))?.officialState).toBe("OVERDUE");
    expect(await code(markAgreementCarriedOut(pk, { pendampinganId: id, version: v, carriedOutOn: new Date("2026-06-30T00:00:00Z") }))).toBe("CONFLICT");
    v = (await recordOfficialAction(pk, { pendampinganId: id, version: v, officialActionNote: "Penyidik melanjutkan perkara ke penuntut umum." })).version;
    expect((await getPendampingan(pk, id))).toMatchObject({ status: "ONGOING", officialState: "MET" });
    expect(await code(closePendampingan(pk, { pendampinganId: id, version: v }))).toBe("CONFLICT");
    v = (await recordPendampinganStep(pk, step(id, v, { kind: "PUTUSAN", decisionNumber: "5/Pid.Sus-Anak/2026/PN Jkt.Sel", measure: "SPPA_PENGAWASAN", outcome: "Pidana dengan syarat: pengawasan 6 bulan." }))).version;
    expect((await getPendampingan(pk, id))?.measure).toBe("SPPA_PENGAWASAN");
    await closePendampingan(pk, { pendampinganId: id, version: v });
    expect((await prisma.pendampingan.findUniqueOrThrow({ where: { id } })).status).toBe("CLOSED");
    // Guidance from the putusan: the child and the decision carried forward, linked once.
    const kepala = await w.as(w.kepala);
    const start = await getGuidanceStartFromPendampingan(kepala, id);
    expect(start?.initial).toMatchObject({ category: "ANAK", program: "SPPA_PENGAWASAN", courtDecisionNumber: "5/Pid.Sus-Anak/2026/PN Jkt.Sel", fullName: "Rizky Maulana", offence: "Pencurian" });
    expect(await getGuidanceStartFromPendampingan(await w.as(w.kepalaMks), id)).toBeNull();
    const reg = ZRegisterClient.parse({ ...start!.initial, religion: "ISLAM", education: "SMP", guidanceStart: "2026-07-01", guidanceEnd: "2026-12-31" });
    const { id: clientId } = await registerClient(kepala, reg);
    const linked = await prisma.pendampingan.findUniqueOrThrow({ where: { id } });
    expect(linked.clientId).toBe(clientId);
    expect((await prisma.client.findUniqueOrThrow({ where: { id: clientId } }))).toMatchObject({ personId: linked.personId, assignedPkId: w.pkA.id, program: "SPPA_PENGAWASAN" });
    expect(await code(registerClient(kepala, reg))).toBe("CONFLICT");
  });

  it("the Kepala cancels with a reason; the person's page shows the case to whom may see it", async () => {
    const w = await world();
    const { id, v } = await assigned(w);
    const p = await prisma.pendampingan.findUniqueOrThrow({ where: { id } });
    const file = await getPersonFile(await w.as(w.pkA), p.personId);
    expect(file?.cases.some((c) => c.kind === "PENDAMPINGAN" && c.id === id)).toBe(true);
    expect(await getPersonFile(await w.as(w.pkB), p.personId)).toBeNull();
    expect(await code(cancelPendampingan(await w.as(w.pkA), { pendampinganId: id, version: v, reason: "Salah catat" }))).toBe("FORBIDDEN");
    await cancelPendampingan(await w.as(w.admin), { pendampinganId: id, version: v, reason: "Permintaan dicatat dua kali." });
    expect((await prisma.pendampingan.findUniqueOrThrow({ where: { id } })).status).toBe("CANCELLED");
    expect(await prisma.auditEvent.count({ where: { entityId: id, action: "pendampingan.cancel" } })).toBe(1);
  });
});
