import "server-only";
import { Document, Page, Text, renderToBuffer } from "@react-pdf/renderer";
import type { ExportTable } from "@/lib/domain/export";
import { LetterRows, Letterhead, type LetterheadOffice } from "./letterhead";
import { KepalaSignature, PageFooter, PdfTable, REPORT_STYLES as s } from "./report-parts";

// A data subject's request under UU 27/2022 (UU PDP): who viewed and changed one person's data,
// and when, from the append-only audit trail.

export interface ProcessingHistoryPdf {
  office: LetterheadOffice & { city: string };
  kepala: { name: string; nip: string | null } | null;
  person: { fullName: string; nikMasked: string; birthDate: string };
  issuedOn: Date;
  printedAt: string;
  table: Pick<ExportTable, "title" | "columns" | "rows" | "truncated">;
}

export async function renderProcessingHistoryPdf(r: ProcessingHistoryPdf): Promise<Buffer> {
  const doc = (
    <Document title={`Riwayat pemrosesan data ${r.person.fullName}`} author={r.office.name} language="id">
      <Page size="A4" style={s.page}>
        <Letterhead office={r.office} />
        <Text style={s.title}>RIWAYAT PEMROSESAN DATA PRIBADI</Text>
        <Text style={s.number}>Berdasarkan Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi</Text>
        <LetterRows rows={[["Nama", r.person.fullName], ["NIK", r.person.nikMasked], ["Tanggal lahir", r.person.birthDate], ["Dicetak", r.printedAt]]} />
        <Text style={s.para}>
          Daftar berikut memuat setiap kegiatan pemrosesan data pribadi yang bersangkutan yang tercatat dalam jejak audit {r.office.name}: siapa
          melihat, mencatat atau mengubah data, dan kapan. Jejak audit tidak dapat diubah atau dihapus.
          {r.table.rows.length === 0 ? " Tidak ada kegiatan pemrosesan yang tercatat." : ""}
          {r.table.truncated ? " Daftar dibatasi; riwayat selebihnya dapat diminta kepada admin Bapas." : ""}
        </Text>
        {r.table.rows.length ? <PdfTable section={r.table} widths={["22%", "22%", "34%", "22%"]} keepTogether={false} fontSize={9} /> : null}
        <KepalaSignature city={r.office.city} officeName={r.office.name} on={r.issuedOn} kepala={r.kepala} />
        <PageFooter label={`Riwayat pemrosesan data ${r.person.fullName}`} />
      </Page>
    </Document>
  );
  return renderToBuffer(doc);
}
