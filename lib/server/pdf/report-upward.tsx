import "server-only";
import { Document, Page, Text, renderToBuffer } from "@react-pdf/renderer";
import type { ExportTable } from "@/lib/domain/export";
import { Letterhead, type LetterheadOffice } from "./letterhead";
import { KepalaSignature, PageFooter, PdfTable, REPORT_STYLES as s } from "./report-parts";

// The reports upward as a printable A4 report: letterhead, title and period, the sections as ruled
// tables, and the Kepala's signature block (layout: docs/reports-upward.md). The laporan bulanan
// names its month and days; the laporan harian its day.

export interface ReportPdf {
  office: LetterheadOffice & { city: string };
  kepala: { name: string; nip: string | null } | null;
  /** "Laporan Bulanan" or "Laporan Harian" */
  title: string;
  /** "Bulan Oktober 2026 (1 Oktober 2026 s.d. 31 Oktober 2026)", "Hari Rabu, 2 Desember 2026" */
  periodLine: string;
  /** For the document's title and the page footer: "Oktober 2026", "2 Desember 2026" */
  shortLabel: string;
  issuedOn: Date;
  sections: Pick<ExportTable, "title" | "columns" | "rows">[];
}

export async function renderReportPdf(r: ReportPdf): Promise<Buffer> {
  const doc = (
    <Document title={`${r.title} ${r.office.name} ${r.shortLabel}`} author={r.office.name} language="id">
      <Page size="A4" style={s.page}>
        <Letterhead office={r.office} />
        <Text style={s.title}>{r.title.toUpperCase()}</Text>
        <Text style={s.number}>{r.periodLine}</Text>
        {r.sections.map((sec) => <PdfTable key={sec.title} section={sec} />)}
        <KepalaSignature city={r.office.city} officeName={r.office.name} on={r.issuedOn} kepala={r.kepala} />
        <PageFooter label={`${r.title} ${r.shortLabel}`} />
      </Page>
    </Document>
  );
  return renderToBuffer(doc);
}
