import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { utcDate } from "@/lib/domain/calendar";
import { prisma } from "@/lib/server/db";
import { getMonthlyFigures, getReportFigures } from "@/lib/server/queries/monthly-report";
import { buildDailyReport, buildMonthlyReport } from "@/lib/server/reports/monthly";
import { createClient, createContact, createLitmas, createOffice, createUser } from "../factories";
import { actorFor } from "../support/actors";

// The laporan bulanan (issue 13, part 4): the figures for October 2026 in Jakarta (WIB) on a data
// set built here; the PDF read back as text, the xlsx read back with exceljs.

const OCTOBER = utcDate(2026, 10, 1);
const d = (iso: string) => new Date(iso);

async function world() {
  const jks = await createOffice(prisma, { code: "JKS", name: "Bapas Kelas I Jakarta Selatan", timeZone: "Asia/Jakarta" });
  const mks = await createOffice(prisma, { code: "MKS", timeZone: "Asia/Makassar" });
  const kepala = await createUser(prisma, { officeId: jks.id, role: "KEPALA_BAPAS", name: "Dr. Siti Rahmawati", nip: "197001012000032001" });
  const pk = await createUser(prisma, { officeId: jks.id, role: "PK" });
  await createUser(prisma, { officeId: jks.id, role: "PK" });
  await createUser(prisma, { officeId: jks.id, role: "PK", active: false });
  await createUser(prisma, { officeId: jks.id, role: "ADMIN" });
  await createUser(prisma, { officeId: mks.id, role: "PK" });
  const base = { officeId: jks.id, officeCode: "JKS", assignedPkId: pk.id };
  // Active on 31 October: two PB adults, a child in diversi; one that ended on 31 Oct counts, one that ended 15 Oct does not;
  // one starting in November does not.
  // Employment: one works since September; one found work only in November (not recorded for October); the child goes to school.
  await createClient(prisma, { ...base, program: "PB", category: "DEWASA", guidanceStart: utcDate(2026, 5, 1), offenceCategory: "NARKOTIKA", employmentStatus: "BEKERJA", employmentStatusSince: utcDate(2026, 9, 1) });
  await createClient(prisma, { ...base, program: "PB", category: "DEWASA", guidanceStart: utcDate(2026, 10, 31), status: "SELESAI", guidanceEnd: utcDate(2026, 11, 20), statusDate: utcDate(2026, 11, 20), offenceCategory: "NARKOTIKA", employmentStatus: "BEKERJA", employmentStatusSince: utcDate(2026, 11, 5) });
  await createClient(prisma, { ...base, program: "DIVERSI", category: "ANAK", guidanceStart: utcDate(2026, 9, 1), employmentStatus: "SEKOLAH" });
  await createClient(prisma, { ...base, program: "CB", category: "DEWASA", guidanceStart: utcDate(2026, 1, 1), status: "SELESAI", guidanceEnd: utcDate(2026, 10, 15), statusDate: utcDate(2026, 10, 15) });
  await createClient(prisma, { ...base, program: "CB", category: "DEWASA", guidanceStart: utcDate(2026, 11, 2) });
  await createClient(prisma, { officeId: mks.id, officeCode: "MKS", program: "PB", guidanceStart: utcDate(2026, 5, 1) });

  const person = async (name: string, birthDate?: Date) => (await prisma.person.create({ data: { officeId: jks.id, fullName: name, birthDate } })).id;
  // Received in October (WIB): an adult PB litmas, a child (by age) pemindahan; one on 31 Oct 17.30 UTC is 1 Nov WIB.
  await createLitmas(prisma, { officeId: jks.id, personId: await person("Dewasa Satu", utcDate(1980, 1, 1)), purpose: "INTEGRASI_PB", requesterType: "LAPAS", receivedAt: d("2026-10-05T03:00:00Z") });
  await createLitmas(prisma, { officeId: jks.id, personId: await person("Anak Satu", utcDate(2010, 6, 1)), purpose: "PEMINDAHAN", requesterType: "LPKA", receivedAt: d("2026-10-31T16:30:00Z") });
  await createLitmas(prisma, { officeId: jks.id, personId: await person("November"), purpose: "INTEGRASI_PB", requesterType: "LAPAS", receivedAt: d("2026-10-31T17:30:00Z") });
  // Finished (approved) in October: a diversi litmas about a child received in September.
  await createLitmas(prisma, {
    officeId: jks.id, personId: await person("Anak Dua"), purpose: "DIVERSI", requesterType: "KEPOLISIAN", status: "APPROVED", assignedPkId: pk.id, reviewerId: kepala.id,
    receivedAt: d("2026-09-28T03:00:00Z"), assignedAt: d("2026-09-28T05:00:00Z"), submittedAt: d("2026-09-30T05:00:00Z"), dueAt: d("2026-10-01T05:00:00Z"), reviewedAt: d("2026-10-01T03:00:00Z"),
  });
  const child = await person("Anak Pendampingan", utcDate(2011, 3, 3));
  const pend = await prisma.pendampingan.create({
    data: { officeId: jks.id, personId: child, requesterType: "KEPOLISIAN", requesterInstitution: "Polres Metro Jakarta Selatan", offence: "Pencurian", receivedAt: d("2026-10-10T02:00:00Z"), dueAt: d("2026-10-11T02:00:00Z"), status: "CLOSED", assignedPkId: pk.id, closedAt: d("2026-10-25T02:00:00Z") },
  });
  for (const [kind, heldAt] of [["PEMERIKSAAN_PENYIDIK", "2026-10-10T05:00:00Z"], ["MUSYAWARAH_DIVERSI", "2026-10-20T05:00:00Z"], ["SIDANG_ANAK", "2026-11-02T05:00:00Z"]] as const) {
    await prisma.pendampinganStep.create({ data: { pendampinganId: pend.id, kind, heldAt: d(heldAt), place: "Polres", attendees: "Anak, orang tua, penyidik", outcome: "Dilaksanakan", recordedById: pk.id } });
  }
  return { kepala, pk };
}

