import "server-only";
import { Document, Page, Text, renderToBuffer } from "@react-pdf/renderer";
import type { ExportTable } from "@/lib/domain/export";
import { formatDate } from "@/lib/format";
import { Letterhead, type LetterheadOffice } from "./letterhead";
import { KepalaSignature, PageFooter, PdfTable, REPORT_STYLES as s } from "./report-parts";

// The laporan bulanan as a printable A4 report: letterhead, title and period, the sections as
// ruled tables, and the Kepala's signature block (layout: docs/reports-upward.md).

export interface MonthlyReportPdf {
  office: LetterheadOffice & { city: string };
  kepala: { name: string; nip: string | null } | null;
  monthLabel: string;
  from: Date;
  to: Date;
  issuedOn: Date;
  sections: Pick<ExportTable, "title" | "columns" | "rows">[];
}

export async function renderMonthlyReportPdf(r: MonthlyReportPdf): Promise<Buffer> {
  const doc = (
    <Document title={`Laporan Bulanan ${r.office.name} ${r.monthLabel}`} author={r.office.name} language="id">
      <Page size="A4" style={s.page}>
        <Letterhead office={r.office} />
        <Text style={s.title}>LAPORAN BULANAN</Text>
        <Text style={s.number}>Bulan {r.monthLabel} ({formatDate(r.from)} s.d. {formatDate(r.to)})</Text>
        {r.sections.map((sec) => <PdfTable key={sec.title} section={sec} />)}
        <KepalaSignature city={r.office.city} officeName={r.office.name} on={r.issuedOn} kepala={r.kepala} />
        <PageFooter label={`Laporan Bulanan ${r.monthLabel}`} />
      </Page>
    </Document>
  );
  return renderToBuffer(doc);
}
