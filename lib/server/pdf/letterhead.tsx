import "server-only";
import { Font, StyleSheet, Text, View } from "@react-pdf/renderer";

// The one letterhead (kop surat) and typeface of every document the office prints: litmas
// reports and end-of-guidance letters look like letters of the same office.

// The default hyphenation is English: it would split Indonesian words, names and numbers wrongly.
Font.registerHyphenationCallback((word) => [word]);

export const PDF_FONT = { regular: "Times-Roman", bold: "Times-Bold", italic: "Times-Italic" } as const;

const s = StyleSheet.create({
  head: { textAlign: "center", borderBottomWidth: 2, borderBottomColor: "#000", paddingBottom: 6, marginBottom: 14 },
  line: { fontSize: 11, fontFamily: PDF_FONT.bold },
  office: { fontSize: 13, fontFamily: PDF_FONT.bold, marginTop: 2 },
  small: { fontSize: 9 },
});

export interface LetterheadOffice {
  letterheadLine1: string;
  letterheadLine2: string;
  name: string;
  address: string;
  phone?: string | null;
  email?: string | null;
}

export function Letterhead({ office }: { office: LetterheadOffice }) {
  const contact = [office.phone ? `Telepon ${office.phone}` : null, office.email].filter(Boolean).join(" · ");
  return (
    <View style={s.head}>
      <Text style={s.line}>{office.letterheadLine1}</Text>
      <Text style={s.line}>{office.letterheadLine2}</Text>
      <Text style={s.office}>{office.name.toUpperCase()}</Text>
      <Text style={s.small}>{office.address}</Text>
      {contact ? <Text style={s.small}>{contact}</Text> : null}
    </View>
  );
}

/** The body of an office letter (surat keterangan, surat tugas): page, title, number, paragraphs. */
export const LETTER_STYLES = StyleSheet.create({
  page: { paddingTop: 36, paddingBottom: 48, paddingHorizontal: 56, fontSize: 11, fontFamily: PDF_FONT.regular, lineHeight: 1.4 },
  title: { textAlign: "center", fontSize: 12, fontFamily: PDF_FONT.bold, textDecoration: "underline", marginTop: 6 },
  number: { textAlign: "center", marginBottom: 16 },
  para: { marginTop: 10, textAlign: "justify" },
});

const rowStyles = StyleSheet.create({
  row: { flexDirection: "row", marginBottom: 2 },
  label: { width: 150 },
  colon: { width: 10 },
  value: { flex: 1 },
});

/** "Nama : …" lines of a letter, the labels aligned. */
export function LetterRows({ rows, marginTop = 4 }: { rows: [string, string][]; marginTop?: number }) {
  return (
    <View style={{ marginTop }}>
      {rows.map(([k, v]) => (
        <View key={k} style={rowStyles.row}>
          <Text style={rowStyles.label}>{k}</Text>
          <Text style={rowStyles.colon}>:</Text>
          <Text style={rowStyles.value}>{v}</Text>
        </View>
      ))}
    </View>
  );
}
