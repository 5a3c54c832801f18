import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { getLitmasReportData } from "@/lib/server/pdf/litmas-data";
import { getClientFile } from "@/lib/server/queries/clients";
import { getLitmas, listLitmas } from "@/lib/server/queries/litmas";
import { findPersonMatches, getGuidanceStartFromLitmas, getPersonFile } from "@/lib/server/queries/persons";
import { ZRegisterClient } from "@/lib/schemas/client";
import { registerClient } from "@/lib/server/services/register-client";
import { getTasks } from "@/lib/server/queries/tasks";
import { approveLitmas } from "@/lib/server/services/approve-litmas";
import { assignLitmas } from "@/lib/server/services/assign-litmas";
import { requestLitmas } from "@/lib/server/services/request-litmas";
import { saveLitmasDraft } from "@/lib/server/services/save-litmas-draft";
import { submitLitmas } from "@/lib/server/services/submit-litmas";
import { createClient, createOffice, createUser, DEFAULT_LITMAS_SECTIONS } from "../factories";
import { actorFor } from "../support/actors";
import { reviewLitmasInTpp } from "../support/tpp";

// A litmas about someone who is not (yet) a client: a prisoner in a Lapas assessed for parole.
async function world() {
  const jks = await createOffice(prisma, { code: "JKS", timeZone: "Asia/Jakarta" });
  const mks = await createOffice(prisma, { code: "MKS", timeZone: "Asia/Makassar" });
  const kepala = await createUser(prisma, { officeId: jks.id, role: "KEPALA_BAPAS" });
  const admin = await createUser(prisma, { officeId: jks.id, role: "ADMIN" });
  const pkA = await createUser(prisma, { officeId: jks.id, role: "PK" });
  const pkB = await createUser(prisma, { officeId: jks.id, role: "PK" });
  const adminMks = await createUser(prisma, { officeId: mks.id, role: "ADMIN" });
  const clientB = await createClient(prisma, { officeId: jks.id, officeCode: "JKS", assignedPkId: pkB.id, fullName: "Bambang Setiadi" });
  const as = (u: { id: string }) => actorFor(u.id);
  return { jks, mks, kepala, admin, pkA, pkB, adminMks, clientB, as };
}

const code = (p: Promise<unknown>) => p.then(() => "OK", (e) => (e instanceof AppError ? e.code : String(e)));
const prisoner = {
  fullName: "Joko Susilo", nik: "3174051503900003", birthPlace: "Jakarta", birthDate: "1990-03-15", gender: "LAKI_LAKI" as const, address: "Jl. Tebet Barat No. 5, Jakarta Selatan",
};
const request = {
  purpose: "INTEGRASI_PB" as const, requesterType: "LAPAS" as const, requesterInstitution: "Lapas Kelas I Cipinang",
  requesterLetterNumber: "W10.PAS.1-PK.01.05.02-0456", custodyInstitution: "Lapas Kelas I Cipinang", offence: "Pencurian dengan pemberatan", offenceArticle: "Pasal 363 KUHP",
};
const counts = async () => ({
  clients: await prisma.client.count(), stages: await prisma.guidanceStage.count(), assignments: await prisma.caseloadAssignment.count(),
  schedules: await prisma.reportingSchedule.count(), persons: await prisma.person.count(),
});

