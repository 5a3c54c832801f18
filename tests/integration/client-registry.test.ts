import { describe, expect, it } from "vitest";
import { buildNik } from "@/lib/domain/nik";
import { ZDecideTransfer, ZRegisterClient, ZUpdateClient, type RegisterClientInput } from "@/lib/schemas/client";
import { prisma } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { findNikMatches, getClientForEdit, searchClientsByNik } from "@/lib/server/queries/client-registry";
import { getClientFile } from "@/lib/server/queries/clients";
import { listTransfers } from "@/lib/server/queries/transfers";
import { getAssignablePks, getWorkloadDetails } from "@/lib/server/queries/workload";
import { assignClients } from "@/lib/server/services/assign-clients";
import { decideTransfer } from "@/lib/server/services/decide-transfer";
import { deleteClient } from "@/lib/server/services/delete-client";
import { recordClientDeath } from "@/lib/server/services/record-client-death";
import { registerClient } from "@/lib/server/services/register-client";
import { requestTransfer } from "@/lib/server/services/request-transfer";
import { setPkCapacity } from "@/lib/server/services/set-pk-capacity";
import { updateClient } from "@/lib/server/services/update-client";
import { createClient, createOffice, createUser } from "../factories";
import { actorFor } from "../support/actors";

async function world() {
  const jks = await createOffice(prisma, { code: "JKS", name: "Bapas Kelas I Jakarta Selatan", timeZone: "Asia/Jakarta" });
  const mks = await createOffice(prisma, { code: "MKS", name: "Bapas Kelas I Makassar", timeZone: "Asia/Makassar" });
  const kepala = await createUser(prisma, { officeId: jks.id, role: "KEPALA_BAPAS" });
  const admin = await createUser(prisma, { officeId: jks.id, role: "ADMIN" });
  const pkA = await createUser(prisma, { officeId: jks.id, role: "PK", name: "Ayu PK", capacity: 5 });
  const pkB = await createUser(prisma, { officeId: jks.id, role: "PK", name: "Bayu PK", capacity: 5 });
  const pkOff = await createUser(prisma, { officeId: jks.id, role: "PK", name: "Citra PK", active: false });
  const kepalaMks = await createUser(prisma, { officeId: mks.id, role: "KEPALA_BAPAS" });
  const adminMks = await createUser(prisma, { officeId: mks.id, role: "ADMIN" });
  const pkMks = await createUser(prisma, { officeId: mks.id, role: "PK" });
  const clientA = await createClient(prisma, { officeId: jks.id, officeCode: "JKS", assignedPkId: pkA.id });
  const clientB = await createClient(prisma, { officeId: jks.id, officeCode: "JKS", assignedPkId: pkB.id });
  const clientMks = await createClient(prisma, { officeId: mks.id, officeCode: "MKS", assignedPkId: pkMks.id });
  return { jks, mks, kepala, admin, pkA, pkB, pkOff, kepalaMks, adminMks, pkMks, clientA, clientB, clientMks };
}

const birth = new Date(Date.UTC(1990, 4, 17));
function form(overrides: Partial<RegisterClientInput> = {}): RegisterClientInput {
  return {
    category: "DEWASA", fullName: "Slamet Riyadi", aliasName: "", nik: buildNik("317408", birth, "LAKI_LAKI", 12), birthPlace: "Bogor",
    birthDate: "1990-05-17", gender: "LAKI_LAKI", religion: "ISLAM", education: "SMA", occupation: "Ojek daring", maritalStatus: "KAWIN",
    address: "Jl. Melati No. 3, Jakarta Selatan", city: "Jakarta Selatan", phone: "0812 3456 7890", familyContactName: "Siti", familyContactRelation: "Istri",
    familyContactPhone: "", guarantorName: "Siti", guarantorRelation: "Istri", guarantorAddress: "", guarantorPhone: "",
    originType: "LAPAS", originInstitution: "Lapas Kelas I Cipinang", offence: "Pencurian", offenceArticle: "Pasal 362 KUHP",
    courtDecisionNumber: "123/Pid.B/2024/PN Jkt.Sel", courtDecisionDate: "2024-03-01", sentenceMonths: "24", sentenceDays: "", expiryDate: "",
    program: "PB", guidanceStart: "2026-01-05", guidanceEnd: "2026-12-31", ...overrides,
  };
}
const parseReg = (v: RegisterClientInput) => ZRegisterClient.parse(v);

