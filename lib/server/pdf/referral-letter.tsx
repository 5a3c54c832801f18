import "server-only";
import { Document, Page, StyleSheet, Text, View, renderToBuffer } from "@react-pdf/renderer";
import { todayIn } from "@/lib/domain/calendar";
import { PROGRAM_LABEL, REVOCATION_TPP_RECOMMENDATION_LABEL, VIOLATION_TYPE_LABEL } from "@/lib/domain/labels";
import { formatDate } from "@/lib/format";
import type { ReferralLetterForPdf } from "../queries/violations";
import { LETTER_STYLES, LetterRows as Rows, Letterhead, PDF_FONT } from "./letterhead";

// The Bapas's report to the authority that decides a revocation: for PB/CB/CMB the report upward
// with the Kepala's pencabutan sementara; otherwise the report to the Lapas/Kanwil, the official or
// the jaksa (domain.md, "Supervision as practised").

const s = StyleSheet.create({
  ...LETTER_STYLES,
  heading: { marginTop: 10, fontFamily: PDF_FONT.bold },
  sign: { marginTop: 28, marginLeft: 260 },
});

const SUBJECT = {
  MENTERI: "Laporan pencabutan sementara pembebasan bersyarat / cuti bersyarat / cuti menjelang bebas",
  LAPAS: "Laporan pelanggaran klien asimilasi",
  PEJABAT_DIVERSI: "Laporan tidak dilaksanakannya kesepakatan diversi",
  PENGADILAN: "Laporan pelanggaran syarat pidana",
} as const;

export async function renderReferralLetterPdf(r: ReferralLetterForPdf): Promise<Buffer> {
  const c = r.client;
  const o = c.office;
  const on = r.referredAt ? todayIn(o.timeZone, r.referredAt) : null;
  const doc = (
    <Document title={`Surat ${r.referralNumber}`} author={o.name} language="id">
      <Page size="A4" style={s.page}>
        <Letterhead office={o} />
        <Rows rows={[["Nomor", r.referralNumber ?? "-"], ["Perihal", SUBJECT[r.authority]]]} marginTop={8} />
        <Text style={{ marginTop: 10 }}>Kepada Yth.</Text>
        <Text style={{ fontFamily: PDF_FONT.bold }}>{r.referredTo}</Text>
        <Text style={s.para}>Dengan hormat, bersama ini kami laporkan pelanggaran oleh klien pemasyarakatan berikut:</Text>
        <Rows
          rows={[
            ["Nama", c.fullName],
            ["Tempat, tanggal lahir", [c.person.birthPlace, c.person.birthDate ? formatDate(c.person.birthDate) : null].filter(Boolean).join(", ") || "-"],
            ["Nomor register", c.registerNumber],
            ["Program", PROGRAM_LABEL[c.program]],
            ["Masa bimbingan", `${formatDate(c.guidanceStart)} s.d. ${formatDate(c.guidanceEnd)}`],
            ["Perkara", c.offence || "-"],
          ]}
        />
        <Text style={s.heading}>Pelanggaran</Text>
        {r.violations.map((v, i) => <Text key={i}>{i + 1}. {VIOLATION_TYPE_LABEL[v.type]}, {formatDate(v.occurredOn)}</Text>)}
        {r.complainant ? <Text style={s.para}>Proses ini berawal dari pengaduan masyarakat oleh {r.complainant}{r.complaintOn ? ` tanggal ${formatDate(r.complaintOn)}` : ""}.</Text> : null}
        <Text style={s.heading}>Hasil pemeriksaan PK</Text>
        <Text style={s.para}>{r.pkReport ?? "-"}</Text>
        {r.tppRecommendation ? (
          <>
            <Text style={s.heading}>Rekomendasi sidang TPP</Text>
            <Text style={s.para}>{REVOCATION_TPP_RECOMMENDATION_LABEL[r.tppRecommendation]}. {r.tppNotes}</Text>
          </>
        ) : null}
        <Text style={s.heading}>{r.authority === "MENTERI" ? "Pencabutan sementara" : "Pertimbangan"}</Text>
        <Text style={s.para}>
          {r.authority === "MENTERI"
            ? `Terhitung ${r.suspendedAt ? formatDate(todayIn(o.timeZone, r.suspendedAt)) : "-"} Kepala ${o.name} mencabut sementara program klien tersebut sambil menunggu keputusan. ${r.outcomeNote ?? ""}`
            : (r.outcomeNote ?? "-")}
        </Text>
        <Text style={s.para}>Demikian laporan ini kami sampaikan untuk mendapat keputusan lebih lanjut. Atas perhatiannya kami ucapkan terima kasih.</Text>
        <View style={s.sign}>
          <Text>{o.city}, {on ? formatDate(on) : "-"}</Text>
          <Text>Kepala {o.name},</Text>
          <Text style={{ marginTop: 48, fontFamily: PDF_FONT.bold, textDecoration: "underline" }}>{r.signer?.name ?? "-"}</Text>
          {r.signer?.nip ? <Text>NIP {r.signer.nip}</Text> : null}
        </View>
      </Page>
    </Document>
  );
  return renderToBuffer(doc);
}
