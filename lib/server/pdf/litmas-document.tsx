import "server-only";
import { Document, Page, StyleSheet, Text, View, renderToBuffer } from "@react-pdf/renderer";
import { Letterhead, PDF_FONT } from "./letterhead";
import type { LitmasReportData } from "./litmas-data";


const s = StyleSheet.create({
  page: { paddingTop: 36, paddingBottom: 48, paddingHorizontal: 56, fontSize: 11, fontFamily: PDF_FONT.regular, lineHeight: 1.4 },
  title: { textAlign: "center", fontSize: 13, fontFamily: PDF_FONT.bold, textDecoration: "underline" },
  number: { textAlign: "center", marginBottom: 14 },
  meta: { flexDirection: "row", marginBottom: 2 },
  metaLabel: { width: 130 },
  metaValue: { flex: 1 },
  sectionTitle: { fontFamily: PDF_FONT.bold, marginTop: 10, marginBottom: 3 },
  paragraph: { textAlign: "justify" },
  signRow: { flexDirection: "row", justifyContent: "space-between", marginTop: 28 },
  signBlock: { width: "45%", textAlign: "center" },
  signName: { marginTop: 56, fontFamily: PDF_FONT.bold, textDecoration: "underline" },
  footer: { position: "absolute", bottom: 24, left: 56, right: 56, fontSize: 8, color: "#555", flexDirection: "row", justifyContent: "space-between" },
});

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"];

function LitmasReport({ d }: { d: LitmasReportData }) {
  return (
    <Document title={`Litmas ${d.number}`} author={d.office.name} subject={`Penelitian Kemasyarakatan ${d.client.fullName}`} language="id">
      <Page size="A4" style={s.page}>
        <Letterhead office={d.office} />
        <Text style={s.title}>LAPORAN PENELITIAN KEMASYARAKATAN</Text>
        <Text style={s.number}>Nomor: {d.number}</Text>
        <View style={s.meta}><Text style={s.metaLabel}>{d.client.registerNumber ? "Nama klien" : "Nama"}</Text><Text style={s.metaValue}>: {d.client.fullName}</Text></View>
        {d.client.registerNumber ? <View style={s.meta}><Text style={s.metaLabel}>Nomor register</Text><Text style={s.metaValue}>: {d.client.registerNumber}</Text></View> : null}
        <View style={s.meta}><Text style={s.metaLabel}>Tujuan litmas</Text><Text style={s.metaValue}>: {d.purpose}</Text></View>
        <View style={s.meta}><Text style={s.metaLabel}>Permintaan dari</Text><Text style={s.metaValue}>: {d.requester}</Text></View>
        {d.tpp ? <View style={s.meta}><Text style={s.metaLabel}>Dibahas dalam</Text><Text style={s.metaValue}>: {d.tpp}</Text></View> : null}
        {d.sections.map((sec, i) => (
          <View key={sec.title} wrap>
            <Text style={s.sectionTitle} minPresenceAhead={40}>{ROMAN[i]}. {sec.title.toUpperCase()}</Text>
            {sec.text.split(/\n+/).map((p, j) => <Text key={j} style={s.paragraph}>{p}</Text>)}
          </View>
        ))}
        <Text style={{ marginTop: 16, textAlign: "right" }}>{d.office.city}, {d.approvedOn}</Text>
        <View style={s.signRow} wrap={false}>
          <View style={s.signBlock}>
            <Text>Mengetahui,</Text>
            <Text>Kepala {d.office.name}</Text>
            <Text style={s.signName}>{d.kepala.name}</Text>
            <Text>NIP {d.kepala.nip ?? "—"}</Text>
          </View>
          <View style={s.signBlock}>
            <Text>Yang membuat,</Text>
            <Text>Pembimbing Kemasyarakatan</Text>
            <Text style={s.signName}>{d.pk.name}</Text>
            <Text>NIP {d.pk.nip ?? "—"}</Text>
          </View>
        </View>
        <View style={s.footer} fixed>
          <Text>Litmas {d.number} · {d.client.fullName}</Text>
          <Text render={({ pageNumber, totalPages }) => `Halaman ${pageNumber} dari ${totalPages}`} />
        </View>
      </Page>
    </Document>
  );
}

/** Renders the approved litmas as an A4 PDF. */
export function renderLitmasPdf(d: LitmasReportData): Promise<Buffer> {
  return renderToBuffer(<LitmasReport d={d} />);
}
