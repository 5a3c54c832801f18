import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { utcDate } from "@/lib/domain/calendar";
import { prisma } from "@/lib/server/db";
import { getMonthlyFigures } from "@/lib/server/queries/monthly-report";
import { buildMonthlyReport } from "@/lib/server/reports/monthly";
import { createClient, createLitmas, createOffice, createUser } from "../factories";
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
    ]);
    const rows = (i: number) => { const out: unknown[][] = []; wb.worksheets[i].eachRow((r) => out.push((r.values as unknown[]).slice(1))); return out; };
    expect(rows(0).slice(2)).toEqual([["Program", "Dewasa", "Anak", "Jumlah"], ["Pembebasan Bersyarat (PB)", 2, 0, 2], ["Diversi", 0, 1, 1], ["Jumlah", 2, 1, 3]]);
    expect(rows(6).slice(3)).toEqual([["Admin", 1], ["Kepala Bapas", 1], ["Pembimbing Kemasyarakatan", 2], ["Jumlah", 4]]);
    const ev = await prisma.auditEvent.findMany({ where: { action: "report.monthly" } });
    expect(ev.map((e) => [e.userId, e.entityId])).toEqual([[w.kepala.id, "2026-10"]]);
    await expect(buildMonthlyReport(await actorFor(w.pk.id), OCTOBER, "pdf")).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
