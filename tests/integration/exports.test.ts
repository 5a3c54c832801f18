import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { toCsv } from "@/lib/domain/export";
import { prisma } from "@/lib/server/db";
import { exportList } from "@/lib/server/export/lists";
import { renderXlsx } from "@/lib/server/export/xlsx";
import { createClient, createLitmas, createOffice, createUser, createViolation } from "../factories";
import { actorFor } from "../support/actors";

// Exports (issue 13): each list through its own query, so a PK's file holds only their cases;
// NIK whole only for the Kepala and the admin; every export audited; the xlsx reads back.

async function world() {
  const jks = await createOffice(prisma, { code: "JKS", name: "Bapas Kelas I Jakarta Selatan", timeZone: "Asia/Jakarta" });
  const mks = await createOffice(prisma, { code: "MKS", name: "Bapas Kelas I Makassar", timeZone: "Asia/Makassar" });
  const kepala = await createUser(prisma, { officeId: jks.id, role: "KEPALA_BAPAS" });
  const kasi = await createUser(prisma, { officeId: jks.id, role: "KASI" });
  const pkA = await createUser(prisma, { officeId: jks.id, role: "PK", name: "Rina Wulandari" });
  const pkB = await createUser(prisma, { officeId: jks.id, role: "PK", name: "Budi Santoso" });
  const kepalaMks = await createUser(prisma, { officeId: mks.id, role: "KEPALA_BAPAS" });
  // A name that a spreadsheet would run as a formula.
  const a = await createClient(prisma, { officeId: jks.id, officeCode: "JKS", assignedPkId: pkA.id, fullName: "=HYPERLINK(\"http://x\",\"Ani\")" });
  const b = await createClient(prisma, { officeId: jks.id, officeCode: "JKS", assignedPkId: pkB.id, fullName: "Citra Lestari", program: "CB" });
  const m = await createClient(prisma, { officeId: mks.id, officeCode: "MKS", fullName: "Andi Makassar" });
  const personL = await prisma.person.create({ data: { officeId: jks.id, fullName: "Joko Susilo" } });
  const litA = await createLitmas(prisma, { officeId: jks.id, personId: personL.id, status: "ASSIGNED", assignedPkId: pkA.id, reviewerId: kepala.id, requesterType: "LAPAS" });
  const personL2 = await prisma.person.create({ data: { officeId: jks.id, fullName: "Eko Prasetyo" } });
  await createLitmas(prisma, { officeId: jks.id, personId: personL2.id, status: "ASSIGNED", assignedPkId: pkB.id, reviewerId: kepala.id, requesterType: "LAPAS" });
  await createViolation(prisma, { officeId: jks.id, clientId: a.id, description: "Tidak lapor November" });
  await createViolation(prisma, { officeId: jks.id, clientId: b.id, description: "Tidak lapor Oktober" });
  return { jks, kepala, kasi, pkA, pkB, kepalaMks, a, b, m, litA };
}

async function readXlsx(buf: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  const rows: unknown[][] = [];
  ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return { name: ws.name, rows };
}