describe("the laporan bulanan", () => {
  it("counts each figure for the month in the office's days", async () => {
    const w = await world();
    const { figures } = await getMonthlyFigures(await actorFor(w.kepala.id), OCTOBER);
    expect(figures.activeByProgram).toEqual({ PB: { DEWASA: 2, ANAK: 0 }, DIVERSI: { DEWASA: 0, ANAK: 1 } });
    expect(figures.activeByEmployment).toEqual({ BEKERJA: { DEWASA: 1, ANAK: 0 }, SEKOLAH: { DEWASA: 0, ANAK: 1 }, BELUM_DICATAT: { DEWASA: 1, ANAK: 0 } });
    expect(figures.activeByOffence).toEqual({ NARKOTIKA: { DEWASA: 2, ANAK: 0 }, BELUM_DICATAT: { DEWASA: 0, ANAK: 1 } });
    expect(figures.litmasReceived).toEqual({ INTEGRASI_PB: { DEWASA: 1, ANAK: 0 }, PEMINDAHAN: { DEWASA: 0, ANAK: 1 } });
    expect(figures.litmasFinished).toEqual({ DIVERSI: { DEWASA: 0, ANAK: 1 } });
    expect(figures.pendampinganReceived).toBe(1);
    expect(figures.pendampinganSteps).toEqual({ PEMERIKSAAN_PENYIDIK: 1, MUSYAWARAH_DIVERSI: 1 });
    expect(figures.pendampinganClosed).toBe(1);
    expect(figures.staffByRole).toEqual({ KEPALA_BAPAS: 1, PK: 2, ADMIN: 1 });
    expect(figures.communityGuidance).toEqual({});
  });

  it("counts the guidance with the family and the community that took place, with the people named; the client's own contacts stay out", async () => {
    const w = await world();
    const c = await prisma.client.findFirstOrThrow({ where: { program: "DIVERSI" } });
    const at = (iso: string) => ({ officeId: c.officeId, clientId: c.id, pkId: w.pk.id, occurredAt: d(iso) });
    await createContact(prisma, { ...at("2026-10-05T03:00:00Z"), subject: "KELUARGA", participants: [{ name: "Siti Aminah", role: "Ibu kandung" }, { name: "Hasan", role: "Ayah kandung" }] });
    await createContact(prisma, { ...at("2026-10-20T03:00:00Z"), subject: "MASYARAKAT", participants: [{ name: "H. Sutrisno", role: "Kepala Desa" }, { name: "Budi", role: "Ketua RT 03" }, { name: "Aipda Joko", role: "Bhabinkamtibmas" }] });
    // Planned but not held, before the month (WIB), and with the client alone: not counted.
    await createContact(prisma, { ...at("2026-10-22T03:00:00Z"), subject: "KELUARGA", outcome: null, participants: [{ name: "Siti Aminah", role: "Ibu kandung" }] });
    await createContact(prisma, { ...at("2026-09-30T16:59:00Z"), subject: "KELUARGA", participants: [{ name: "Siti Aminah", role: "Ibu kandung" }] });
    await createContact(prisma, { ...at("2026-10-06T03:00:00Z") });
    const { figures } = await getMonthlyFigures(await actorFor(w.kepala.id), OCTOBER);
    expect(figures.communityGuidance).toEqual({ KELUARGA: { activities: 1, participants: 2 }, MASYARAKAT: { activities: 1, participants: 3 } });
  });

  it("the PDF carries the letterhead, the figures and the Kepala's signature block", async () => {
    const w = await world();
    const { body, filename } = await buildMonthlyReport(await actorFor(w.kepala.id), OCTOBER, "pdf");
    expect(filename).toBe("laporan-bulanan-jks-2026-10.pdf");
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "laporan-"));
    const file = path.join(dir, "r.pdf");
    fs.writeFileSync(file, body);
    const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
    fs.rmSync(dir, { recursive: true, force: true });
    expect(text).toContain("KEMENTERIAN IMIGRASI DAN PEMASYARAKATAN");
    expect(text).toContain("BAPAS KELAS I JAKARTA SELATAN");
    expect(text).toContain("LAPORAN BULANAN");
    expect(text).toContain("Bulan Oktober 2026");
    expect(text).toMatch(/Pembebasan Bersyarat[^\n]*\s2\s+0\s+2/);
    expect(text).toMatch(/I\. Klien aktif per program[\s\S]*Jumlah\s+2\s+1\s+3/);
    expect(text).toMatch(/Pemindahan[^\n]*\s0\s+1\s+1/);
    expect(text).toMatch(/II\. Pekerjaan klien aktif[\s\S]*Bekerja\s+1\s+0\s+1[\s\S]*Sekolah\s+0\s+1\s+1/);
    expect(text).toMatch(/Narkotika\s+2\s+0\s+2/);
    expect(text).toMatch(/Pendampingan dilaksanakan: Musyawarah diversi\s+1/i);
    expect(text).toContain("Kepala Bapas Kelas I Jakarta Selatan,");
    expect(text).toContain("Dr. Siti Rahmawati");
    expect(text).toContain("NIP 197001012000032001");
  });

  it("the xlsx reads back, one sheet per section; the report is audited; a PK may not have it", async () => {
    const w = await world();
    const { body } = await buildMonthlyReport(await actorFor(w.kepala.id), OCTOBER, "xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(body as unknown as ArrayBuffer);
    expect(wb.worksheets.map((s) => s.name)).toEqual([
      "I. Klien aktif per program", "II. Pekerjaan klien aktif", "III. Tindak pidana klien aktif", "IV. Permintaan litmas diterima", "V. Litmas selesai (disetujui)", "VI. Pendampingan", "VII. Pegawai per jabatan", "VIII. Penjangkauan masyarakat",
      "IX. Keluarga dan masyarakat",
    ]);
    const rows = (i: number) => { const out: unknown[][] = []; wb.worksheets[i].eachRow((r) => out.push((r.values as unknown[]).slice(1))); return out; };
    expect(rows(0).slice(2)).toEqual([["Program", "Dewasa", "Anak", "Jumlah"], ["Pembebasan Bersyarat (PB)", 2, 0, 2], ["Diversi", 0, 1, 1], ["Jumlah", 2, 1, 3]]);
    expect(rows(6).slice(3)).toEqual([["Admin", 1], ["Kepala Bapas", 1], ["Pembimbing Kemasyarakatan", 2], ["Jumlah", 4]]);
    const ev = await prisma.auditEvent.findMany({ where: { action: "report.monthly" } });
    expect(ev.map((e) => [e.userId, e.entityId])).toEqual([[w.kepala.id, "2026-10"]]);
    await expect(buildMonthlyReport(await actorFor(w.pk.id), OCTOBER, "pdf")).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("employment over time", () => {
  it("a month counts the work that applied on its last day, not the latest", async () => {
    const w = await world();
    const jks = (await prisma.office.findFirstOrThrow({ where: { code: "JKS" } })).id;
    // Works from 1 Sept; loses the job on 5 Nov; a correction later says the job ended on 20 Oct.
    const c = await createClient(prisma, { officeId: jks, officeCode: "JKS", assignedPkId: w.pk.id, program: "CMB", category: "DEWASA", guidanceStart: utcDate(2026, 8, 1), employmentStatus: "BEKERJA", employmentStatusSince: utcDate(2026, 9, 1) });
    const kepala = await actorFor(w.kepala.id);
    const oct = async () => (await getMonthlyFigures(kepala, OCTOBER)).figures.activeByEmployment;
    expect((await oct()).BEKERJA).toEqual({ DEWASA: 2, ANAK: 0 });
    await prisma.client.update({ where: { id: c.id }, data: { employmentStatus: "TIDAK_BEKERJA", employmentStatusSince: utcDate(2026, 11, 5) } });
    expect((await oct()).BEKERJA).toEqual({ DEWASA: 2, ANAK: 0 });
    expect((await getMonthlyFigures(kepala, utcDate(2026, 11, 1))).figures.activeByEmployment.TIDAK_BEKERJA).toEqual({ DEWASA: 1, ANAK: 0 });
    await prisma.client.update({ where: { id: c.id }, data: { employmentStatusSince: utcDate(2026, 10, 20) } });
    expect((await oct()).BEKERJA).toEqual({ DEWASA: 1, ANAK: 0 });
    expect((await oct()).TIDAK_BEKERJA).toEqual({ DEWASA: 1, ANAK: 0 });
    // September still knows the job; the history holds two rows, the later one replaced by the correction.
    expect((await getMonthlyFigures(kepala, utcDate(2026, 9, 1))).figures.activeByEmployment.BEKERJA).toEqual({ DEWASA: 2, ANAK: 0 });
    const rows = await prisma.clientEmployment.findMany({ where: { clientId: c.id }, orderBy: { since: "asc" } });
    expect(rows.map((r) => [r.status, r.since.toISOString().slice(0, 10)])).toEqual([["BEKERJA", "2026-09-01"], ["TIDAK_BEKERJA", "2026-10-20"]]);
  });
});

describe("the laporan harian", () => {
  it("counts the clients active at the end of the day and what came in on that day, in the office's days", async () => {
    const w = await world();
    const kepala = await actorFor(w.kepala.id);
    const { figures } = await getReportFigures(kepala, utcDate(2026, 10, 31), utcDate(2026, 10, 31));
    // The PB client starting on 31 Oct counts; the CB client who ended on 15 Oct does not.
    expect(figures.activeByProgram).toEqual({ PB: { DEWASA: 2, ANAK: 0 }, DIVERSI: { DEWASA: 0, ANAK: 1 } });
    // Only the request at 23.30 WIB on 31 Oct; the one at 00.30 WIB on 1 Nov is the next day's.
    expect(figures.litmasReceived).toEqual({ PEMINDAHAN: { DEWASA: 0, ANAK: 1 } });
    expect(figures.litmasFinished).toEqual({});
    expect(figures.pendampinganReceived).toBe(0);
    const nov1 = await getReportFigures(kepala, utcDate(2026, 11, 1), utcDate(2026, 11, 1));
    expect(nov1.figures.litmasReceived).toEqual({ INTEGRASI_PB: { DEWASA: 1, ANAK: 0 } });
    const oct10 = await getReportFigures(kepala, utcDate(2026, 10, 10), utcDate(2026, 10, 10));
    expect(oct10.figures.pendampinganReceived).toBe(1);
    expect(oct10.figures.pendampinganSteps).toEqual({ PEMERIKSAAN_PENYIDIK: 1 });
  });

  it("prints as a PDF with its day and reads back as xlsx; audited; a PK may not have it", async () => {
    const w = await world();
    const kepala = await actorFor(w.kepala.id);
    const day = utcDate(2026, 10, 31);
    const { body, filename } = await buildDailyReport(kepala, day, "pdf");
    expect(filename).toBe("laporan-harian-jks-2026-10-31.pdf");
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "laporan-"));
    const file = path.join(dir, "r.pdf");
    fs.writeFileSync(file, body);
    const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
    fs.rmSync(dir, { recursive: true, force: true });
    expect(text).toContain("LAPORAN HARIAN");
    expect(text).toContain("Hari Sabtu, 31 Oktober 2026");
    expect(text).toMatch(/I\. Klien aktif per program[\s\S]*Jumlah\s+2\s+1\s+3/);
    expect(text).toContain("Dr. Siti Rahmawati");
    const x = await buildDailyReport(kepala, day, "xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.body as unknown as ArrayBuffer);
    expect(wb.worksheets).toHaveLength(9);
    const sub = wb.worksheets[0].getRow(2).getCell(1).value;
    expect(String(sub)).toContain("Laporan Harian 31 Oktober 2026");
    const ev = await prisma.auditEvent.findMany({ where: { action: "report.daily" } });
    expect(ev.map((e) => [e.userId, e.entityId, (e.details as { format: string }).format]).sort()).toEqual([[w.kepala.id, "2026-10-31", "pdf"], [w.kepala.id, "2026-10-31", "xlsx"]]);
    await expect(buildDailyReport(await actorFor(w.pk.id), day, "pdf")).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
