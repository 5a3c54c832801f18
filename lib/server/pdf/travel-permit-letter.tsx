import "server-only";
import { Document, Page, StyleSheet, Text, View, renderToBuffer } from "@react-pdf/renderer";
import { daysBetween, todayIn } from "@/lib/domain/calendar";
import { PROGRAM_LABEL } from "@/lib/domain/labels";
import { ABROAD_PURPOSE_LABEL, type AbroadPurpose } from "@/lib/domain/permits";
import { formatDate } from "@/lib/format";
import type { TravelPermitLetterForPdf } from "../queries/client-prints";
import { LETTER_STYLES, LetterRows as Rows, Letterhead, PDF_FONT } from "./letterhead";

// Travel permits of PB, CB and CMB clients (domain.md, "Supervision as practised"): the Kepala's
// surat izin to leave the city, or the Bapas's recommendation up to the minister for going abroad
// (medical treatment, a religious duty, a child's education; at most 30 days).

const s = StyleSheet.create({
  ...LETTER_STYLES,
  heading: { marginTop: 10, fontFamily: PDF_FONT.bold },
  sign: { marginTop: 28, marginLeft: 260 },
});

export const MINISTRY_ADDRESSEE = "Menteri Imigrasi dan Pemasyarakatan Republik Indonesia c.q. Direktur Jenderal Pemasyarakatan, melalui Kepala Kantor Wilayah";

export async function renderTravelPermitLetterPdf(p: TravelPermitLetterForPdf): Promise<Buffer> {
  const c = p.client;
  const o = c.office;
  const on = p.decidedAt ? todayIn(o.timeZone, p.decidedAt) : null;
  const days = daysBetween(p.fromDate, p.toDate) + 1;
  const abroad = p.kind === "LUAR_NEGERI";
  const purpose = abroad ? (ABROAD_PURPOSE_LABEL[p.purpose as AbroadPurpose] ?? p.purpose) : p.purpose;
  const who: [string, string][] = [
    ["Nama", c.fullName],
    ["Tempat, tanggal lahir", [c.person.birthPlace, c.person.birthDate ? formatDate(c.person.birthDate) : null].filter(Boolean).join(", ") || "-"],
    ["Nomor register", c.registerNumber],
    ["Program", PROGRAM_LABEL[c.program]],
    ["Dasar", c.decreeNumber
      ? `${c.decreeNumber}${c.decreeDate ? `, ${formatDate(c.decreeDate)}` : ""}`
      : c.courtDecisionNumber ? `Putusan ${c.courtDecisionNumber}${c.courtDecisionDate ? `, ${formatDate(c.courtDecisionDate)}` : ""}` : "-"],
    ["Alamat", [c.person.address, c.person.city].filter(Boolean).join(", ") || "-"],
    ["PK pembimbing", c.assignedPk?.name ?? "-"],
  ];
  const trip: [string, string][] = [
    ["Tujuan", p.destination],
    ["Keperluan", purpose],
    ["Lama", `${days} hari, ${formatDate(p.fromDate)} s.d. ${formatDate(p.toDate)}`],
  ];
  const doc = (
    <Document title={`${abroad ? "Rekomendasi izin ke luar negeri" : "Surat izin ke luar kota"} ${p.letterNumber}`} author={o.name} language="id">
      <Page size="A4" style={s.page}>
        <Letterhead office={o} />
        {abroad ? (
          <>
            <Rows rows={[["Nomor", p.letterNumber ?? "-"], ["Perihal", "Rekomendasi izin ke luar negeri klien pemasyarakatan"]]} marginTop={8} />
            <Text style={{ marginTop: 10 }}>Kepada Yth.</Text>
            <Text style={{ fontFamily: PDF_FONT.bold }}>{MINISTRY_ADDRESSEE}</Text>
            <Text style={s.para}>Dengan hormat, bersama ini kami sampaikan permohonan izin ke luar negeri dari klien pemasyarakatan berikut:</Text>
            <Rows rows={who} />
            <Rows rows={trip} marginTop={8} />
            <Text style={s.heading}>Pertimbangan Bapas</Text>
            <Text style={s.para}>{p.reason}</Text>
            {p.decisionNote ? <Text style={s.para}>{p.decisionNote}</Text> : null}
            <Text style={s.para}>
              Berdasarkan hal tersebut, Kepala {o.name} merekomendasikan pemberian izin ke luar negeri kepada klien tersebut untuk paling lama {days} hari.
              Selama di luar negeri klien tetap dalam pembimbingan dan wajib melapor diri kepada PK paling lambat satu hari kerja setelah kembali.
            </Text>
            <Text style={s.para}>Demikian rekomendasi ini kami sampaikan untuk mendapat keputusan Menteri. Atas perhatiannya kami ucapkan terima kasih.</Text>
          </>
        ) : (
          <>
            <Text style={s.title}>SURAT IZIN KE LUAR KOTA</Text>
            <Text style={s.number}>Nomor: {p.letterNumber}</Text>
            <Text style={s.para}>Kepala {o.name} memberikan izin ke luar kota kepada klien pemasyarakatan:</Text>
            <Rows rows={who} />
            <Rows rows={trip} marginTop={8} />
            <Text style={s.heading}>Dengan ketentuan</Text>
            <Text>1. Selama bepergian klien tetap menaati syarat program dan tidak melakukan pelanggaran hukum.</Text>
            <Text>2. Surat izin ini dibawa selama perjalanan dan ditunjukkan bila diminta petugas.</Text>
            <Text>3. Klien melapor diri kepada PK paling lambat satu hari kerja setelah tanggal kembali.</Text>
            <Text>4. Izin ini tidak berlaku lagi bila klien tidak kembali pada tanggal tersebut; hal itu dicatat sebagai pelanggaran.</Text>
            {p.decisionNote ? <Text style={s.para}>Catatan: {p.decisionNote}</Text> : null}
          </>
        )}
        <View style={s.sign} wrap={false}>
          <Text>{o.city}, {on ? formatDate(on) : "-"}</Text>
          <Text>Kepala {o.name},</Text>
          <Text style={{ marginTop: 48, fontFamily: PDF_FONT.bold, textDecoration: "underline" }}>{p.signer?.name ?? "-"}</Text>
          {p.signer?.nip ? <Text>NIP {p.signer.nip}</Text> : null}
        </View>
      </Page>
    </Document>
  );
  return renderToBuffer(doc);
}