describe("a litmas for someone not in guidance", () => {
  it("records the person and the request, and no guidance period, caseload entry or reporting schedule", async () => {
    const w = await world();
    const before = await counts();
    const { id } = await requestLitmas(await w.as(w.admin), { ...request, subject: "PERSON", person: prisoner });
    expect(await counts()).toEqual({ ...before, persons: before.persons + 1 });
    const l = await prisma.litmas.findUniqueOrThrow({ where: { id }, include: { person: true } });
    expect(l).toMatchObject({ clientId: null, status: "REQUESTED", requesterType: "LAPAS", custodyInstitution: "Lapas Kelas I Cipinang", offence: "Pencurian dengan pemberatan" });
    expect(l.person).toMatchObject({ officeId: w.jks.id, fullName: "Joko Susilo", nik: "3174051503900003", gender: "LAKI_LAKI" });
    expect(await prisma.auditEvent.count({ where: { action: "litmas.request", personId: l.personId, clientId: null } })).toBe(1);
  });

  it("goes from request to approval; the identity section starts from the person, the report has no register number", async () => {
    const w = await world();
    const { id } = await requestLitmas(await w.as(w.admin), { ...request, subject: "PERSON", person: prisoner });
    const kepala = await w.as(w.kepala);
    let v = (await assignLitmas(kepala, { litmasId: id, pkId: w.pkA.id, version: 1 })).version;
    const pk = await w.as(w.pkA);
    const detail = await getLitmas(pk, id);
    expect(detail?.client).toBeNull();
    expect(detail?.person.fullName).toBe("Joko Susilo");
    expect(detail?.category).toBe("DEWASA");
    expect(detail?.identitasSnapshot).toContain("Tempat penahanan / pembinaan: Lapas Kelas I Cipinang");
    expect(detail?.identitasSnapshot).toContain("Perkara: Pencurian dengan pemberatan (Pasal 363 KUHP)");
    expect(detail?.identitasSnapshot).not.toContain("Nomor register");
    // The PK's inbox carries it, with its clock.
    const { items } = await getTasks(pk);
    expect(items.find((t) => t.href === `/litmas/${id}`)?.client).toEqual({ fullName: "Joko Susilo", registerNumber: null });
    v = (await saveLitmasDraft(pk, { litmasId: id, version: v, sections: DEFAULT_LITMAS_SECTIONS })).version;
    v = (await submitLitmas(pk, { litmasId: id, version: v })).version;
    await reviewLitmasInTpp(kepala, [id]);
    await approveLitmas(kepala, { litmasId: id, version: v + 1 });
    const report = await getLitmasReportData(pk, id);
    expect(report?.client).toEqual({ fullName: "Joko Susilo", registerNumber: null });
    expect(await counts()).toMatchObject({ clients: 1, stages: 3, assignments: 1 });
  });

  it("suggests the person already on file (same NIK, or same name and birth date) and never merges by itself", async () => {
    const w = await world();
    const admin = await w.as(w.admin);
    await requestLitmas(admin, { ...request, subject: "PERSON", person: prisoner });
    // The same NIK again: refused until the officer picks the person on file or says it is someone else.
    const again = { ...request, purpose: "CUTI_MENGUNJUNGI_KELUARGA" as const, subject: "PERSON" as const, person: prisoner };
    await expect(requestLitmas(admin, again)).rejects.toMatchObject({ code: "VALIDATION", message: expect.stringContaining("sudah tercatat") });
    const matches = await findPersonMatches(admin, { nik: prisoner.nik });
    expect(matches).toHaveLength(1);
    expect(matches[0]).toMatchObject({ fullName: "Joko Susilo", matchedBy: "NIK", inGuidance: false, cases: 1, nikMasked: expect.not.stringContaining("3174051503900003") });
    const byName = await findPersonMatches(admin, { fullName: "joko susilo", birthDate: new Date(Date.UTC(1990, 2, 15)) });
    expect(byName.map((m) => m.matchedBy)).toEqual(["NAMA_TANGGAL_LAHIR"]);
    expect(await findPersonMatches(admin, { fullName: "Joko Susilo" })).toEqual([]); // a name alone is not enough

    const reuse = await requestLitmas(admin, { ...again, personId: matches[0].id, person: undefined });
    expect((await prisma.litmas.findUniqueOrThrow({ where: { id: reuse.id } })).personId).toBe(matches[0].id);
    await requestLitmas(admin, { ...again, confirmNewPerson: true });
    expect(await prisma.person.count({ where: { nik: prisoner.nik } })).toBe(2);
    // Another office's suggestions and people stay out of reach.
    const other = await w.as(w.adminMks);
    expect(await findPersonMatches(other, { nik: prisoner.nik })).toEqual([]);
    expect(await code(requestLitmas(other, { ...again, personId: matches[0].id, person: undefined }))).toBe("VALIDATION");
  });

  it("refuses a birth date in the future or before 1900, and writes nothing", async () => {
    const w = await world();
    const admin = await w.as(w.admin);
    for (const birthDate of ["2999-01-01", "1899-12-31"]) {
      await expect(requestLitmas(admin, { ...request, subject: "PERSON", person: { ...prisoner, birthDate } })).rejects.toMatchObject({ code: "VALIDATION", message: "Tanggal lahir harus antara tahun 1900 dan hari ini." });
    }
    expect(await prisma.person.count()).toBe(1); // clientB's
    expect(await prisma.litmas.count()).toBe(0);
  });

  it("a PK with only a litmas for a person reaches that litmas, not the person's guidance period under another PK", async () => {
    const w = await world();
    // clientB (pkB's caseload) is assessed again: a litmas about the same person, not linked to the period.
    const { id } = await requestLitmas(await w.as(w.kepala), { ...request, subject: "PERSON", personId: w.clientB.personId });
    await assignLitmas(await w.as(w.kepala), { litmasId: id, pkId: w.pkA.id, version: 1 });
    const pkA = await w.as(w.pkA);
    expect((await getLitmas(pkA, id))?.person.fullName).toBe("Bambang Setiadi");
    expect(await getClientFile(pkA, w.clientB.id)).toBeNull();
    expect((await listLitmas(pkA, {})).items.map((i) => i.id)).toEqual([id]);
    // pkB, who guides the person, does not see pkA's litmas draft.
    expect(await getLitmas(await w.as(w.pkB), id)).toBeNull();
    expect(await getLitmas(await w.as(w.adminMks), id)).toBeNull();
  });
});

