// The litmas for anyone, finished: the sidang TPP before approving integrasi and asimilasi, the
// delivery to the requester, and sections (BKD/BKA) with the Kasi who assigns PKs within one.
import { describe, expect, it } from "vitest";
import { addDays, todayIn, toIsoDate } from "@/lib/domain/calendar";
import { prisma } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { getLitmasReportData } from "@/lib/server/pdf/litmas-data";
import { countUndeliveredLitmas, getKasiInbox, getLitmas, listAssignablePks, listLitmas, listLitmasForTpp } from "@/lib/server/queries/litmas";
import { approveLitmas } from "@/lib/server/services/approve-litmas";
import { assignLitmas, disposeLitmasToSection } from "@/lib/server/services/assign-litmas";
import { cancelLitmas } from "@/lib/server/services/cancel-litmas";
import { deliverLitmas } from "@/lib/server/services/deliver-litmas";
import { requestLitmas } from "@/lib/server/services/request-litmas";
import { returnLitmas } from "@/lib/server/services/return-litmas";
import { createLitmas, createOffice, createUser } from "../factories";
import { actorFor } from "../support/actors";
import { reviewLitmasInTpp } from "../support/tpp";
import type { LitmasPurpose } from "@/lib/domain/enums";
import { ZCreateUser } from "@/lib/schemas/user-admin";
import { decideAccountChange } from "@/lib/server/services/decide-account-change";
import { createUser as createUserService } from "@/lib/server/services/create-user";

async function world() {
  const jks = await createOffice(prisma, { code: "JKS", name: "Bapas Kelas I Jakarta Selatan", timeZone: "Asia/Jakarta" });
  await prisma.office.update({ where: { id: jks.id }, data: { usesSections: true } });
  const mks = await createOffice(prisma, { code: "MKS", name: "Bapas Kelas I Makassar", timeZone: "Asia/Makassar" });
  const kepala = await createUser(prisma, { officeId: jks.id, role: "KEPALA_BAPAS" });
  const admin = await createUser(prisma, { officeId: jks.id, role: "ADMIN" });
  const kasiBkd = await createUser(prisma, { officeId: jks.id, role: "KASI", section: "BKD" });
  const kasiBka = await createUser(prisma, { officeId: jks.id, role: "KASI", section: "BKA" });
  const pkBkd = await createUser(prisma, { officeId: jks.id, role: "PK", section: "BKD" });
  const pkBka = await createUser(prisma, { officeId: jks.id, role: "PK", section: "BKA" });
  const pkBka2 = await createUser(prisma, { officeId: jks.id, role: "PK", section: "BKA" });
  const kepalaMks = await createUser(prisma, { officeId: mks.id, role: "KEPALA_BAPAS" });
  const person = await prisma.person.create({ data: { officeId: jks.id, fullName: "Sutrisno Hadi" } });
  return { jks, mks, kepala, admin, kasiBkd, kasiBka, pkBkd, pkBka, pkBka2, kepalaMks, person, as: (u: { id: string }) => actorFor(u.id) };
}
type World = Awaited<ReturnType<typeof world>>;

async function code(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return "OK";
  } catch (e) {
    if (e instanceof AppError) return e.code;
    throw e;
  }
}
async function message(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return "OK";
  } catch (e) {
    if (e instanceof AppError) return e.message;
    throw e;
  }
}

const prisoner = { fullName: "Joko Susilo", birthDate: "1988-04-12", gender: "LAKI_LAKI" as const };
const requestFor = async (w: World, purpose: LitmasPurpose = "INTEGRASI_PB") =>
  (await requestLitmas(await w.as(w.admin), {
    subject: "PERSON", person: prisoner, confirmNewPerson: true, purpose, requesterType: "LAPAS",
    requesterInstitution: "Lapas Kelas I Cipinang", custodyInstitution: "Lapas Kelas I Cipinang",
  })).id;
const submittedOf = (w: World, purpose: LitmasPurpose) =>
  createLitmas(prisma, { officeId: w.jks.id, personId: w.person.id, clientId: null, purpose, status: "SUBMITTED", assignedPkId: w.pkBkd.id, reviewerId: w.kepala.id });
