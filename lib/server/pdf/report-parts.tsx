import "server-only";
import { StyleSheet, Text, View } from "@react-pdf/renderer";
import type { ExportTable } from "@/lib/domain/export";
import { formatDate } from "@/lib/format";
import { LETTER_STYLES, PDF_FONT } from "./letterhead";

// Parts of the office's printed reports (laporan bulanan, riwayat pemrosesan): a ruled table, the
// Kepala's signature block, the page-number footer.

export const REPORT_STYLES = StyleSheet.create({
  ...LETTER_STYLES,
  page: { ...LETTER_STYLES.page, fontSize: 10 },
  section: { marginTop: 12 },
  heading: { fontFamily: PDF_FONT.bold, marginBottom: 4 },
  table: { borderTopWidth: 1, borderLeftWidth: 1, borderColor: "#000" },
  row: { flexDirection: "row" },
  cell: { borderRightWidth: 1, borderBottomWidth: 1, borderColor: "#000", paddingVertical: 2, paddingHorizontal: 4 },
  head: { fontFamily: PDF_FONT.bold, backgroundColor: "#e5e7eb" },
  num: { textAlign: "right" },
  total: { fontFamily: PDF_FONT.bold },
  sign: { marginTop: 24, marginLeft: 280 },
  footer: { position: "absolute", bottom: 20, left: 56, right: 56, fontSize: 8, textAlign: "center", color: "#444" },
});
const s = REPORT_STYLES;

/** A titled, ruled table; numbers right-aligned, a "Jumlah" row bold. `widths` in % per column. */
export function PdfTable({ section, widths, keepTogether = true, fontSize }: { section: Pick<ExportTable, "title" | "columns" | "rows">; widths?: string[]; keepTogether?: boolean; fontSize?: number }) {
  const w = widths ?? section.columns.map((_, i) => (i === 0 ? "52%" : `${48 / (section.columns.length - 1)}%`));
  const numeric = (v: unknown) => typeof v === "number";
  return (
    <View style={[s.section, fontSize ? { fontSize } : {}]} wrap={!keepTogether}>
      <Text style={s.heading}>{section.title}</Text>
      <View style={s.table}>
        <View style={s.row} fixed={!keepTogether}>
          {section.columns.map((c, i) => <Text key={c.header} style={[s.cell, s.head, { width: w[i] }]}>{c.header}</Text>)}
        </View>
        {section.rows.map((r, ri) => (
          <View key={ri} style={s.row} wrap={false}>
            {r.map((v, i) => <Text key={i} style={[s.cell, { width: w[i] }, numeric(v) ? s.num : {}, r[0] === "Jumlah" ? s.total : {}]}>{v === null ? "" : String(v)}</Text>)}
          </View>
        ))}
      </View>
    </View>
  );
}

/** "Jakarta Selatan, 2 Desember 2026 / Kepala …, / name / NIP": dotted lines when no Kepala is on file. */
export function KepalaSignature({ city, officeName, on, kepala }: { city: string; officeName: string; on: Date; kepala: { name: string; nip: string | null } | null }) {
  return (
    <View style={s.sign} wrap={false}>
      <Text>{city}, {formatDate(on)}</Text>
      <Text>Kepala {officeName},</Text>
      <Text style={{ marginTop: 48, fontFamily: PDF_FONT.bold, textDecoration: "underline" }}>{kepala?.name ?? "...................................."}</Text>
      <Text>NIP {kepala?.nip ?? "...................................."}</Text>
    </View>
  );
}

export function PageFooter({ label }: { label: string }) {
  return <Text style={s.footer} fixed render={({ pageNumber, totalPages }) => `${label} · halaman ${pageNumber} dari ${totalPages}`} />;
}
