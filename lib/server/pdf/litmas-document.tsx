import "server-only";
import { Document, Font, Page, StyleSheet, Text, View, renderToBuffer } from "@react-pdf/renderer";
import type { LitmasReportData } from "./litmas-data";

// The default hyphenation is English: it would split Indonesian words wrongly. Wrap whole words.
Font.registerHyphenationCallback((word) => [word]);

const s = StyleSheet.create({
  page: { paddingTop: 36, paddingBottom: 48, paddingHorizontal: 56, fontSize: 11, fontFamily: "Times-Roman", lineHeight: 1.4 },
  head: { textAlign: "center", borderBottomWidth: 2, borderBottomColor: "#000", paddingBottom: 6, marginBottom: 14 },
  head1: { fontSize: 11, fontFamily: "Times-Bold" },
  head2: { fontSize: 11, fontFamily: "Times-Bold" },
  head3: { fontSize: 13, fontFamily: "Times-Bold", marginTop: 2 },
  headSmall: { fontSize: 9 },
  title: { textAlign: "center", fontSize: 13, fontFamily: "Times-Bold", textDecoration: "underline" },
  number: { textAlign: "center", marginBottom: 14 },
  meta: { flexDirection: "row", marginBottom: 2 },
  metaLabel: { width: 130 },
  metaValue: { flex: 1 },
  sectionTitle: { fontFamily: "Times-Bold", marginTop: 10, marginBottom: 3 },
  paragraph: { textAlign: "justify" },
  signRow: { flexDirection: "row", justifyContent: "space-between", marginTop: 28 },
  signBlock: { width: "45%", textAlign: "center" },
  signName: { marginTop: 56, fontFamily: "Times-Bold", textDecoration: "underline" },
  footer: { position: "absolute", bottom: 24, left: 56, right: 56, fontSize: 8, color: "#555", flexDirection: "row", justifyContent: "space-between" },
});

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"];

function LitmasReport({ d }: { d: LitmasReportData }) {
  const contact = [d.office.phone ? `Telepon ${d.office.phone}` : null, d.office.email].filter(Boolean).join(" · ");
  return (
    <Document title={`Litmas ${d.number}`} author={d.office.name} subject={`Penelitian Kemasyarakatan ${d.client.fullName}`} language="id">
      <Page size="A4" style={s.page}>
        <View style={s.head}>
          <Text style={s.head1}>{d.office.letterheadLine1}</Text>
          <Text style={s.head2}>{d.office.letterheadLine2}</Text>
          <Text style={s.head3}>{d.office.name.toUpperCase()}</Text>
          <Text style={s.headSmall}>{d.office.address}</Text>
          {contact ? <Text style={s.headSmall}>{contact}</Text> : null}
        </View>
        <Text style={s.title}>LAPORAN PENELITIAN KEMASYARAKATAN</Text>
        <Text style={s.number}>Nomor: {d.number}</Text>
        <View style={s.meta}><Text style={s.metaLabel}>Nama klien</Text><Text style={s.metaValue}>: {d.client.fullName}</Text></View>
        <View style={s.meta}><Text style={s.metaLabel}>Nomor register</Text><Text style={s.metaValue}>: {d.client.registerNumber}</Text></View>
        <View style={s.meta}><Text style={s.metaLabel}>Tujuan litmas</Text><Text style={s.metaValue}>: {d.purpose}</Text></View>
        <View style={s.meta}><Text style={s.metaLabel}>Permintaan dari</Text><Text style={s.metaValue}>: {d.requester}</Text></View>
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