async function rejects(p: Promise<unknown>, code: AppError["code"]): Promise<AppError> {
  const e = await p.then(() => null, (x) => x);
  expect(e, `expected ${code}`).toBeInstanceOf(AppError);
  expect((e as AppError).code).toBe(code);
  return e as AppError;
}

describe("client schema", () => {
  it("checks the NIK against birth date and gender (women +40)", () => {
    const bad = ZRegisterClient.safeParse(form({ gender: "PEREMPUAN" }));
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.find((i) => i.path[0] === "nik")?.message).toMatch(/ditambah 40/);
    expect(ZRegisterClient.safeParse(form({ gender: "PEREMPUAN", nik: buildNik("317408", birth, "PEREMPUAN", 12) })).success).toBe(true);
    expect(ZRegisterClient.safeParse(form({ nik: "12345" })).error?.issues[0].message).toBe("NIK harus 16 digit angka.");
  });
  it("keeps the tanggal ekspirasi inside the guidance period", () => {
    expect(ZRegisterClient.safeParse(form({ expiryDate: "2025-12-31" })).error?.issues.map((i) => i.message)).toEqual(["Tanggal ekspirasi tidak boleh sebelum awal bimbingan."]);
    expect(ZRegisterClient.safeParse(form({ expiryDate: "2027-01-01" })).error?.issues.map((i) => i.message)).toEqual(["Tanggal ekspirasi tidak boleh sesudah akhir bimbingan."]);
    expect(ZRegisterClient.safeParse(form({ expiryDate: "2025-12-31".replace("2025", "2026") })).success).toBe(true);
  });
  it("refuses a period too short for three stages and a child's category for an adult", () => {
    const r = ZRegisterClient.safeParse(form({ guidanceEnd: "2026-01-06", category: "ANAK" }));
    expect(r.error?.issues.map((i) => i.path[0]).sort()).toEqual(["category", "guidanceEnd"]);
  });
});