describe("exports", () => {
  it("a PK's client export holds only their clients, NIK masked; the Kepala's the office's with NIK whole", async () => {
    const w = await world();
    const pk = await exportList(await actorFor(w.pkA.id), "klien", {}, "xlsx");
    expect(pk.table.rows.map((r) => r[1])).toEqual([w.a.fullName]);
    expect(pk.table.rows[0][2]).toBe(`••••••••••••${w.a.person.nik!.slice(-4)}`);

    const kepala = await exportList(await actorFor(w.kepala.id), "klien", {}, "xlsx");
    expect(kepala.table.rows.map((r) => r[1]).sort()).toEqual([w.a.fullName, "Citra Lestari"].sort());
    expect(kepala.table.rows.find((r) => r[1] === "Citra Lestari")![2]).toBe(w.b.person.nik);

    // The Kasi reads the office's clients but gets NIK masked.
    const kasi = await exportList(await actorFor(w.kasi.id), "klien", {}, "csv");
    expect(kasi.table.rows).toHaveLength(2);
    expect(kasi.table.rows.every((r) => String(r[2]).startsWith("••••"))).toBe(true);

    // Another office sees none of Jakarta's.
    const mks = await exportList(await actorFor(w.kepalaMks.id), "klien", {}, "csv");
    expect(mks.table.rows.map((r) => r[1])).toEqual(["Andi Makassar"]);
  });

  it("applies the list's filters", async () => {
    const w = await world();
    const cb = await exportList(await actorFor(w.kepala.id), "klien", { program: "CB" }, "csv");
    expect(cb.table.rows.map((r) => r[1])).toEqual(["Citra Lestari"]);
    expect(cb.table.subtitle).toContain("program: CB");
    // The dashboard's segment filters: adult/child and gender (the person's).
    await prisma.client.update({ where: { id: w.b.id }, data: { category: "ANAK" } });
    expect((await exportList(await actorFor(w.kepala.id), "klien", { category: "ANAK" }, "csv")).table.rows.map((r) => r[1])).toEqual(["Citra Lestari"]);
    const gender = w.b.person.gender ?? undefined;
    expect((await exportList(await actorFor(w.kepala.id), "klien", { gender }, "csv")).table.rows.map((r) => r[1])).toContain("Citra Lestari");
    const byPk = await exportList(await actorFor(w.kepala.id), "litmas", { pk: w.pkA.id }, "csv");
    expect(byPk.table.rows.map((r) => r[1])).toEqual(["Joko Susilo"]);
    // A PK cannot widen their scope with another PK's filter.
    const sneaky = await exportList(await actorFor(w.pkA.id), "klien", { pk: w.pkB.id }, "csv");
    expect(sneaky.table.rows.map((r) => r[1])).toEqual([w.a.fullName]);
  });

  it("litmas, cases and violations: a PK's own only", async () => {
    const w = await world();
    const pk = await actorFor(w.pkA.id);
    expect((await exportList(pk, "litmas", {}, "csv")).table.rows.map((r) => r[1])).toEqual(["Joko Susilo"]);
    expect((await exportList(pk, "layanan", { kind: "ALL" }, "csv")).table.rows.map((r) => r[1]).sort()).toEqual([w.a.fullName, "Joko Susilo"].sort());
    expect((await exportList(pk, "pelanggaran", {}, "csv")).table.rows.map((r) => r[4])).toEqual(["Tidak lapor November"]);
    const kepala = await actorFor(w.kepala.id);
    expect((await exportList(kepala, "pelanggaran", {}, "csv")).table.rows).toHaveLength(2);
  });

  it("workload and audit are refused to a PK", async () => {
    const w = await world();
    const pk = await actorFor(w.pkA.id);
    await expect(exportList(pk, "beban-kerja", {}, "csv")).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(exportList(pk, "audit", {}, "csv")).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(exportList(await actorFor(w.kasi.id), "audit", {}, "csv")).rejects.toMatchObject({ code: "FORBIDDEN" });
    const wl = await exportList(await actorFor(w.kepala.id), "beban-kerja", {}, "xlsx");
    expect(wl.table.rows.map((r) => [r[0], r[3]]).sort()).toEqual([["Budi Santoso", 1], ["Rina Wulandari", 1]]);
  });

  it("every export is audited with its list, filters, format and row count", async () => {
    const w = await world();
    await exportList(await actorFor(w.kepala.id), "klien", { program: "CB" }, "xlsx", { ip: "10.0.0.9" });
    await exportList(await actorFor(w.pkA.id), "litmas", {}, "csv");
    const events = await prisma.auditEvent.findMany({ where: { action: "export.list" }, orderBy: { id: "asc" } });
    expect(events.map((e) => [e.userId, e.entityId, e.ip])).toEqual([[w.kepala.id, "klien", "10.0.0.9"], [w.pkA.id, "litmas", null]]);
    expect(events[0].details).toMatchObject({ list: "klien", format: "xlsx", filters: { program: "CB" }, rows: 1, fullNik: true });
    expect(events[1].details).toMatchObject({ format: "csv", rows: 1, fullNik: false });
    // The audit trail of the export itself is exportable, and holds the export.
    const auditFile = await exportList(await actorFor(w.kepala.id), "audit", { action: "export" }, "csv");
    expect(auditFile.table.rows.map((r) => r[3])).toEqual(["export.list", "export.list"]);
  });

  it("the xlsx reads back with the title, the header and neutralized formulas; the CSV has a BOM", async () => {
    const w = await world();
    const { table } = await exportList(await actorFor(w.kepala.id), "klien", {}, "xlsx");
    const { name, rows } = await readXlsx(await renderXlsx([table]));
    expect(name).toBe("Klien bimbingan");
    expect(rows[0]).toEqual(["Klien bimbingan"]);
    expect(String(rows[1][0])).toContain("Bapas Kelas I Jakarta Selatan");
    expect(rows[2]).toEqual(["No. register", "Nama", "NIK", "Kategori", "Program", "Tahap", "Status", "PK", "Berakhir"]);
    const names = rows.slice(3).map((r) => r[1]);
    expect(names).toContain(`'=HYPERLINK("http://x","Ani")`);
    expect(names).toContain("Citra Lestari");
    // No cell is a formula.
    expect(rows.flat().some((v) => typeof v === "object" && v !== null && "formula" in v)).toBe(false);

    const csv = toCsv(table);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"",""Ani"")"`);
  });
});