const fresh = world;
const nothingChanged = async (id: string, before: { version: number }) =>
  expect((await prisma.litmas.findUniqueOrThrow({ where: { id } })).version).toBe(before.version);

describe("the sidang TPP before approving integrasi and asimilasi", () => {
  it("refuses approval of an integrasi PB litmas until a TPP has discussed it, and allows diversi without one", async () => {
    const w = await fresh();
    const kepala = await w.as(w.kepala);
    const pb = await submittedOf(w, "INTEGRASI_PB");
    expect(await message(approveLitmas(kepala, { litmasId: pb.id, version: pb.version }))).toMatch(/harus dibahas dalam sidang TPP/);
    await nothingChanged(pb.id, pb);
    expect(await prisma.litmasEvent.count({ where: { litmasId: pb.id, action: "APPROVED" } })).toBe(0);

    const diversi = await submittedOf(w, "DIVERSI");
    expect(await code(approveLitmas(kepala, { litmasId: diversi.id, version: diversi.version }))).toBe("OK");

    // The TPP page offers the PB litmas, not the diversi one; the session records the outcome on it.
    expect((await listLitmasForTpp(kepala)).map((l) => l.id)).toEqual([pb.id]);
    const session = await reviewLitmasInTpp(kepala, [pb.id], "SETUJU", "Layak diusulkan PB.");
    const row = await prisma.litmas.findUniqueOrThrow({ where: { id: pb.id } });
    expect(row).toMatchObject({ status: "SUBMITTED", tppSessionId: session.id, tppRecommendation: "SETUJU", tppNotes: "Layak diusulkan PB.", version: pb.version + 1 });
    expect(await prisma.litmasEvent.count({ where: { litmasId: pb.id, action: "TPP_REVIEWED" } })).toBe(1);
    expect(await prisma.auditEvent.count({ where: { entityId: pb.id, action: "litmas.tpp-review" } })).toBe(1);
    expect(await listLitmasForTpp(kepala)).toEqual([]);
    const detail = (await getLitmas(kepala, pb.id))!;
    expect(detail.tppSession?.id).toBe(session.id);

    expect(await code(approveLitmas(kepala, { litmasId: pb.id, version: row.version }))).toBe("OK");
    const report = (await getLitmasReportData(kepala, pb.id))!;
    expect(report.tpp).toMatch(/^Sidang TPP tanggal .*rekomendasi: setuju$/);
    expect(report.sections.map((s) => s.title)).toContain("Perkembangan pembinaan di Lapas");
  });

  it("a deferred (tunda) litmas is not approvable and goes back on the next session", async () => {
    const w = await fresh();
    const kepala = await w.as(w.kepala);
    const l = await submittedOf(w, "ASIMILASI");
    await reviewLitmasInTpp(kepala, [l.id], "TUNDA");
    expect(await message(approveLitmas(kepala, { litmasId: l.id, version: l.version + 1 }))).toMatch(/menunda/);
    expect((await listLitmasForTpp(kepala)).map((x) => x.id)).toEqual([l.id]);
    await reviewLitmasInTpp(kepala, [l.id], "SETUJU");
    expect(await code(approveLitmas(kepala, { litmasId: l.id, version: l.version + 2 }))).toBe("OK");
  });

  it("refuses to put on a TPP a litmas not awaiting one (draft, diversi, already discussed, another office)", async () => {
    const w = await fresh();
    const kepala = await w.as(w.kepala);
    const draft = await createLitmas(prisma, { officeId: w.jks.id, personId: w.person.id, purpose: "INTEGRASI_PB", status: "DRAFT", assignedPkId: w.pkBkd.id, reviewerId: w.kepala.id });
    const diversi = await submittedOf(w, "DIVERSI");
    for (const id of [draft.id, diversi.id]) {
      expect(await code(reviewLitmasInTpp(kepala, [id]))).toBe("VALIDATION");
    }
    const pb = await submittedOf(w, "INTEGRASI_PB");
    await reviewLitmasInTpp(kepala, [pb.id]);
    expect(await code(reviewLitmasInTpp(kepala, [pb.id]))).toBe("VALIDATION");
    expect(await code(reviewLitmasInTpp(await w.as(w.kepalaMks), [diversi.id]))).toBe("NOT_FOUND");
    // Nothing was written by the refused sessions.
    expect(await prisma.tppSession.count({ where: { officeId: w.jks.id } })).toBe(1);
  });
});