describe("registerClient", () => {
  it("numbers per office and year, creates the three stages, the status event and the audit row", async () => {
    const w = await world();
    const admin = await actorFor(w.admin.id);
    const counter = await prisma.officeCounter.findFirst({ where: { officeId: w.jks.id, kind: "REGISTER" } });
    const c = await registerClient(admin, parseReg(form()));
    const year = new Date().getUTCFullYear();
    const seq = (await prisma.officeCounter.findUniqueOrThrow({ where: { officeId_kind_year: { officeId: w.jks.id, kind: "REGISTER", year } } })).value;
    expect(c.registerNumber).toBe(`${String(seq).padStart(4, "0")}/PK/JKS/${year}`);
    if (counter?.year === year) expect(seq).toBe(counter.value + 1);
    const row = await prisma.client.findUniqueOrThrow({ where: { id: c.id }, include: { person: true, stages: { orderBy: { plannedStart: "asc" } }, statusEvents: true } });
    expect(row.currentStage).toBe("AWAL");
    expect(row.assignedPkId).toBeNull();
    expect(row.stages.map((s) => [s.kind, s.status])).toEqual([["AWAL", "ACTIVE"], ["LANJUTAN", "PLANNED"], ["AKHIR", "PLANNED"]]);
    expect(row.stages[2].plannedEnd.toISOString().slice(0, 10)).toBe("2026-12-31");
    expect(row.statusEvents).toHaveLength(1);
    const ev = await prisma.auditEvent.findFirstOrThrow({ where: { action: "client.create" } });
    expect(JSON.stringify(ev.details)).not.toContain(row.person.nik!);
  });

  it("records the statistics for the reports upward: offence category, employment status and its date", async () => {
    const w = await world();
    const admin = await actorFor(w.admin.id);
    const c = await registerClient(admin, parseReg(form({ offenceCategory: "NARKOTIKA", employmentStatus: "BEKERJA", employmentStatusSince: "2026-01-05" })));
    expect(await prisma.client.findUniqueOrThrow({ where: { id: c.id }, select: { offenceCategory: true, employmentStatus: true, employmentStatusSince: true } }))
      .toEqual({ offenceCategory: "NARKOTIKA", employmentStatus: "BEKERJA", employmentStatusSince: new Date("2026-01-05T00:00:00Z") });
    // Left out, they stay unrecorded; a date needs a status.
    const plain = await registerClient(admin, parseReg(form({ nik: "", fullName: "Tanpa Statistik" })));
    expect(await prisma.client.findUniqueOrThrow({ where: { id: plain.id }, select: { offenceCategory: true, employmentStatus: true } })).toEqual({ offenceCategory: null, employmentStatus: null });
    expect(ZRegisterClient.safeParse(form({ employmentStatusSince: "2026-01-05" })).error?.issues.map((i) => i.path[0])).toEqual(["employmentStatus"]);
  });

  it("uses the office's configured format", async () => {
    const w = await world();
    await prisma.office.update({ where: { id: w.jks.id }, data: { settings: { registerNumber: { format: "REG.{KODE}-{seq}/{YY}", seqDigits: 3 } } } });
    const c = await registerClient(await actorFor(w.kepala.id), parseReg(form()));
    expect(c.registerNumber).toMatch(/^REG\.JKS-\d{3}\/\d{2}$/);
  });

  it("plans the stages with the office's boundaries for the program", async () => {
    const w = await world();
    await prisma.office.update({ where: { id: w.jks.id }, data: { settings: { stageBoundaries: { PB: [0.25, 0.5] } } } });
    // 4 January to 31 December 2027: 362 days; a quarter is 90.5 (rounded up), a half 181 (the default 1/3 would give 5 May).
    const c = await registerClient(await actorFor(w.kepala.id), parseReg(form({ guidanceStart: "2027-01-04", guidanceEnd: "2027-12-31" })));
    const stages = await prisma.guidanceStage.findMany({ where: { clientId: c.id }, orderBy: { plannedStart: "asc" } });
    expect(stages.map((st) => st.plannedStart.toISOString().slice(0, 10))).toEqual(["2027-01-04", "2027-04-05", "2027-07-04"]);
  });

  it("gives concurrent registrations distinct numbers", async () => {
    const w = await world();
    const admin = await actorFor(w.admin.id);
    const made = await Promise.all([0, 1, 2, 3].map((i) => registerClient(admin, parseReg(form({ nik: "", fullName: `Klien ${i}` })))));
    expect(new Set(made.map((m) => m.registerNumber)).size).toBe(4);
  });

  it("a PK's new client is assigned to them", async () => {
    const w = await world();
    const c = await registerClient(await actorFor(w.pkA.id), parseReg(form()));
    const row = await prisma.client.findUniqueOrThrow({ where: { id: c.id }, include: { assignments: true } });
    expect(row.assignedPkId).toBe(w.pkA.id);
    expect(row.assignments).toMatchObject([{ pkId: w.pkA.id, endedAt: null, kind: "INITIAL" }]);
  });

  it("stops on a NIK already in the office until confirmed, and ignores another office's", async () => {
    const w = await world();
    const admin = await actorFor(w.admin.id);
    const dupe = form({ nik: w.clientA.person.nik! , birthDate: w.clientA.person.birthDate!.toISOString().slice(0, 10), gender: w.clientA.person.gender! });
    const e = await rejects(registerClient(admin, parseReg(dupe)), "VALIDATION");
    expect(e.fieldErrors?.nik?.[0]).toContain(w.clientA.registerNumber);
    expect(await prisma.client.count({ where: { officeId: w.jks.id } })).toBe(2);
    await registerClient(admin, parseReg({ ...dupe, confirmDuplicate: true }));
    expect(await prisma.client.count({ where: { officeId: w.jks.id } })).toBe(3);
    // Makassar has no such NIK.
    const mks = form({ nik: w.clientA.person.nik!, birthDate: w.clientA.person.birthDate!.toISOString().slice(0, 10), gender: w.clientA.person.gender! });
    await expect(registerClient(await actorFor(w.adminMks.id), parseReg(mks))).resolves.toBeTruthy();
    // A PK is told about a colleague's client, without a link.
    expect((await findNikMatches(await actorFor(w.pkB.id), w.clientA.person.nik!))[0]).toMatchObject({ id: w.clientA.id, canOpen: false });
  });
});