describe("the person's file", () => {
  it("shows every case the user may see on one timeline, and is reached only through one of them", async () => {
    const w = await world();
    const kepala = await w.as(w.kepala);
    // clientB (pkB's guidance period) gets a new litmas, disposed to pkA.
    const { id } = await requestLitmas(kepala, { ...request, subject: "PERSON", personId: w.clientB.personId });
    await assignLitmas(kepala, { litmasId: id, pkId: w.pkA.id, version: 1 });

    const all = await getPersonFile(kepala, w.clientB.personId);
    expect(all?.cases.map((c) => c.kind).sort()).toEqual(["GUIDANCE", "LITMAS"]);
    expect(all?.nikMasked).not.toMatch(/^\d{16}$/);
    expect(await prisma.auditEvent.count({ where: { action: "person.view", personId: w.clientB.personId } })).toBe(1);

    // pkA reaches the person through the litmas only, and sees only it; pkB only the guidance period.
    expect((await getPersonFile(await w.as(w.pkA), w.clientB.personId))?.cases.map((c) => [c.kind, c.id])).toEqual([["LITMAS", id]]);
    expect((await getPersonFile(await w.as(w.pkB), w.clientB.personId))?.cases.map((c) => [c.kind, c.id])).toEqual([["GUIDANCE", w.clientB.id]]);
    // No case, no person: another office, or a PK with nothing assigned.
    const pkC = await createUser(prisma, { officeId: w.jks.id, role: "PK" });
    expect(await getPersonFile(await w.as(pkC), w.clientB.personId)).toBeNull();
    expect(await getPersonFile(await w.as(w.adminMks), w.clientB.personId)).toBeNull();
    expect(await prisma.auditEvent.count({ where: { action: "person.view", personId: w.clientB.personId } })).toBe(3);
  });
});

