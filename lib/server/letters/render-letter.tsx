import "server-only";
import { Document, Image, Page, StyleSheet, Text, View, renderToBuffer } from "@react-pdf/renderer";
import { LETTER_STYLES, LetterRows, Letterhead, PDF_FONT } from "../pdf/letterhead";
import QRCode from "qrcode";
import { GENDER_LABEL, PROGRAM_LABEL } from "@/lib/domain/labels";
import { formatDate } from "@/lib/format";
import { env } from "../env";
import type { LetterForPdf } from "../queries/letters";

// Step two of the letter: render what getLetterForPdf gathered. Built-in Times (PDF_FONT) keeps the
// PDF self-contained; the QR code carries the public verification URL.


const s = StyleSheet.create({
  ...LETTER_STYLES,
  foot: { flexDirection: "row", justifyContent: "space-between", marginTop: 28 },
  qrBox: { width: 150, alignItems: "center" },
  qr: { width: 96, height: 96 },
  qrText: { fontSize: 7, textAlign: "center", marginTop: 2 },
  sign: { width: 220 },
  revoked: { position: "absolute", top: 300, left: 80, fontSize: 48, color: "#c00", opacity: 0.25, transform: "rotate(-30deg)", fontFamily: PDF_FONT.bold },
});

export function verificationUrl(token: string): string {
  return `${env.appUrl}/verifikasi/${token}`;
}

export async function renderLetterPdf(l: LetterForPdf): Promise<Buffer> {
  const url = verificationUrl(l.verificationToken);
  const qr = await QRCode.toDataURL(url, { margin: 1, width: 256, errorCorrectionLevel: "M" });
  const c = l.client;
  const rows: [string, string][] = [
    ["Nama", c.fullName],
    ["Nomor register", c.registerNumber],
    ["Tempat, tanggal lahir", [c.person.birthPlace, c.person.birthDate ? formatDate(c.person.birthDate) : null].filter(Boolean).join(", ") || "-"],
    ["Jenis kelamin", c.person.gender ? GENDER_LABEL[c.person.gender] : "-"],
    ["Alamat", c.person.address ?? "-"],
    ["Program", PROGRAM_LABEL[c.program]],
    ["Masa pembimbingan", `${formatDate(c.guidanceStart)} s.d. ${formatDate(c.guidanceEnd)}`],
  ];
  const o = l.office;
  const doc = (
    <Document title={`Surat Keterangan Akhir Pembimbingan ${l.number}`} author={o.name} language="id">
      <Page size="A4" style={s.page}>
        <Letterhead office={o} />
        <Text style={s.title}>SURAT KETERANGAN AKHIR PEMBIMBINGAN</Text>
        <Text style={s.number}>Nomor: {l.number}</Text>
        <Text>Yang bertanda tangan di bawah ini, Kepala {o.name}, menerangkan bahwa:</Text>
        <LetterRows rows={rows} marginTop={8} />
        <Text style={s.para}>{l.statement}</Text>
        <Text style={s.para}>Demikian surat keterangan ini dibuat untuk dipergunakan sebagaimana mestinya.</Text>
        <View style={s.foot}>
          <View style={s.qrBox}>
            {/* eslint-disable-next-line jsx-a11y/alt-text */}
            <Image style={s.qr} src={qr} />
            <Text style={s.qrText}>Pindai untuk memeriksa keaslian surat</Text>
          </View>
          <View style={s.sign}>
            <Text>{o.city}, {formatDate(l.issuedOn)}</Text>
            <Text>Kepala {o.name},</Text>
            <Text style={{ marginTop: 48, fontFamily: PDF_FONT.bold, textDecoration: "underline" }}>{l.signerName}</Text>
            {l.signerNip ? <Text>NIP {l.signerNip}</Text> : null}
          </View>
        </View>
        {l.revoked ? <Text style={s.revoked}>DICABUT</Text> : null}
      </Page>
    </Document>
  );
  return renderToBuffer(doc);
}