describe("updateClient", () => {
  const editOf = async (actorId: string, clientId: string) => {
    const e = await getClientForEdit(await actorFor(actorId), clientId);
    return { id: e!.id, version: e!.version, ...e!.values };
  };

  it("refuses the second of two concurrent saves and says what changed", async () => {
    const w = await world();
    const [admin, pk] = [await actorFor(w.admin.id), await actorFor(w.pkA.id)];
    const seenByAdmin = await editOf(w.admin.id, w.clientA.id);
    const seenByPk = await editOf(w.pkA.id, w.clientA.id);
    await updateClient(admin, ZUpdateClient.parse({ ...seenByAdmin, address: "Jl. Baru No. 1" }));
    const e = await rejects(updateClient(pk, ZUpdateClient.parse({ ...seenByPk, phone: "0811111111" })), "CONFLICT");
    expect(e.message).toContain("Alamat: Jl. Baru No. 1");
    expect(e.fieldErrors?.address?.[0]).toContain("Jl. Baru No. 1");
    const row = await prisma.client.findUniqueOrThrow({ where: { id: w.clientA.id }, include: { person: true } });
    expect([row.person.address, row.person.phone, row.version]).toEqual(["Jl. Baru No. 1", w.clientA.person.phone, 2]);
  });

  it("two saves at the same moment: exactly one wins", async () => {
    const w = await world();
    const seen = await editOf(w.admin.id, w.clientA.id);
    const [admin, kepala] = [await actorFor(w.admin.id), await actorFor(w.kepala.id)];
    const results = await Promise.allSettled([
      updateClient(admin, ZUpdateClient.parse({ ...seen, occupation: "Petani" })),
      updateClient(kepala, ZUpdateClient.parse({ ...seen, occupation: "Nelayan" })),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect((await prisma.client.findUniqueOrThrow({ where: { id: w.clientA.id } })).version).toBe(2);
    expect(await prisma.auditEvent.count({ where: { action: "client.update" } })).toBe(1);
  });

  it("replans the stages when the period changes, and audits the fields", async () => {
    const w = await world();
    const seen = await editOf(w.pkA.id, w.clientA.id);
    // A new end relative to the period's start, so the test holds on any day it runs.
    const newEnd = new Date(Date.parse(`${seen.guidanceStart}T00:00:00Z`) + 500 * 86_400_000).toISOString().slice(0, 10);
    const r = await updateClient(await actorFor(w.pkA.id), ZUpdateClient.parse({ ...seen, guidanceEnd: newEnd }));
    expect(r.changed).toEqual(["guidanceEnd"]);
    const akhir = await prisma.guidanceStage.findFirstOrThrow({ where: { clientId: w.clientA.id, kind: "AKHIR" } });
    expect(akhir.plannedEnd.toISOString().slice(0, 10)).toBe(newEnd);
    expect((await prisma.auditEvent.findFirstOrThrow({ where: { action: "client.update" } })).details).toMatchObject({ fields: ["guidanceEnd"] });
    expect(await prisma.auditEvent.count({ where: { action: "stages.replan", clientId: w.clientA.id } })).toBe(1);
  });

  it("keeps a completed stage's dates when the period changes mid-way", async () => {
    const w = await world();
    const awal = await prisma.guidanceStage.findFirstOrThrow({ where: { clientId: w.clientA.id, kind: "AWAL" } });
    await prisma.guidanceStage.update({ where: { id: awal.id }, data: { status: "COMPLETED", actualStart: awal.plannedStart, actualEnd: awal.plannedEnd } });
    const seen = await editOf(w.pkA.id, w.clientA.id);
    await updateClient(await actorFor(w.pkA.id), ZUpdateClient.parse({ ...seen, guidanceEnd: "2028-06-30" }));
    const after = await prisma.guidanceStage.findFirstOrThrow({ where: { id: awal.id } });
    expect(after.plannedStart).toEqual(awal.plannedStart);
    expect(after.plannedEnd).toEqual(awal.plannedEnd);
    const akhir = await prisma.guidanceStage.findFirstOrThrow({ where: { clientId: w.clientA.id, kind: "AKHIR" } });
    expect(akhir.plannedEnd.toISOString().slice(0, 10)).toBe("2028-06-30");
  });

  it.each([["pkB", "clientA"], ["adminMks", "clientA"], ["kepalaMks", "clientA"], ["pkMks", "clientA"]] as const)("%s cannot edit %s (not found)", async (who, which) => {
    const w = await world();
    const seen = await editOf(w.admin.id, w[which].id);
    await rejects(updateClient(await actorFor(w[who].id), ZUpdateClient.parse({ ...seen, occupation: "x" })), "NOT_FOUND");
  });
});

describe("the end of guidance by hand (a death) and deleteClient", () => {
  it("records a death with its evidence and date; not twice", async () => {
    const w = await world();
    const pk = await actorFor(w.pkA.id);
    const today = new Date().toISOString().slice(0, 10);
    await recordClientDeath(pk, { id: w.clientA.id, version: 1, effectiveDate: today, evidence: "Surat keterangan kematian No. 12/2026 dari Kelurahan" });
    const row = await prisma.client.findUniqueOrThrow({ where: { id: w.clientA.id }, include: { statusEvents: true, stages: true } });
    expect([row.status, row.statusReason]).toEqual(["MENINGGAL", "Meninggal dunia. Bukti: Surat keterangan kematian No. 12/2026 dari Kelurahan"]);
    expect(row.statusEvents.map((e) => e.toStatus).sort()).toEqual(["AKTIF", "MENINGGAL"]);
    expect(row.stages.some((s) => s.status === "ACTIVE")).toBe(false);
    await rejects(recordClientDeath(pk, { id: w.clientA.id, version: 2, effectiveDate: today, evidence: "Dicatat dua kali karena salah" }), "VALIDATION");
    expect(await prisma.auditEvent.count({ where: { action: "client.status.change" } })).toBe(1);
  });

  it("refuses another PK's and another office's client, and a stale version", async () => {
    const w = await world();
    const today = new Date().toISOString().slice(0, 10);
    const input = { id: w.clientA.id, version: 1, effectiveDate: today, evidence: "Surat keterangan kematian dari Puskesmas" };
    await rejects(recordClientDeath(await actorFor(w.pkB.id), input), "NOT_FOUND");
    await rejects(recordClientDeath(await actorFor(w.kepalaMks.id), input), "NOT_FOUND");
    await rejects(recordClientDeath(await actorFor(w.kepala.id), { ...input, version: 7 }), "CONFLICT");
  });

  it("only an admin soft-deletes, with a reason; the client disappears", async () => {
    const w = await world();
    const input = { id: w.clientA.id, version: 1, reason: "Data ganda dari impor" };
    await rejects(deleteClient(await actorFor(w.kepala.id), input), "FORBIDDEN");
    await rejects(deleteClient(await actorFor(w.pkA.id), input), "FORBIDDEN");
    await rejects(deleteClient(await actorFor(w.adminMks.id), input), "NOT_FOUND");
    await deleteClient(await actorFor(w.admin.id), input);
    const row = await prisma.client.findUniqueOrThrow({ where: { id: w.clientA.id } });
    expect([row.deletedReason, row.deletedById, row.assignedPkId]).toEqual(["Data ganda dari impor", w.admin.id, null]);
    expect(await getClientFile(await actorFor(w.kepala.id), w.clientA.id)).toBeNull();
  });
});

describe("assignClients", () => {
  it("reassigns in bulk: ends the open assignment, opens a new one, keeps assignedPkId in sync", async () => {
    const w = await world();
    const extra = await createClient(prisma, { officeId: w.jks.id, officeCode: "JKS" });
    const r = await assignClients(await actorFor(w.kepala.id), { clientIds: [w.clientA.id, extra.id], pkId: w.pkB.id, reason: "Pemerataan beban kerja" });
    expect(r.assigned).toBe(2);
    const rows = await prisma.caseloadAssignment.findMany({ where: { clientId: w.clientA.id }, orderBy: { startedAt: "asc" } });
    expect(rows.map((a) => [a.pkId, a.endedAt === null, a.kind])).toEqual([[w.pkA.id, false, "INITIAL"], [w.pkB.id, true, "REASSIGNMENT"]]);
    expect(await prisma.caseloadAssignment.findFirst({ where: { clientId: extra.id } })).toMatchObject({ kind: "INITIAL", pkId: w.pkB.id });
    expect((await prisma.client.findMany({ where: { id: { in: [w.clientA.id, extra.id] } } })).map((c) => c.assignedPkId)).toEqual([w.pkB.id, w.pkB.id]);
    expect(await getClientFile(await actorFor(w.pkA.id), w.clientA.id)).toBeNull();
    expect(await prisma.auditEvent.count({ where: { action: "client.assign" } })).toBe(2);
  });

  it("refuses an inactive PK, a full PK, a PK of another office, and PKs as assigners", async () => {
    const w = await world();
    const kepala = await actorFor(w.kepala.id);
    const input = { clientIds: [w.clientA.id], reason: "Penugasan ulang" };
    expect((await rejects(assignClients(kepala, { ...input, pkId: w.pkOff.id }), "VALIDATION")).message).toMatch(/nonaktif/);
    expect((await rejects(assignClients(kepala, { ...input, pkId: w.pkMks.id }), "VALIDATION")).message).toMatch(/kantor lain/);
    await prisma.user.update({ where: { id: w.pkB.id }, data: { capacity: 1 } });
    expect((await rejects(assignClients(kepala, { ...input, pkId: w.pkB.id }), "VALIDATION")).message).toMatch(/1 dari 1/);
    await rejects(assignClients(await actorFor(w.pkA.id), { ...input, pkId: w.pkB.id }), "FORBIDDEN");
    await rejects(assignClients(await actorFor(w.kepalaMks.id), { ...input, pkId: w.pkMks.id }), "NOT_FOUND");
    expect(await prisma.caseloadAssignment.count({ where: { clientId: w.clientA.id } })).toBe(1);
  });

  it("two concurrent reassignments of one client: one wins, the other is told, one open assignment", async () => {
    const w = await world();
    const pkC = await createUser(prisma, { officeId: w.jks.id, role: "PK", name: "Dodi PK" });
    const [k, a] = [await actorFor(w.kepala.id), await actorFor(w.admin.id)];
    const results = await Promise.allSettled([
      assignClients(k, { clientIds: [w.clientA.id], pkId: w.pkB.id, reason: "Ke Bayu" }),
      assignClients(a, { clientIds: [w.clientA.id], pkId: pkC.id, reason: "Ke Dodi" }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    const open = await prisma.caseloadAssignment.findMany({ where: { clientId: w.clientA.id, endedAt: null } });
    expect(open).toHaveLength(1);
    expect((await prisma.client.findUniqueOrThrow({ where: { id: w.clientA.id } })).assignedPkId).toBe(open[0].pkId);
  });

  it("suggests the least-loaded eligible PK and says why others are not selectable", async () => {
    const w = await world();
    await createClient(prisma, { officeId: w.jks.id, officeCode: "JKS", assignedPkId: w.pkA.id });
    await prisma.user.update({ where: { id: w.pkB.id }, data: { capacity: 1 } });
    await prisma.user.update({ where: { id: w.pkA.id }, data: { capacity: 10 } });
    const opts = await getAssignablePks(await actorFor(w.admin.id), 1);
    expect(opts.map((o) => [o.name, o.suggested, o.blockedReason?.split(":")[0] ?? null])).toEqual([
      ["Ayu PK", true, null], ["Bayu PK", false, "Kapasitas penuh"], ["Citra PK", false, "Nonaktif"],
    ]);
    await expect(getAssignablePks(await actorFor(w.pkA.id), 1)).rejects.toThrow(AppError);
  });
});

describe("workload and capacity", () => {
  it("counts active clients by program and stage, litmas and reports due this week", async () => {
    const w = await world();
    await prisma.litmas.create({ data: { officeId: w.jks.id, clientId: w.clientA.id, personId: w.clientA.personId, purpose: "PEMBIMBINGAN_AWAL", requesterInstitution: "Bapas", assignedPkId: w.pkA.id, status: "DRAFT", dueAt: new Date(Date.now() - 86_400_000) } });
    const today = new Date(new Date().toISOString().slice(0, 10));
    await prisma.reportingSchedule.create({ data: { clientId: w.clientA.id, frequency: "WEEKLY", startsOn: today } });
    const { rows } = await getWorkloadDetails(await actorFor(w.kepala.id));
    const a = rows.find((r) => r.id === w.pkA.id)!;
    expect(a).toMatchObject({ activeClients: 1, capacity: 5, workloadPercent: 20, litmasOpen: 1, litmasOverdue: 1, reportsDueThisWeek: 1, byProgram: { PB: 1 } });
    expect(Object.values(a.byStage).reduce((s, n) => s + n!, 0)).toBe(1);
    expect(rows.map((r) => r.id)).not.toContain(w.pkMks.id);
    await rejects(getWorkloadDetails(await actorFor(w.pkA.id)), "FORBIDDEN");
  });

  it("only an admin sets a PK's capacity, in their own office", async () => {
    const w = await world();
    await setPkCapacity(await actorFor(w.admin.id), { pkId: w.pkA.id, capacity: 60 });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: w.pkA.id } })).capacity).toBe(60);
    await rejects(setPkCapacity(await actorFor(w.kepala.id), { pkId: w.pkA.id, capacity: 70 }), "FORBIDDEN");
    await rejects(setPkCapacity(await actorFor(w.pkA.id), { pkId: w.pkA.id, capacity: 70 }), "FORBIDDEN");
    await rejects(setPkCapacity(await actorFor(w.adminMks.id), { pkId: w.pkA.id, capacity: 70 }), "NOT_FOUND");
    expect(await prisma.auditEvent.count({ where: { action: "user.capacity.set" } })).toBe(1);
  });
});

