import "server-only";
import ExcelJS from "exceljs";
import { neutralizeFormula, type ExportTable } from "@/lib/domain/export";

/** A sheet's name: at most 31 characters, none of : \ / ? * [ ]. */
const sheetName = (title: string) => title.replace(/[:\\/?*[\]]/g, " ").slice(0, 31);

/**
 * The table as an .xlsx workbook: the title and subtitle on top, a bold header row frozen under
 * them, then the rows. Text goes in as text (never a formula: exceljs writes a string as a
 * string, and a leading = + - @ is neutralized as in the CSV so a copy-paste stays harmless).
 */
export async function renderXlsx(tables: ExportTable[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Bimbing";
  for (const table of tables) {
    const ws = wb.addWorksheet(sheetName(table.title), { views: [{ state: "frozen", ySplit: 3 }] });
    ws.addRow([table.title]).font = { bold: true, size: 13 };
    ws.addRow([table.subtitle + (table.truncated ? " · Dibatasi: persempit filter untuk baris selebihnya." : "")]);
    const header = ws.addRow(table.columns.map((c) => c.header));
    header.font = { bold: true };
    header.eachCell((cell) => {
      cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE2E8F0" } };
      cell.border = { bottom: { style: "thin" } };
    });
    table.columns.forEach((c, i) => (ws.getColumn(i + 1).width = c.width ?? Math.max(10, c.header.length + 2)));
    for (const row of table.rows) ws.addRow(row.map(neutralizeFormula));
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