describe("delivery to the requester", () => {
  async function approved(w: World) {
    const l = await submittedOf(w, "DIVERSI");
    await approveLitmas(await w.as(w.kepala), { litmasId: l.id, version: l.version });
    return prisma.litmas.findUniqueOrThrow({ where: { id: l.id } });
  }

  it("records the day, how and to whom once, audited, and shows in the list and the Kepala's count", async () => {
    const w = await fresh();
    const kepala = await w.as(w.kepala);
    const l = await approved(w);
    expect(await countUndeliveredLitmas(kepala)).toBe(1);
    expect((await listLitmas(kepala, { kirim: "BELUM" })).items.map((i) => i.id)).toEqual([l.id]);
    const today = toIsoDate(todayIn("Asia/Jakarta"));
    const input = { litmasId: l.id, version: l.version, deliveredOn: today, deliveryMethod: "DIANTAR_LANGSUNG" as const, deliveredTo: "Petugas registrasi Lapas Kelas I Cipinang" };
    // The PK who wrote it may record it too.
    await deliverLitmas(await w.as(w.pkBkd), input);
    const row = await prisma.litmas.findUniqueOrThrow({ where: { id: l.id } });
    expect(row).toMatchObject({ deliveryMethod: "DIANTAR_LANGSUNG", deliveredTo: input.deliveredTo, deliveredById: w.pkBkd.id });
    expect(row.deliveredAt).toBeInstanceOf(Date);
    expect(await prisma.litmasEvent.count({ where: { litmasId: l.id, action: "DELIVERED" } })).toBe(1);
    expect(await prisma.auditEvent.count({ where: { entityId: l.id, action: "litmas.deliver" } })).toBe(1);
    expect(await countUndeliveredLitmas(kepala)).toBe(0);
    expect((await listLitmas(kepala, { kirim: "SUDAH" })).items.map((i) => i.id)).toEqual([l.id]);
    expect(await code(deliverLitmas(kepala, { ...input, version: row.version }))).toBe("CONFLICT");
  });

  it("refuses a future day, a day before the approval, and a report not approved; nothing is written", async () => {
    const w = await fresh();
    const kepala = await w.as(w.kepala);
    const l = await approved(w);
    const today = todayIn("Asia/Jakarta");
    const base = { litmasId: l.id, version: l.version, deliveryMethod: "POS" as const, deliveredTo: "Lapas Kelas I Cipinang" };
    expect(await message(deliverLitmas(kepala, { ...base, deliveredOn: toIsoDate(addDays(today, 1)) }))).toMatch(/masa depan/);
    expect(await message(deliverLitmas(kepala, { ...base, deliveredOn: toIsoDate(addDays(todayIn("Asia/Jakarta", l.approvedAt!), -1)) }))).toMatch(/sebelum litmas disetujui/);
    const submitted = await submittedOf(w, "DIVERSI");
    expect(await message(deliverLitmas(kepala, { ...base, litmasId: submitted.id, version: submitted.version, deliveredOn: toIsoDate(today) }))).toMatch(/sudah disetujui/);
    expect(await code(deliverLitmas(await w.as(w.kepalaMks), { ...base, deliveredOn: toIsoDate(today) }))).toBe("NOT_FOUND");
    await nothingChanged(l.id, l);
    expect(await prisma.litmasEvent.count({ where: { action: "DELIVERED" } })).toBe(0);
    expect(await prisma.auditEvent.count({ where: { action: "litmas.deliver" } })).toBe(0);
  });
});