describe("NIK search", () => {
  it("finds by NIK within the scope and audits without the NIK", async () => {
    const w = await world();
    expect((await searchClientsByNik(await actorFor(w.kepala.id), w.clientA.person.nik!)).map((c) => c.id)).toEqual([w.clientA.id]);
    expect(await searchClientsByNik(await actorFor(w.pkB.id), w.clientA.person.nik!)).toEqual([]);
    expect(await searchClientsByNik(await actorFor(w.kepalaMks.id), w.clientA.person.nik!)).toEqual([]);
    const ev = await prisma.auditEvent.findMany({ where: { action: "client.search.nik" } });
    expect(ev).toHaveLength(3);
    expect(JSON.stringify(ev.map((e) => e.details))).not.toContain(w.clientA.person.nik!);
  });
});

describe("transfers", () => {
  it("origin requests, target accepts: the client, its access and a new register number move; both keep the record", async () => {
    const w = await world();
    const kepala = await actorFor(w.kepala.id);
    const t = await requestTransfer(kepala, { clientId: w.clientA.id, toOfficeId: w.mks.id, reason: "Klien pindah domisili ke Makassar" });
    await rejects(requestTransfer(await actorFor(w.admin.id), { clientId: w.clientA.id, toOfficeId: w.mks.id, reason: "Permintaan kedua" }), "VALIDATION");
    // Only the target decides.
    await rejects(decideTransfer(kepala, ZDecideTransfer.parse({ transferId: t.id, version: 1, decision: "ACCEPT", note: "" })), "NOT_FOUND");
    await rejects(decideTransfer(await actorFor(w.pkMks.id), ZDecideTransfer.parse({ transferId: t.id, version: 1, decision: "ACCEPT", note: "" })), "FORBIDDEN");
    const r = await decideTransfer(await actorFor(w.adminMks.id), ZDecideTransfer.parse({ transferId: t.id, version: 1, decision: "ACCEPT", note: "" }));
    expect(r.registerNumber).toMatch(/\/PK\/MKS\//);
    const row = await prisma.client.findUniqueOrThrow({ where: { id: w.clientA.id } });
    expect([row.officeId, row.assignedPkId]).toEqual([w.mks.id, null]);
    expect(await prisma.caseloadAssignment.count({ where: { clientId: w.clientA.id, endedAt: null } })).toBe(0);
    expect(await getClientFile(kepala, w.clientA.id)).toBeNull();
    expect(await getClientFile(await actorFor(w.pkA.id), w.clientA.id)).toBeNull();
    expect(await getClientFile(await actorFor(w.kepalaMks.id), w.clientA.id)).not.toBeNull();
    expect((await listTransfers(kepala)).outgoing).toMatchObject([{ status: "ACCEPTED", clientHref: null, clientName: w.clientA.fullName }]);
    expect((await listTransfers(await actorFor(w.kepalaMks.id))).incoming).toMatchObject([{ status: "ACCEPTED", clientHref: `/clients/${w.clientA.id}` }]);
    // The target assigns one of its PKs.
    await assignClients(await actorFor(w.kepalaMks.id), { clientIds: [w.clientA.id], pkId: w.pkMks.id, reason: "Penugasan setelah pindah" });
    expect(await getClientFile(await actorFor(w.pkMks.id), w.clientA.id)).not.toBeNull();
    expect(await prisma.caseloadAssignment.findFirst({ where: { clientId: w.clientA.id, endedAt: null } })).toMatchObject({ kind: "TRANSFER_IN", officeId: w.mks.id });
  });

  it("refusal and cancellation leave the client where it is; PKs cannot request", async () => {
    const w = await world();
    await rejects(requestTransfer(await actorFor(w.pkA.id), { clientId: w.clientA.id, toOfficeId: w.mks.id, reason: "Pindah domisili" }), "FORBIDDEN");
    await rejects(requestTransfer(await actorFor(w.kepalaMks.id), { clientId: w.clientA.id, toOfficeId: w.jks.id, reason: "Bukan klien kami" }), "NOT_FOUND");
    const t1 = await requestTransfer(await actorFor(w.admin.id), { clientId: w.clientA.id, toOfficeId: w.mks.id, reason: "Pindah domisili" });
    await decideTransfer(await actorFor(w.kepalaMks.id), ZDecideTransfer.parse({ transferId: t1.id, version: 1, decision: "REFUSE", note: "Alamat di luar wilayah kami" }));
    const t2 = await requestTransfer(await actorFor(w.admin.id), { clientId: w.clientA.id, toOfficeId: w.mks.id, reason: "Pindah domisili lagi" });
    await rejects(decideTransfer(await actorFor(w.adminMks.id), ZDecideTransfer.parse({ transferId: t2.id, version: 1, decision: "CANCEL", note: "batal saja" })), "NOT_FOUND");
    await decideTransfer(await actorFor(w.kepala.id), ZDecideTransfer.parse({ transferId: t2.id, version: 1, decision: "CANCEL", note: "Klien batal pindah" }));
    expect((await prisma.client.findUniqueOrThrow({ where: { id: w.clientA.id } })).officeId).toBe(w.jks.id);
    expect((await prisma.clientTransfer.findMany({ orderBy: { requestedAt: "asc" } })).map((t) => t.status)).toEqual(["REFUSED", "CANCELLED"]);
  });
});
