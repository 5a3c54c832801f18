import { extractText, getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import { todayIn } from "@/lib/domain/calendar";
import type { LitmasSections } from "@/lib/domain/litmas";
import { prisma } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { getLitmasReportData } from "@/lib/server/pdf/litmas-data";
import { renderLitmasPdf } from "@/lib/server/pdf/litmas-document";
import { PICKER_LIMIT } from "@/lib/domain/pagination";
import { getLitmas, getLitmasVersion, getLitmasVersionPair, getRequestableClient, listLitmas, searchRequestableClients } from "@/lib/server/queries/litmas";
import { approveLitmas } from "@/lib/server/services/approve-litmas";
import { assignLitmas } from "@/lib/server/services/assign-litmas";
import { cancelLitmas } from "@/lib/server/services/cancel-litmas";
import { requestLitmas } from "@/lib/server/services/request-litmas";
import { returnLitmas } from "@/lib/server/services/return-litmas";
import { saveLitmasDraft } from "@/lib/server/services/save-litmas-draft";
import { submitLitmas } from "@/lib/server/services/submit-litmas";
import { createClient, createLitmas, createOffice, createUser, DEFAULT_LITMAS_SECTIONS } from "../factories";
import { actorFor } from "../support/actors";
import { reviewLitmasInTpp } from "../support/tpp";

async function world() {
  const jks = await createOffice(prisma, { code: "JKS", name: "Bapas Kelas I Jakarta Selatan", timeZone: "Asia/Jakarta", city: "Jakarta Selatan" });
  const mks = await createOffice(prisma, { code: "MKS", name: "Bapas Kelas I Makassar", timeZone: "Asia/Makassar" });
  const kepala = await createUser(prisma, { officeId: jks.id, role: "KEPALA_BAPAS", name: "Dr. Hendra Kurniawan, S.H., M.H." });
  const admin = await createUser(prisma, { officeId: jks.id, role: "ADMIN" });
  const pkA = await createUser(prisma, { officeId: jks.id, role: "PK", name: "Rina Wulandari, S.Psi." });
  const pkB = await createUser(prisma, { officeId: jks.id, role: "PK" });
  const kepalaMks = await createUser(prisma, { officeId: mks.id, role: "KEPALA_BAPAS" });
  const adminMks = await createUser(prisma, { officeId: mks.id, role: "ADMIN" });
  const pkMks = await createUser(prisma, { officeId: mks.id, role: "PK" });
  const clientA = await createClient(prisma, { officeId: jks.id, officeCode: "JKS", assignedPkId: pkA.id, fullName: "Sutrisno Hadi Prasetyo" });
  const clientB = await createClient(prisma, { officeId: jks.id, officeCode: "JKS", assignedPkId: pkB.id });
  const clientMks = await createClient(prisma, { officeId: mks.id, officeCode: "MKS", assignedPkId: pkMks.id });
  const as = async (u: { id: string }) => actorFor(u.id);
  return { jks, mks, kepala, admin, pkA, pkB, kepalaMks, adminMks, pkMks, clientA, clientB, clientMks, as };
}

type World = Awaited<ReturnType<typeof world>>;

const submitted = (w: World) =>
  createLitmas(prisma, { officeId: w.jks.id, clientId: w.clientA.id, status: "SUBMITTED", assignedPkId: w.pkA.id, createdById: w.admin.id, reviewerId: w.kepala.id });

async function code(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return "OK";
  } catch (e) {
    if (e instanceof AppError) return e.code;
    throw e;
  }
}

const request = (w: World, purpose: "INTEGRASI_PB" | "DIVERSI" | "SIDANG_ANAK" | "SIDANG_DEWASA" = "INTEGRASI_PB") =>
  w.as(w.admin).then((a) => requestLitmas(a, { clientId: w.clientA.id, purpose, requesterInstitution: "Lapas Kelas I Cipinang", requesterLetterNumber: "W10.PAS.1-PK.01.05.02-123", requesterLetterDate: "2026-01-05" }));

