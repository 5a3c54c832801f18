import "server-only";
import { Document, Page, StyleSheet, Text, View, renderToBuffer } from "@react-pdf/renderer";
import { PROGRAM_LABEL, WARNING_LEVEL_LABEL } from "@/lib/domain/labels";
import { formatDate } from "@/lib/format";
import type { WarningLetterForPdf } from "../queries/violations";
import { LETTER_STYLES, LetterRows as Rows, Letterhead, PDF_FONT } from "./letterhead";

// The surat peringatan to a client: a written warning before revocation, signed by the Kepala.

const s = StyleSheet.create({
  ...LETTER_STYLES,
  heading: { marginTop: 10, fontFamily: PDF_FONT.bold },
  sign: { marginTop: 28, marginLeft: 260 },
});

export async function renderWarningLetterPdf(w: WarningLetterForPdf): Promise<Buffer> {
  const c = w.client;
  const o = c.office;
  const doc = (
    <Document title={`Surat Peringatan ${w.number}`} author={o.name} language="id">
      <Page size="A4" style={s.page}>
        <Letterhead office={o} />
        <Text style={s.title}>SURAT {WARNING_LEVEL_LABEL[w.level].toUpperCase()}</Text>
        <Text style={s.number}>Nomor: {w.number}</Text>
        <Text style={s.para}>Kepala {o.name} memberikan {WARNING_LEVEL_LABEL[w.level].toLowerCase()} kepada klien pemasyarakatan:</Text>
        <Rows rows={[["Nama", c.fullName], ["Nomor register", c.registerNumber], ["Program", PROGRAM_LABEL[c.program]], ["Alamat", c.person.address ?? "-"]]} />
        <Text style={s.heading}>Karena</Text>
        <Text style={s.para}>{w.reason}</Text>
        <Text style={s.para}>
          Klien wajib mematuhi syarat umum dan syarat khusus program serta wajib lapor sesuai jadwal. Apabila pelanggaran diulangi, Bapas dapat
          mengusulkan pencabutan program kepada pihak yang berwenang.
        </Text>
        <View style={s.sign}>
          <Text>{o.city}, {formatDate(w.issuedOn)}</Text>
          <Text>Kepala {o.name},</Text>
          <Text style={{ marginTop: 48, fontFamily: PDF_FONT.bold, textDecoration: "underline" }}>{w.signer?.name ?? "-"}</Text>
          {w.signer?.nip ? <Text>NIP {w.signer.nip}</Text> : null}
        </View>
      </Page>
    </Document>
  );
  return renderToBuffer(doc);
}