describe("sections and the Kasi", () => {
  it("the Kepala disposes to a section; its Kasi sees it and assigns a PK of the section", async () => {
    const w = await fresh();
    const kepala = await w.as(w.kepala);
    const id = await requestFor(w, "DIVERSI");
    const v = (await disposeLitmasToSection(kepala, { litmasId: id, section: "BKA", version: 1 })).version;
    const row = await prisma.litmas.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "REQUESTED", section: "BKA", disposedById: w.kepala.id, assignedPkId: null });
    expect(await prisma.litmasEvent.count({ where: { litmasId: id, action: "DISPOSED_TO_SECTION" } })).toBe(1);
    expect(await prisma.auditEvent.count({ where: { entityId: id, action: "litmas.dispose-section" } })).toBe(1);

    const kasiBka = await w.as(w.kasiBka);
    const inbox = await getKasiInbox(kasiBka);
    expect(inbox.waiting.map((l) => l.id)).toEqual([id]);
    expect(inbox.pks.map((p) => p.id).sort()).toEqual([w.pkBka.id, w.pkBka2.id].sort());
    expect((await getKasiInbox(await w.as(w.kasiBkd))).waiting).toEqual([]);
    expect((await listAssignablePks(kasiBka)).every((p) => p.section === "BKA")).toBe(true);

    await assignLitmas(kasiBka, { litmasId: id, pkId: w.pkBka.id, version: v });
    const assigned = await prisma.litmas.findUniqueOrThrow({ where: { id } });
    expect(assigned).toMatchObject({ status: "ASSIGNED", assignedPkId: w.pkBka.id, section: "BKA" });
    expect((await prisma.litmasEvent.findFirstOrThrow({ where: { litmasId: id, action: "ASSIGNED" } })).actorId).toBe(w.kasiBka.id);
    expect(await prisma.auditEvent.count({ where: { entityId: id, action: "litmas.assign", userId: w.kasiBka.id } })).toBe(1);
    // Moving it to another PK of the section is the Kasi's too.
    await assignLitmas(kasiBka, { litmasId: id, pkId: w.pkBka2.id, version: assigned.version });
  });

  it("a Kasi of BKD cannot assign a BKA litmas, nor a PK of BKA, nor a request not yet disposed; nothing changes", async () => {
    const w = await fresh();
    const kepala = await w.as(w.kepala);
    const kasiBkd = await w.as(w.kasiBkd);
    const bka = await requestFor(w, "DIVERSI");
    await disposeLitmasToSection(kepala, { litmasId: bka, section: "BKA", version: 1 });
    expect(await message(assignLitmas(kasiBkd, { litmasId: bka, pkId: w.pkBkd.id, version: 2 }))).toBe("Perkara ini tidak didisposisikan ke seksi Anda.");
    expect(await message(assignLitmas(kasiBkd, { litmasId: bka, pkId: w.pkBka.id, version: 2 }))).toBe("Perkara ini tidak didisposisikan ke seksi Anda.");

    const bkd = await requestFor(w, "INTEGRASI_PB");
    await disposeLitmasToSection(kepala, { litmasId: bkd, section: "BKD", version: 1 });
    expect(await message(assignLitmas(kasiBkd, { litmasId: bkd, pkId: w.pkBka.id, version: 2 }))).toBe("PK tersebut bukan anggota seksi Anda.");
    expect(await code(assignLitmas(kasiBkd, { litmasId: bkd, pkId: w.pkBka.id, version: 2 }))).toBe("FORBIDDEN");

    const undisposed = await requestFor(w, "PEMBIMBINGAN_AWAL");
    expect(await code(assignLitmas(kasiBkd, { litmasId: undisposed, pkId: w.pkBkd.id, version: 1 }))).toBe("FORBIDDEN");
    for (const id of [bka, bkd, undisposed]) {
      expect(await prisma.litmas.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "REQUESTED", assignedPkId: null });
    }
    expect(await prisma.auditEvent.count({ where: { userId: w.kasiBkd.id, action: { startsWith: "litmas.assign" } } })).toBe(0);
    // The Kasi's own section works.
    expect(await code(assignLitmas(kasiBkd, { litmasId: bkd, pkId: w.pkBkd.id, version: 2 }))).toBe("OK");
  });

  it("a Kasi can never dispose to a section, approve, return, cancel or record a TPP", async () => {
    const w = await fresh();
    const kasi = await w.as(w.kasiBkd);
    const req = await requestFor(w, "INTEGRASI_PB");
    expect(await code(disposeLitmasToSection(kasi, { litmasId: req, section: "BKD", version: 1 }))).toBe("FORBIDDEN");
    const l = await submittedOf(w, "DIVERSI");
    expect(await code(approveLitmas(kasi, { litmasId: l.id, version: l.version }))).toBe("FORBIDDEN");
    expect(await code(returnLitmas(kasi, { litmasId: l.id, version: l.version, notes: "Perbaiki analisis." }))).toBe("FORBIDDEN");
    expect(await code(cancelLitmas(kasi, { litmasId: l.id, version: l.version, reason: "Tidak diperlukan lagi." }))).toBe("FORBIDDEN");
    expect(await code(reviewLitmasInTpp(kasi, [l.id]))).toBe("FORBIDDEN");
    await nothingChanged(l.id, l);
  });

  it("a Kasi reads the office's litmas like the Kepala", async () => {
    const w = await fresh();
    const l = await submittedOf(w, "DIVERSI");
    const kasi = await w.as(w.kasiBka);
    expect((await listLitmas(kasi, { status: "SEMUA" })).items.map((i) => i.id)).toEqual([l.id]);
    expect(await getLitmas(kasi, l.id)).not.toBeNull();
  });

  it("disposition to a section needs an office with sections and an active Kasi there", async () => {
    const w = await fresh();
    const kepala = await w.as(w.kepala);
    const id = await requestFor(w, "DIVERSI");
    await prisma.user.update({ where: { id: w.kasiBka.id }, data: { active: false } });
    expect(await message(disposeLitmasToSection(kepala, { litmasId: id, section: "BKA", version: 1 }))).toMatch(/Belum ada Kasi aktif/);
    await prisma.office.update({ where: { id: w.jks.id }, data: { usesSections: false } });
    expect(await message(disposeLitmasToSection(await w.as(w.kepala), { litmasId: id, section: "BKD", version: 1 }))).toMatch(/tidak bekerja dengan seksi/);
    expect(await prisma.litmas.findUniqueOrThrow({ where: { id } })).toMatchObject({ section: null, version: 1 });
    // Directly to a PK, as before, in an office with sections: the litmas belongs to the PK's section.
    await prisma.office.update({ where: { id: w.jks.id }, data: { usesSections: true } });
    await assignLitmas(await w.as(w.kepala), { litmasId: id, pkId: w.pkBka.id, version: 1 });
    expect(await prisma.litmas.findUniqueOrThrow({ where: { id } })).toMatchObject({ section: "BKA", disposedById: w.kepala.id });
  });
});