describe("litmas workflow", () => {
  it("goes from request to approval with a timeline, kept versions and a number", async () => {
    const w = await world();
    const pk = await w.as(w.pkA);
    const kepala = await w.as(w.kepala);
    const { id } = await request(w);
    let l = await prisma.litmas.findUniqueOrThrow({ where: { id } });
    expect(l).toMatchObject({ status: "REQUESTED", dueAt: null, version: 1 });

    // The PK cannot see it before the disposition; afterwards at once.
    expect((await listLitmas(pk, {})).items).toHaveLength(0);
    let v = (await assignLitmas(kepala, { litmasId: id, pkId: w.pkA.id, version: 1 })).version;
    l = await prisma.litmas.findUniqueOrThrow({ where: { id } });
    expect(l.status).toBe("ASSIGNED");
    expect(l.dueAt!.getTime() - l.assignedAt!.getTime()).toBe(7 * 86_400_000);
    expect((await listLitmas(pk, {})).items.map((i) => i.id)).toEqual([id]);

    // Drafts: every save is a version; submitting needs every section.
    const half: LitmasSections = { ...DEFAULT_LITMAS_SECTIONS, analisis: "", kesimpulanRekomendasi: "" };
    v = (await saveLitmasDraft(pk, { litmasId: id, version: v, sections: half })).version;
    await expect(submitLitmas(pk, { litmasId: id, version: v })).rejects.toThrow(/analisis, kesimpulan dan rekomendasi/);
    v = (await saveLitmasDraft(pk, { litmasId: id, version: v, sections: DEFAULT_LITMAS_SECTIONS })).version;
    v = (await submitLitmas(pk, { litmasId: id, version: v })).version;

    // Returned with notes, revised, resubmitted.
    v = (await returnLitmas(kepala, { litmasId: id, version: v, notes: "Lengkapi hasil asesmen risiko." })).version;
    expect(await prisma.litmas.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "RETURNED", reviewNotes: "Lengkapi hasil asesmen risiko." });
    v = (await saveLitmasDraft(pk, { litmasId: id, version: v, sections: { ...DEFAULT_LITMAS_SECTIONS, analisis: "Risiko rendah (asesmen terlampir)." } })).version;
    v = (await submitLitmas(pk, { litmasId: id, version: v })).version;
    // Integrasi: a sidang TPP discusses it before the Kepala approves.
    await reviewLitmasInTpp(kepala, [id]);
    v += 1;
    const { number } = await approveLitmas(kepala, { litmasId: id, version: v });
    const year = todayIn("Asia/Jakarta").getUTCFullYear();
    expect(number).toBe(`LIT/0001/JKS/${year}`);

    l = await prisma.litmas.findUniqueOrThrow({ where: { id } });
    expect(l).toMatchObject({ status: "APPROVED", number, approvedById: w.kepala.id, currentVersionNo: 3, reviewNotes: null });
    expect(l.approvedAt).toBeInstanceOf(Date);
    const detail = (await getLitmas(kepala, id))!;
    expect(detail.events.map((e) => e.action)).toEqual(["REQUESTED", "ASSIGNED", "DRAFT_SAVED", "DRAFT_SAVED", "SUBMITTED", "RETURNED", "DRAFT_SAVED", "SUBMITTED", "TPP_REVIEWED", "APPROVED"]);
    expect(detail.events.find((e) => e.action === "RETURNED")).toMatchObject({ actorName: w.kepala.name, note: "Lengkapi hasil asesmen risiko." });
    expect(detail.versions.map((x) => x.versionNo)).toEqual([3, 2, 1]);
    expect((await getLitmasVersion(pk, id, 1))!.sections.analisis).toBe("");
    expect((await getLitmasVersion(pk, id, 3))!.sections.analisis).toBe("Risiko rendah (asesmen terlampir).");
    // Two versions compared: older first whichever way asked, audited once as a compare.
    const pair = (await getLitmasVersionPair(kepala, id, 1, 3))!;
    expect([pair.older.versionNo, pair.newer.versionNo, pair.newer.sections.analisis]).toEqual([1, 3, "Risiko rendah (asesmen terlampir)."]);
    expect(await getLitmasVersionPair(kepala, id, 2, 2)).toBeNull();
    expect(await getLitmasVersionPair(kepala, id, 1, 9)).toBeNull();
    expect(await prisma.auditEvent.count({ where: { entityId: id, action: "litmas.version.compare" } })).toBe(1);

    // Locked: nothing more can be written or reviewed.
    expect(await code(saveLitmasDraft(pk, { litmasId: id, version: l.version, sections: DEFAULT_LITMAS_SECTIONS }))).toBe("CONFLICT");
    expect(await code(returnLitmas(kepala, { litmasId: id, version: l.version, notes: "Tolong ubah lagi." }))).toBe("CONFLICT");
    expect(await code(cancelLitmas(kepala, { litmasId: id, version: l.version, reason: "Tidak jadi dipakai." }))).toBe("CONFLICT");

    // Every write is audited.
    const actions = (await prisma.auditEvent.findMany({ where: { entityId: id }, orderBy: { id: "asc" } })).map((a) => a.action);
    expect(actions.filter((a) => a !== "litmas.view" && a !== "litmas.version.view" && a !== "litmas.version.compare")).toEqual([
      "litmas.request", "litmas.assign", "litmas.draft.save", "litmas.draft.save", "litmas.submit", "litmas.return",
      "litmas.draft.save", "litmas.submit", "litmas.tpp-review", "litmas.approve",
    ]);
  });

  it("refuses a stale draft save with a conflict and keeps the newer one", async () => {
    const w = await world();
    const l = await createLitmas(prisma, { officeId: w.jks.id, clientId: w.clientA.id, status: "ASSIGNED", assignedPkId: w.pkA.id, reviewerId: w.kepala.id });
    const pk = await w.as(w.pkA);
    await saveLitmasDraft(pk, { litmasId: l.id, version: l.version, sections: { ...DEFAULT_LITMAS_SECTIONS, analisis: "Tab pertama" } });
    const stale = saveLitmasDraft(pk, { litmasId: l.id, version: l.version, sections: { ...DEFAULT_LITMAS_SECTIONS, analisis: "Tab kedua" } });
    await expect(stale).rejects.toThrow(/Draf tidak disimpan/);
    const row = await prisma.litmas.findUniqueOrThrow({ where: { id: l.id }, include: { versions: true } });
    expect((row.sections as LitmasSections).analisis).toBe("Tab pertama");
    expect(row.versions).toHaveLength(1);
  });

  it("two simultaneous saves of the same version store exactly one", async () => {
    const w = await world();
    const l = await createLitmas(prisma, { officeId: w.jks.id, clientId: w.clientA.id, status: "ASSIGNED", assignedPkId: w.pkA.id, reviewerId: w.kepala.id });
    const pk = await w.as(w.pkA);
    const results = await Promise.all(["A", "B"].map((t) => code(saveLitmasDraft(pk, { litmasId: l.id, version: l.version, sections: { ...DEFAULT_LITMAS_SECTIONS, analisis: t } }))));
    expect(results.sort()).toEqual(["CONFLICT", "OK"]);
    expect(await prisma.litmasVersion.count({ where: { litmasId: l.id } })).toBe(1);
  });

  it("two simultaneous approvals produce exactly one approval and one number", async () => {
    const w = await world();
    const l = await submitted(w);
    const kepala = await w.as(w.kepala);
    const results = await Promise.all([approveLitmas(kepala, { litmasId: l.id, version: l.version }), approveLitmas(kepala, { litmasId: l.id, version: l.version })].map(code));
    expect(results.sort()).toEqual(["CONFLICT", "OK"]);
    expect(await prisma.litmasEvent.count({ where: { litmasId: l.id, action: "APPROVED" } })).toBe(1);
    expect(await prisma.auditEvent.count({ where: { entityId: l.id, action: "litmas.approve" } })).toBe(1);
    const counter = await prisma.officeCounter.findFirstOrThrow({ where: { officeId: w.jks.id, kind: "LITMAS" } });
    expect(counter.value).toBe(1);
    expect((await prisma.litmas.findUniqueOrThrow({ where: { id: l.id } })).number).toMatch(/^LIT\/0001\/JKS\//);
  });

  it("numbers approvals per office and year in sequence", async () => {
    const w = await world();
    const kepala = await w.as(w.kepala);
    const a = await submitted(w);
    const b = await createLitmas(prisma, { officeId: w.jks.id, clientId: w.clientB.id, status: "SUBMITTED", assignedPkId: w.pkB.id, reviewerId: w.kepala.id });
    const c = await createLitmas(prisma, { officeId: w.mks.id, clientId: w.clientMks.id, status: "SUBMITTED", assignedPkId: w.pkMks.id, reviewerId: w.kepalaMks.id });
    expect((await approveLitmas(kepala, { litmasId: a.id, version: a.version })).number).toMatch(/^LIT\/0001\/JKS\//);
    expect((await approveLitmas(kepala, { litmasId: b.id, version: b.version })).number).toMatch(/^LIT\/0002\/JKS\//);
    expect((await approveLitmas(await w.as(w.kepalaMks), { litmasId: c.id, version: c.version })).number).toMatch(/^LIT\/0001\/MKS\//);
  });
});

describe("litmas permissions and scope", () => {
  it("a PK cannot approve or return, and neither can an admin", async () => {
    const w = await world();
    const l = await submitted(w);
    for (const u of [w.pkA, w.pkB, w.admin]) {
      const actor = await w.as(u);
      expect(await code(approveLitmas(actor, { litmasId: l.id, version: l.version }))).toBe("FORBIDDEN");
      expect(await code(returnLitmas(actor, { litmasId: l.id, version: l.version, notes: "Perbaiki analisis." }))).toBe("FORBIDDEN");
    }
    expect((await prisma.litmas.findUniqueOrThrow({ where: { id: l.id } })).status).toBe("SUBMITTED");
  });

  it("a PK cannot dispose, write another PK's litmas, or save after submitting", async () => {
    const w = await world();
    const requested = await createLitmas(prisma, { officeId: w.jks.id, clientId: w.clientA.id, status: "REQUESTED" });
    expect(await code(assignLitmas(await w.as(w.pkA), { litmasId: requested.id, pkId: w.pkA.id, version: requested.version }))).toBe("FORBIDDEN");
    const draft = await createLitmas(prisma, { officeId: w.jks.id, clientId: w.clientA.id, status: "DRAFT", assignedPkId: w.pkA.id, reviewerId: w.kepala.id });
    expect(await code(saveLitmasDraft(await w.as(w.pkB), { litmasId: draft.id, version: draft.version, sections: DEFAULT_LITMAS_SECTIONS }))).toBe("NOT_FOUND");
    expect(await code(submitLitmas(await w.as(w.pkB), { litmasId: draft.id, version: draft.version }))).toBe("NOT_FOUND");
    // The Kepala does not write the PK's report.
    expect(await code(saveLitmasDraft(await w.as(w.kepala), { litmasId: draft.id, version: draft.version, sections: DEFAULT_LITMAS_SECTIONS }))).toBe("FORBIDDEN");
    const sub = await submitted(w);
    expect(await code(saveLitmasDraft(await w.as(w.pkA), { litmasId: sub.id, version: sub.version, sections: DEFAULT_LITMAS_SECTIONS }))).toBe("CONFLICT");
  });

  it("a PK who records a request for her client sees it until the Kepala disposes it, and cannot act on it", async () => {
    const w = await world();
    const pk = await w.as(w.pkA);
    const { id } = await requestLitmas(pk, { clientId: w.clientA.id, purpose: "PEMBIMBINGAN_AWAL", requesterInstitution: "Lapas Kelas I Cipinang" });
    expect((await getLitmas(pk, id))?.status).toBe("REQUESTED");
    expect((await listLitmas(pk, {})).items.map((i) => i.id)).toContain(id);
    const other = await w.as(w.pkB);
    expect(await getLitmas(other, id)).toBeNull();
    expect(await code(assignLitmas(pk, { litmasId: id, pkId: w.pkA.id, version: 1 }))).toBe("FORBIDDEN");
    // Disposed to another PK: no longer hers to read (that PK's draft is theirs).
    await assignLitmas(await w.as(w.kepala), { litmasId: id, pkId: w.pkB.id, version: 1 });
    expect(await getLitmas(pk, id)).toBeNull();
    expect((await listLitmas(pk, {})).items.map((i) => i.id)).not.toContain(id);
    expect((await getLitmas(other, id))?.status).toBe("ASSIGNED");
  });

  it("nobody outside the office sees a litmas; a PK sees only those assigned to them", async () => {
    const w = await world();
    const approved = await createLitmas(prisma, { officeId: w.jks.id, clientId: w.clientA.id, status: "APPROVED", assignedPkId: w.pkA.id, reviewerId: w.kepala.id });
    const other = await createLitmas(prisma, { officeId: w.jks.id, clientId: w.clientB.id, status: "DRAFT", assignedPkId: w.pkB.id, reviewerId: w.kepala.id });
    const ids = async (u: { id: string }) => (await listLitmas(await w.as(u), { status: "SEMUA" })).items.map((i) => i.id).sort();

    expect(await ids(w.pkA)).toEqual([approved.id]);
    expect(await ids(w.pkB)).toEqual([other.id]);
    expect(await ids(w.kepala)).toEqual([approved.id, other.id].sort());
    expect(await ids(w.admin)).toEqual([approved.id, other.id].sort());
    for (const u of [w.kepalaMks, w.adminMks, w.pkMks]) expect(await ids(u)).toEqual([]);

    // Detail, versions and the printable report follow the same scope.
    for (const u of [w.pkB, w.kepalaMks, w.adminMks, w.pkMks]) {
      const actor = await w.as(u);
      expect(await getLitmas(actor, approved.id)).toBeNull();
      expect(await getLitmasVersion(actor, approved.id, 1)).toBeNull();
      expect(await getLitmasVersionPair(actor, approved.id, 1, 2)).toBeNull();
      expect(await getLitmasReportData(actor, approved.id)).toBeNull();
    }
    for (const u of [w.pkA, w.kepala, w.admin]) expect(await getLitmasReportData(await w.as(u), approved.id)).not.toBeNull();
    // Another office's Kepala cannot act on it either.
    const sub = await submitted(w);
    expect(await code(approveLitmas(await w.as(w.kepalaMks), { litmasId: sub.id, version: sub.version }))).toBe("NOT_FOUND");
    expect(await code(assignLitmas(await w.as(w.adminMks), { litmasId: sub.id, pkId: w.pkMks.id, version: sub.version }))).toBe("NOT_FOUND");
  });

  it("a PK who takes a client over reads its approved reports, not another PK's drafts", async () => {
    const w = await world();
    const approved = await createLitmas(prisma, { officeId: w.jks.id, clientId: w.clientA.id, status: "APPROVED", assignedPkId: w.pkA.id, reviewerId: w.kepala.id });
    const draft = await createLitmas(prisma, { officeId: w.jks.id, clientId: w.clientA.id, status: "DRAFT", assignedPkId: w.pkA.id, reviewerId: w.kepala.id });
    await prisma.client.update({ where: { id: w.clientA.id }, data: { assignedPkId: w.pkB.id } });
    const pkB = await w.as(w.pkB);
    expect((await getLitmas(pkB, approved.id))?.id).toBe(approved.id);
    expect(await getLitmasReportData(pkB, approved.id)).not.toBeNull();
    expect(await getLitmas(pkB, draft.id)).toBeNull();
    // Their work list stays their own.
    expect((await listLitmas(pkB, { status: "SEMUA" })).items.map((i) => i.id)).not.toContain(approved.id);
  });

  it("a request is only for a client in the user's scope, and disposition only to a PK of the office", async () => {
    const w = await world();
    const pk = await w.as(w.pkA);
    expect(await code(requestLitmas(pk, { clientId: w.clientB.id, purpose: "PEMBIMBINGAN_AWAL", requesterInstitution: "Bapas" }))).toBe("VALIDATION");
    expect(await code(requestLitmas(await w.as(w.kepalaMks), { clientId: w.clientA.id, purpose: "PEMBIMBINGAN_AWAL", requesterInstitution: "Bapas" }))).toBe("VALIDATION");
    const { id } = await requestLitmas(pk, { clientId: w.clientA.id, purpose: "PEMBIMBINGAN_AWAL", requesterInstitution: "Bapas Kelas I Jakarta Selatan" });
    expect(await code(assignLitmas(await w.as(w.kepala), { litmasId: id, pkId: w.pkMks.id, version: 1 }))).toBe("VALIDATION");
    expect(await code(assignLitmas(await w.as(w.kepala), { litmasId: id, pkId: w.admin.id, version: 1 }))).toBe("VALIDATION");
    expect(await prisma.litmas.count({ where: { status: "REQUESTED" } })).toBe(1);
    expect(await prisma.litmasEvent.count({ where: { litmasId: id } })).toBe(1);
  });
});

describe("litmas deadlines", () => {
  it("diversi and sidang anak run 3 days from the request; other purposes follow the office's settings", async () => {
    const w = await world();
    await prisma.office.update({ where: { id: w.jks.id }, data: { settings: { litmas: { defaultDueDays: 10, dueDays: { SIDANG_DEWASA: 5 } } } } });
    const kepala = await w.as(w.kepala);
    const diversi = await request(w, "DIVERSI");
    const d0 = await prisma.litmas.findUniqueOrThrow({ where: { id: diversi.id } });
    expect(d0.dueAt!.getTime() - d0.receivedAt.getTime()).toBe(3 * 86_400_000);
    await assignLitmas(kepala, { litmasId: diversi.id, pkId: w.pkA.id, version: 1 });
    expect((await prisma.litmas.findUniqueOrThrow({ where: { id: diversi.id } })).dueAt).toEqual(d0.dueAt);

    const anak = await request(w, "SIDANG_ANAK");
    const a0 = await prisma.litmas.findUniqueOrThrow({ where: { id: anak.id } });
    expect(a0.dueAt!.getTime() - a0.receivedAt.getTime()).toBe(3 * 86_400_000);

    const sidang = await request(w, "SIDANG_DEWASA");
    await assignLitmas(kepala, { litmasId: sidang.id, pkId: w.pkA.id, version: 1 });
    const s = await prisma.litmas.findUniqueOrThrow({ where: { id: sidang.id } });
    expect(s.dueAt!.getTime() - s.assignedAt!.getTime()).toBe(5 * 86_400_000);

    // Broken settings fall back to the defaults instead of failing.
    await prisma.office.update({ where: { id: w.jks.id }, data: { settings: { litmas: { defaultDueDays: "banyak" } } } });
    const other = await request(w, "SIDANG_DEWASA");
    await assignLitmas(kepala, { litmasId: other.id, pkId: w.pkA.id, version: 1 });
    const o = await prisma.litmas.findUniqueOrThrow({ where: { id: other.id } });
    expect(o.dueAt!.getTime() - o.assignedAt!.getTime()).toBe(14 * 86_400_000);
  });

  it("flags and filters overdue litmas", async () => {
    const w = await world();
    const now = new Date();
    const late = await createLitmas(prisma, { officeId: w.jks.id, clientId: w.clientA.id, status: "DRAFT", assignedPkId: w.pkA.id, reviewerId: w.kepala.id, dueAt: new Date(now.getTime() - 3_600_000) });
    const soon = await createLitmas(prisma, { officeId: w.jks.id, clientId: w.clientA.id, status: "ASSIGNED", assignedPkId: w.pkA.id, reviewerId: w.kepala.id, dueAt: new Date(now.getTime() + 3_600_000) });
    await createLitmas(prisma, { officeId: w.jks.id, clientId: w.clientA.id, status: "APPROVED", assignedPkId: w.pkA.id, reviewerId: w.kepala.id, dueAt: new Date(now.getTime() - 86_400_000 * 30) });
    const list = await listLitmas(await w.as(w.pkA), {});
    expect(Object.fromEntries(list.items.map((i) => [i.id, i.dueState]))).toEqual({ [late.id]: "OVERDUE", [soon.id]: "DUE_SOON" });
    const overdue = await listLitmas(await w.as(w.kepala), { overdue: "1" });
    expect(overdue.items.map((i) => i.id)).toEqual([late.id]);
  });
});

describe("litmas PDF", () => {
  it("prints the approved report with the client's name, the number, the letterhead and both signers", async () => {
    const w = await world();
    const l = await createLitmas(prisma, { officeId: w.jks.id, clientId: w.clientA.id, status: "APPROVED", assignedPkId: w.pkA.id, reviewerId: w.kepala.id });
    const data = (await getLitmasReportData(await w.as(w.pkA), l.id))!;
    const pdf = await renderLitmasPdf(data);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
    for (const s of ["Sutrisno Hadi Prasetyo", l.number!, "KEMENTERIAN IMIGRASI DAN PEMASYARAKATAN", "Rina Wulandari", "Dr. Hendra Kurniawan", "Mengetahui", "Yang membuat", "KESIMPULAN DAN REKOMENDASI"]) {
      expect(text).toContain(s);
    }
    expect(await prisma.auditEvent.count({ where: { action: "litmas.download", entityId: l.id } })).toBe(1);
  });

  it("has no printable report before approval", async () => {
    const w = await world();
    const l = await submitted(w);
    expect(await getLitmasReportData(await w.as(w.kepala), l.id)).toBeNull();
  });
});

describe("the request form's client picker (a bounded search, not the office's whole list)", () => {
  it("finds active clients in scope by part of the name or the start of the register number, and nothing else", async () => {
    const w = await world();
    const kepala = await w.as(w.kepala);
    const pkA = await w.as(w.pkA);
    const byName = await searchRequestableClients(kepala, "hadi pras");
    expect(byName.map((c) => c.id)).toEqual([w.clientA.id]);
    const reg = (await prisma.client.findUniqueOrThrow({ where: { id: w.clientA.id }, select: { registerNumber: true } })).registerNumber;
    expect((await searchRequestableClients(kepala, reg.slice(0, reg.length - 1))).map((c) => c.id)).toContain(w.clientA.id);
    // A PK sees only their caseload; another office's client is never offered.
    expect((await searchRequestableClients(pkA, "hadi")).map((c) => c.id)).toEqual([w.clientA.id]);
    const nameB = (await prisma.client.findUniqueOrThrow({ where: { id: w.clientB.id }, select: { fullName: true } })).fullName;
    expect(await searchRequestableClients(pkA, nameB)).toEqual([]);
    const nameMks = (await prisma.client.findUniqueOrThrow({ where: { id: w.clientMks.id }, select: { fullName: true } })).fullName;
    expect((await searchRequestableClients(kepala, nameMks)).map((c) => c.id)).not.toContain(w.clientMks.id);
    // One letter is not a search; an ended client is not requestable.
    expect(await searchRequestableClients(kepala, "S")).toEqual([]);
    await prisma.client.update({ where: { id: w.clientA.id }, data: { status: "SELESAI", statusDate: new Date("2026-11-01") } });
    expect(await searchRequestableClients(kepala, "hadi pras")).toEqual([]);
    expect(await getRequestableClient(kepala, w.clientA.id)).toBeNull();
    expect(await getRequestableClient(kepala, w.clientB.id)).toMatchObject({ id: w.clientB.id });
    expect(await getRequestableClient(await w.as(w.kepalaMks), w.clientB.id)).toBeNull();
  });

  it("returns at most the picker's limit", async () => {
    const w = await world();
    for (let i = 0; i < PICKER_LIMIT + 3; i++) await createClient(prisma, { officeId: w.jks.id, officeCode: "JKS", assignedPkId: w.pkA.id, fullName: `Wahyu Picker ${i}` });
    expect(await searchRequestableClients(await w.as(w.kepala), "wahyu picker")).toHaveLength(PICKER_LIMIT);
  });
});
