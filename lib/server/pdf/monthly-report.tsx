import "server-only";
import { Document, Page, StyleSheet, Text, View, renderToBuffer } from "@react-pdf/renderer";
import type { ExportTable } from "@/lib/domain/export";
import { formatDate } from "@/lib/format";
import { LETTER_STYLES, Letterhead, PDF_FONT, type LetterheadOffice } from "./letterhead";

// The laporan bulanan as a printable A4 report: letterhead, title and period, the sections as
// ruled tables, and the Kepala's signature block (layout: docs/reports-upward.md).

const s = StyleSheet.create({
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

export interface MonthlyReportPdf {
  office: LetterheadOffice & { city: string };
  kepala: { name: string; nip: string | null } | null;
  monthLabel: string;
  from: Date;
  to: Date;
  issuedOn: Date;
  sections: Pick<ExportTable, "title" | "columns" | "rows">[];
}

function SectionTable({ section }: { section: MonthlyReportPdf["sections"][number] }) {
  const widths = section.columns.map((_, i) => (i === 0 ? "52%" : `${48 / (section.columns.length - 1)}%`));
  return (
    <View style={s.section} wrap={false}>
      <Text style={s.heading}>{section.title}</Text>
      <View style={s.table}>
        <View style={s.row}>
          {section.columns.map((c, i) => <Text key={c.header} style={[s.cell, s.head, { width: widths[i] }, i ? s.num : {}]}>{c.header}</Text>)}
        </View>
        {section.rows.map((r, ri) => (
          <View key={ri} style={s.row}>
            {r.map((v, i) => <Text key={i} style={[s.cell, { width: widths[i] }, i ? s.num : {}, r[0] === "Jumlah" ? s.total : {}]}>{v === null ? "" : String(v)}</Text>)}
          </View>
        ))}
      </View>
    </View>
  );
}

export async function renderMonthlyReportPdf(r: MonthlyReportPdf): Promise<Buffer> {
  const doc = (
    <Document title={`Laporan Bulanan ${r.office.name} ${r.monthLabel}`} author={r.office.name} language="id">
      <Page size="A4" style={s.page}>
        <Letterhead office={r.office} />
        <Text style={s.title}>LAPORAN BULANAN</Text>
        <Text style={s.number}>Bulan {r.monthLabel} ({formatDate(r.from)} s.d. {formatDate(r.to)})</Text>
        {r.sections.map((sec) => <SectionTable key={sec.title} section={sec} />)}
        <View style={s.sign} wrap={false}>
          <Text>{r.office.city}, {formatDate(r.issuedOn)}</Text>
          <Text>Kepala {r.office.name},</Text>
          <Text style={{ marginTop: 48, fontFamily: PDF_FONT.bold, textDecoration: "underline" }}>{r.kepala?.name ?? "...................................."}</Text>
          <Text>NIP {r.kepala?.nip ?? "...................................."}</Text>
        </View>
        <Text style={s.footer} fixed render={({ pageNumber, totalPages }) => `Laporan Bulanan ${r.monthLabel} · halaman ${pageNumber} dari ${totalPages}`} />
      </Page>
    </Document>
  );
  return renderToBuffer(doc);
}
