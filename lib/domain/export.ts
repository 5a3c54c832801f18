// Exported tables (CSV and Excel): one shape for every list, and the cell rules that keep a file
// safe to open in a spreadsheet.

export type ExportCell = string | number | null;

export interface ExportColumn {
  header: string;
  /** Width in characters for the Excel column. */
  width?: number;
}

export interface ExportTable {
  /** The sheet's name and the first line of the file's title. */
  title: string;
  /** What the rows are: the office, the filters, when; shown above the header in Excel. */
  subtitle: string;
  columns: ExportColumn[];
  rows: ExportCell[][];
  /** True when the rows stop at the export limit. */
  truncated: boolean;
}

/** The most rows one export holds; a larger list is narrowed with its filters first. */
export const EXPORT_ROW_LIMIT = 10_000;

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell as a spreadsheet must read it: one that starts with = + - @ (or a tab or carriage
 * return) would run as a formula, so it gets a leading apostrophe (OWASP "CSV injection").
 * Numbers stay numbers.
 */
export function neutralizeFormula(value: ExportCell): ExportCell {
  if (typeof value !== "string") return value;
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function csvField(value: ExportCell): string {
  const v = neutralizeFormula(value);
  if (v === null) return "";
  const s = String(v);
  return /[",\r\n;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The table as CSV: UTF-8 with a byte-order mark (so Excel reads the accents), CRLF lines. */
export function toCsv(table: Pick<ExportTable, "columns" | "rows">): string {
  const lines = [table.columns.map((c) => csvField(c.header)), ...table.rows.map((r) => r.map(csvField))];
  return "\uFEFF" + lines.map((l) => l.join(",")).join("\r\n") + "\r\n";
}

/** A file name from a list's name and a day: "klien-2026-12-02". */
export function exportFileName(list: string, isoDay: string, ext: "csv" | "xlsx"): string {
  return `${list.replace(/[^a-z0-9-]+/gi, "-").toLowerCase()}-${isoDay}.${ext}`;
}