describe("a decree starts guidance from the approved litmas", () => {
  async function approvedLitmas(w: Awaited<ReturnType<typeof world>>) {
    const { id } = await requestLitmas(await w.as(w.admin), { ...request, subject: "PERSON", person: prisoner });
    const kepala = await w.as(w.kepala);
    let v = (await assignLitmas(kepala, { litmasId: id, pkId: w.pkA.id, version: 1 })).version;
    const pk = await w.as(w.pkA);
    v = (await saveLitmasDraft(pk, { litmasId: id, version: v, sections: DEFAULT_LITMAS_SECTIONS })).version;
    v = (await submitLitmas(pk, { litmasId: id, version: v })).version;
    await reviewLitmasInTpp(kepala, [id]);
    await approveLitmas(kepala, { litmasId: id, version: v + 1 });
    return id;
  }
  const decreeInput = (initial: Record<string, string>, litmasId: string, over: Record<string, string> = {}) =>
    ZRegisterClient.parse({
      ...initial, religion: "ISLAM", education: "SMA", guidanceStart: "2026-11-20", guidanceEnd: "2027-11-19",
      fromLitmasId: litmasId, decreeNumber: "PAS-1234.PK.05.09 Tahun 2026", decreeDate: "2026-11-18", decreeIssuer: "Direktur Jenderal Pemasyarakatan", ...over,
    });

  it("carries the person and the litmas forward, and only then are there stages, a caseload entry and a PK", async () => {
    const w = await world();
    const litmasId = await approvedLitmas(w);
    const kepala = await w.as(w.kepala);
    const start = await getGuidanceStartFromLitmas(kepala, litmasId);
    // The form starts from the person and the litmas, and presumes nothing it does not know.
    expect(start?.initial).toMatchObject({
      fullName: "Joko Susilo", nik: prisoner.nik, birthDate: "1990-03-15", gender: "LAKI_LAKI", religion: "", education: "",
      program: "PB", originType: "LAPAS", originInstitution: "Lapas Kelas I Cipinang", offence: "Pencurian dengan pemberatan", category: "DEWASA",
    });
    const before = await counts();
    const { id } = await registerClient(kepala, decreeInput(start!.initial, litmasId));
    const client = await prisma.client.findUniqueOrThrow({ where: { id }, include: { stages: true, assignments: true } });
    const litmas = await prisma.litmas.findUniqueOrThrow({ where: { id: litmasId }, include: { events: true } });
    expect(client).toMatchObject({ personId: litmas.personId, program: "PB", assignedPkId: w.pkA.id, decreeNumber: "PAS-1234.PK.05.09 Tahun 2026", decreeIssuer: "Direktur Jenderal Pemasyarakatan" });
    expect(client.stages).toHaveLength(3);
    expect(client.assignments.map((a) => a.pkId)).toEqual([w.pkA.id]);
    expect(litmas.clientId).toBe(id);
    expect(litmas.events.map((e) => e.action)).toContain("GUIDANCE_STARTED");
    expect(await counts()).toMatchObject({ clients: before.clients + 1, persons: before.persons });
    expect((await prisma.person.findUniqueOrThrow({ where: { id: litmas.personId } })).religion).toBe("ISLAM");
    // The PK who wrote the litmas now guides the client; the person's file shows both cases.
    expect(await getClientFile(await w.as(w.pkA), id)).not.toBeNull();
    expect((await getPersonFile(await w.as(w.pkA), litmas.personId))?.cases.map((c) => c.kind).sort()).toEqual(["GUIDANCE", "LITMAS"]);
    // Once only.
    await expect(registerClient(kepala, decreeInput(start!.initial, litmasId))).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await getGuidanceStartFromLitmas(kepala, litmasId)).toBeNull();
  });

  it("needs an approved integrasi or asimilasi litmas of the office, and the decree's number, date and issuer", async () => {
    const w = await world();
    const kepala = await w.as(w.kepala);
    const approved = await approvedLitmas(w);
    const initial = (await getGuidanceStartFromLitmas(kepala, approved))!.initial;
    const { id: pending } = await requestLitmas(await w.as(w.admin), { ...request, subject: "PERSON", person: { ...prisoner, nik: "" }, confirmNewPerson: true });
    expect(await code(registerClient(kepala, decreeInput(initial, pending)))).toBe("VALIDATION");
    expect(await getGuidanceStartFromLitmas(kepala, pending)).toBeNull();
    expect(await code(registerClient(await w.as(w.adminMks), decreeInput(initial, approved)))).toBe("VALIDATION");
    const missing = ZRegisterClient.safeParse({ ...decreeInput(initial, approved), decreeNumber: "", decreeIssuer: "", decreeDate: "2026-12-01" });
    expect(missing.error!.issues.map((i) => i.message)).toEqual(expect.arrayContaining([
      "Isi nomor SK yang memulai pembimbingan.", "Isi pejabat atau instansi penerbit SK.", "Tanggal SK tidak boleh sesudah awal bimbingan.",
    ]));
    expect(await prisma.client.count()).toBe(1); // only clientB
  });
});