describe("the admin's Kasi and sections", () => {
  const input = (over: Record<string, string>) =>
    ZCreateUser.parse({ name: "Kasi Baru, S.H.", email: `kasi.${Math.random().toString(36).slice(2, 8)}@uji.bimbing.id`, nip: "", role: "KASI", pkLevel: "", section: "BKA", capacity: "40", password: "Rahasia12345", ...over });

  it("a Kasi needs a section, and exists only in an office with sections", async () => {
    const w = await fresh();
    const admin = await w.as(w.admin);
    expect(ZCreateUser.safeParse({ ...input({}), section: "" }).success).toBe(false);
    const { id } = await createUserService(admin, input({}));
    expect(await prisma.user.findUniqueOrThrow({ where: { id: id! } })).toMatchObject({ role: "KASI", section: "BKA" });
    // An admin's or the Kepala's section is never stored (an admin account waits for the Kepala).
    const { pending } = await createUserService(admin, input({ role: "ADMIN" }));
    const { targetUserId: other } = await decideAccountChange(await w.as(w.kepala), { changeId: pending!.changeId, version: 1, decision: "CONFIRM", note: "" });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: other! } })).section).toBeNull();
    await prisma.office.update({ where: { id: w.jks.id }, data: { usesSections: false } });
    expect(await message(createUserService(await w.as(w.admin), input({})))).toMatch(/tidak bekerja dengan seksi/);
  });
});
