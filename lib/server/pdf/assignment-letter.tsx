import "server-only";
import { Document, Page, StyleSheet, Text, View, renderToBuffer } from "@react-pdf/renderer";
import { todayIn } from "@/lib/domain/calendar";
import { CHILD_ROLE_LABEL } from "@/lib/domain/labels";
import { formatDate, formatDateTime } from "@/lib/format";
import type { AssignmentLetterForPdf } from "../queries/pendampingan";
import { LETTER_STYLES, LetterRows as Rows, Letterhead, PDF_FONT } from "./letterhead";

// The surat tugas: the Kepala assigns the PK to accompany a child (UU 11/2012 SPPA Pasal 23).

const s = StyleSheet.create({
  ...LETTER_STYLES,
  heading: { marginTop: 10, fontFamily: PDF_FONT.bold },
  sign: { marginTop: 28, marginLeft: 260 },
});

export async function renderAssignmentLetterPdf(l: AssignmentLetterForPdf): Promise<Buffer> {
  const o = l.office;
  const issuedOn = l.assignmentLetterIssuedAt ? todayIn(o.timeZone, l.assignmentLetterIssuedAt) : null;
  const letter = [l.requesterLetterNumber, l.requesterLetterDate ? `tanggal ${formatDate(l.requesterLetterDate)}` : null].filter(Boolean).join(" ");
  const doc = (
    <Document title={`Surat Tugas ${l.assignmentLetterNumber}`} author={o.name} language="id">
      <Page size="A4" style={s.page}>
        <Letterhead office={o} />
        <Text style={s.title}>SURAT TUGAS</Text>
        <Text style={s.number}>Nomor: {l.assignmentLetterNumber}</Text>
        <Text style={s.heading}>Dasar:</Text>
        <Text>1. Undang-Undang Nomor 11 Tahun 2012 tentang Sistem Peradilan Pidana Anak, Pasal 23;</Text>
        <Text>2. Peraturan Pemerintah Nomor 65 Tahun 2015;</Text>
        <Text>3. Surat permintaan pendampingan dari {l.requesterInstitution}{letter ? ` nomor ${letter}` : ""}, diterima {formatDateTime(l.receivedAt, o.timeZone)}.</Text>
        <Text style={[s.heading, { textAlign: "center", marginTop: 14 }]}>MENUGASKAN</Text>
        <Text style={s.heading}>Kepada:</Text>
        <Rows rows={[["Nama", l.assignedPk!.name], ["NIP", l.assignedPk!.nip ?? "-"], ["Jabatan", "Pembimbing Kemasyarakatan"]]} />
        <Text style={s.heading}>Untuk:</Text>
        <Text style={s.para}>
          Melakukan pendampingan terhadap anak dalam setiap tingkat pemeriksaan (pemeriksaan penyidik, penuntut umum, musyawarah diversi
          dan sidang anak) bersama orang tua/wali anak, dengan kehadiran paling lambat {formatDateTime(l.dueAt, o.timeZone)} (1×24 jam sejak
          permintaan diterima):
        </Text>
        <Rows
          rows={[
            ["Nama anak", l.person.fullName],
            ["Tanggal lahir", l.person.birthDate ? formatDate(l.person.birthDate) : "-"],
            ["Kedudukan", CHILD_ROLE_LABEL[l.childRole]],
            ["Perkara", [l.offence, l.offenceArticle].filter(Boolean).join(", ")],
            ["Penyidik", l.investigatorName ?? "-"],
            ["Nomor register", l.number ?? "-"],
          ]}
        />
        <Text style={s.para}>Setelah melaksanakan tugas, segera melaporkan hasilnya kepada Kepala {o.name}. Surat tugas ini dilaksanakan dengan penuh tanggung jawab.</Text>
        <View style={s.sign}>
          <Text>{o.city}, {issuedOn ? formatDate(issuedOn) : "-"}</Text>
          <Text>Kepala {o.name},</Text>
          <Text style={{ marginTop: 48, fontFamily: PDF_FONT.bold, textDecoration: "underline" }}>{l.signer?.name ?? "-"}</Text>
          {l.signer?.nip ? <Text>NIP {l.signer.nip}</Text> : null}
        </View>
      </Page>
    </Document>
  );
  return renderToBuffer(doc);
}
