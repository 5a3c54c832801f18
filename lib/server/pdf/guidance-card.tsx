import "server-only";
import { Document, Page, StyleSheet, Text, View, renderToBuffer } from "@react-pdf/renderer";
import type { ReactNode } from "react";
import { addMonths } from "@/lib/domain/calendar";
import { ATTENDANCE_STATUS_LABEL, GENDER_LABEL, ORIGIN_TYPE_LABEL, PK_LEVEL_LABEL, PROGRAM_LABEL, RELIGION_LABEL, REPORTING_FREQUENCY_LABEL } from "@/lib/domain/labels";
import { needsTravelPermit } from "@/lib/domain/permits";
import { AUTHORITY_WORDS, revocationAuthority } from "@/lib/domain/revocation";
import { formatDate, formatDateShort } from "@/lib/format";
import type { GuidancePrintData } from "../queries/client-prints";
import { LETTER_STYLES, LetterRows as Rows, Letterhead, PDF_FONT } from "./letterhead";

// The kartu bimbingan and the kontrak bimbingan (domain.md, "Documents and registers in use",
// "Supervision as practised"): made at registration and explained to the client in the orientation
// (rights, duties, prohibitions, sanctions, the PK). The card carries the reporting dates with a
// column for the PK's paraf; the contract is signed by the client and the PK, and the Kepala
// acknowledges it.

const s = StyleSheet.create({
  ...LETTER_STYLES,
  heading: { marginTop: 10, fontFamily: PDF_FONT.bold },
  item: { flexDirection: "row", marginTop: 2 },
  itemNo: { width: 18 },
  itemText: { flex: 1, textAlign: "justify" },
  table: { marginTop: 6, borderTopWidth: 1, borderLeftWidth: 1, borderColor: "#000" },
  tr: { flexDirection: "row" },
  cell: { borderRightWidth: 1, borderBottomWidth: 1, borderColor: "#000", paddingVertical: 3, paddingHorizontal: 4, fontSize: 9.5 },
  th: { fontFamily: PDF_FONT.bold, backgroundColor: "#eeeeee" },
  signRow: { flexDirection: "row", justifyContent: "space-between", marginTop: 18 },
  signBox: { width: 150, textAlign: "center" },
  signName: { marginTop: 48, fontFamily: PDF_FONT.bold, textDecoration: "underline" },
});

const COLS = [22, 92, 112, 78, 62, 0] as const; // the last column takes the rest

function Cell({ i, children, head }: { i: number; children?: ReactNode; head?: boolean }) {
  const w = COLS[i];
  return <Text style={[s.cell, head ? s.th : {}, w ? { width: w } : { flex: 1 }]}>{children ?? " "}</Text>;
}

function List({ items }: { items: string[] }) {
  return (
    <View>
      {items.map((t, i) => (
        <View key={i} style={s.item} wrap={false}>
          <Text style={s.itemNo}>{i + 1}.</Text>
          <Text style={s.itemText}>{t}</Text>
        </View>
      ))}
    </View>
  );
}

const basis = (d: GuidancePrintData) =>
  d.decreeNumber
    ? `${d.decreeNumber}${d.decreeDate ? `, ${formatDate(d.decreeDate)}` : ""}${d.decreeIssuer ? ` (${d.decreeIssuer})` : ""}`
    : d.courtDecisionNumber
      ? `Putusan ${d.courtDecisionNumber}${d.courtDecisionDate ? `, ${formatDate(d.courtDecisionDate)}` : ""}`
      : "-";

const pkLine = (d: GuidancePrintData) =>
  d.assignedPk ? `${d.assignedPk.name}${d.assignedPk.pkLevel ? `, ${PK_LEVEL_LABEL[d.assignedPk.pkLevel]}` : ""}${d.assignedPk.nip ? ` (NIP ${d.assignedPk.nip})` : ""}` : "Belum ditugaskan";

/** How the client reports, in the office's words and by its window rule. */
export function scheduleSentence(d: GuidancePrintData): string {
  if (!d.schedule) return "Jadwal wajib lapor belum ditetapkan; PK memberitahukannya kepada klien.";
  const w = d.windowRule;
  const base = `Wajib lapor ${REPORTING_FREQUENCY_LABEL[d.schedule.frequency].toLowerCase()} sejak ${formatDate(d.schedule.startsOn)}`;
  const when = d.schedule.frequency === "MONTHLY" && w.monthlyInMonth
    ? "pada hari kerja mana pun dalam bulan yang dijadwalkan"
    : `pada tanggal yang dijadwalkan (bila jatuh pada hari libur, pada hari kerja berikutnya), paling cepat ${w.earlyDays} hari sebelumnya dan paling lambat ${w.graceWorkingDays} hari kerja sesudahnya`;
  return `${base}, ${when}. Bila berhalangan karena alasan yang mendesak, klien memberi tahu PK sebelum batas waktu lapor.`;
}

function identityRows(d: GuidancePrintData): [string, string][] {
  const p = d.person;
  return [
    ["Nama", d.fullName],
    ["Nomor register", d.registerNumber],
    ["Tempat, tanggal lahir", [p.birthPlace, p.birthDate ? formatDate(p.birthDate) : null].filter(Boolean).join(", ") || "-"],
    ["Jenis kelamin", p.gender ? GENDER_LABEL[p.gender] : "-"],
    ["Agama", p.religion ? RELIGION_LABEL[p.religion] : "-"],
    ["Pekerjaan", p.occupation || "-"],
    ["Alamat", [p.address, p.city].filter(Boolean).join(", ") || "-"],
  ];
}

function programRows(d: GuidancePrintData): [string, string][] {
  return [
    ["Program", PROGRAM_LABEL[d.program]],
    ["Dasar (SK/putusan)", basis(d)],
    ["Asal", `${ORIGIN_TYPE_LABEL[d.originType]} ${d.originInstitution}`],
    ["Perkara", [d.offence, d.offenceArticle].filter(Boolean).join(", ") || "-"],
    ["Masa bimbingan", `${formatDate(d.guidanceStart)} s.d. ${formatDate(d.guidanceEnd)}`],
    ...(d.expiryDate ? [["Tanggal ekspirasi", formatDate(d.expiryDate)] as [string, string]] : []),
    ...(d.program === "PB" && d.expiryDate ? [["Masa percobaan", `s.d. ${formatDate(addMonths(d.expiryDate, 12))}`] as [string, string]] : []),
    ["Pembimbing Kemasyarakatan", pkLine(d)],
  ];
}

export async function renderGuidanceCardPdf(d: GuidancePrintData): Promise<Buffer> {
  const o = d.office;
  const doc = (
    <Document title={`Kartu Bimbingan ${d.registerNumber}`} author={o.name} language="id">
      <Page size="A4" style={s.page}>
        <Letterhead office={o} />
        <Text style={s.title}>KARTU BIMBINGAN KLIEN PEMASYARAKATAN</Text>
        <Text style={s.number}>Nomor register: {d.registerNumber}</Text>
        <Rows rows={[...identityRows(d).filter(([k]) => k !== "Nomor register"), ...programRows(d)]} />
        <Text style={s.heading}>Jadwal wajib lapor</Text>
        <Text style={s.para}>{scheduleSentence(d)}</Text>
        <View style={s.table}>
          <View style={s.tr} fixed>
            <Cell i={0} head>No</Cell><Cell i={1} head>Jadwal lapor</Cell><Cell i={2} head>Batas waktu lapor</Cell><Cell i={3} head>Tanggal lapor</Cell><Cell i={4} head>Paraf PK</Cell><Cell i={5} head>Keterangan</Cell>
          </View>
          {d.rows.length === 0 ? (
            <View style={s.tr}><Cell i={5}>Belum ada jadwal lapor. Cetak ulang kartu setelah PK menetapkan jadwal wajib lapor.</Cell></View>
          ) : d.rows.map((r, i) => (
            <View key={r.dueOn.toISOString()} style={s.tr} wrap={false}>
              <Cell i={0}>{i + 1}</Cell>
              <Cell i={1}>{formatDateShort(r.expectedOn)}</Cell>
              <Cell i={2}>{formatDateShort(r.opensOn)} – {formatDateShort(r.closesOn)}</Cell>
              <Cell i={3}>{r.attendance?.attendedOn ? formatDateShort(r.attendance.attendedOn) : ""}</Cell>
              <Cell i={4} />
              <Cell i={5}>{r.attendance ? ATTENDANCE_STATUS_LABEL[r.attendance.status] : ""}</Cell>
            </View>
          ))}
        </View>
        {d.moreRows > 0 ? <Text style={s.para}>Jadwal berikutnya ({d.moreRows} kali lagi) dicatat pada kartu lanjutan.</Text> : null}
        <Text style={s.para}>Kartu ini dibawa setiap kali klien lapor diri dan diparaf oleh PK.</Text>
        <View style={{ marginTop: 18, marginLeft: 260 }} wrap={false}>
          <Text>{o.city}, {formatDate(d.today)}</Text>
          <Text>Kepala {o.name},</Text>
          <Text style={s.signName}>{d.kepala?.name ?? "-"}</Text>
          {d.kepala?.nip ? <Text>NIP {d.kepala.nip}</Text> : null}
        </View>
      </Page>
    </Document>
  );
  return renderToBuffer(doc);
}

/** The client's duties, prohibitions and the consequences, by program. */
export function contractTerms(d: GuidancePrintData) {
  const travel = needsTravelPermit(d.program);
  const authority = AUTHORITY_WORDS[revocationAuthority(d.program)];
  const rights = [
    "Mendapat bimbingan kepribadian (mental, spiritual, kesadaran hukum) dan bimbingan kemandirian (keterampilan, latihan kerja, usaha) sesuai kebutuhannya.",
    "Mendapat penjelasan tentang hak, kewajiban, larangan, sanksi, cara bimbingan dan PK yang membimbingnya.",
    "Menyampaikan kebutuhan, keluhan dan pendapat tentang program bimbingan kepada PK atau Kepala Bapas.",
  ];
  const duties = [
    scheduleSentence(d),
    "Mengikuti kegiatan bimbingan yang dijadwalkan PK dan menerima kunjungan rumah.",
    "Melaporkan kepada PK setiap perubahan alamat, pekerjaan atau nomor telepon paling lambat 3 hari setelah terjadi.",
    "Berkelakuan baik, menaati hukum dan menjaga ketertiban di lingkungan tempat tinggal.",
    "Membawa kartu bimbingan setiap kali lapor diri.",
  ];
  const prohibitions = [
    "Melakukan tindak pidana atau pelanggaran hukum lainnya.",
    "Menyalahgunakan atau mengedarkan narkotika, psikotropika dan minuman keras.",
    travel
      ? "Meninggalkan wilayah kota/kabupaten tempat tinggal tanpa izin Kepala Bapas, atau ke luar negeri tanpa izin Menteri."
      : "Meninggalkan tempat tinggal untuk waktu lama tanpa memberi tahu PK.",
    "Mengulangi perbuatan yang menjadi perkaranya atau bergaul dengan pihak yang mendorongnya berbuat serupa.",
  ];
  const consequences = [
    "Pelanggaran ditindaklanjuti PK (panggilan, kunjungan rumah) dan dapat diberi teguran lisan serta peringatan tertulis I, II dan III oleh Kepala Bapas.",
    "Mangkir wajib lapor tiga kali berturut-turut, tindak pidana baru, atau tidak mengikuti program bimbingan dapat diusulkan pencabutan program.",
    `${authority.decides}`,
  ];
  return { rights, duties, prohibitions, consequences };
}

export async function renderGuidanceContractPdf(d: GuidancePrintData): Promise<Buffer> {
  const o = d.office;
  const t = contractTerms(d);
  const doc = (
    <Document title={`Kontrak Bimbingan ${d.registerNumber}`} author={o.name} language="id">
      <Page size="A4" style={s.page}>
        <Letterhead office={o} />
        <Text style={s.title}>KONTRAK BIMBINGAN</Text>
        <Text style={s.number}>Nomor register: {d.registerNumber}</Text>
        <Text style={s.para}>Pada hari ini, {formatDate(d.today)}, di {o.name}, kami yang bertanda tangan di bawah ini:</Text>
        <Text style={s.heading}>1. Pembimbing Kemasyarakatan</Text>
        <Rows rows={[["Nama", d.assignedPk?.name ?? "-"], ["NIP", d.assignedPk?.nip ?? "-"], ["Jabatan", d.assignedPk?.pkLevel ? PK_LEVEL_LABEL[d.assignedPk.pkLevel] : "Pembimbing Kemasyarakatan"]]} />
        <Text style={s.heading}>2. Klien pemasyarakatan</Text>
        <Rows rows={[...identityRows(d), ["Program", PROGRAM_LABEL[d.program]], ["Dasar (SK/putusan)", basis(d)], ["Masa bimbingan", `${formatDate(d.guidanceStart)} s.d. ${formatDate(d.guidanceEnd)}`]]} />
        <Text style={s.para}>
          sepakat menjalankan pembimbingan selama masa bimbingan tersebut{d.program === "PB" && d.expiryDate ? ` dan masa percobaan sampai dengan ${formatDate(addMonths(d.expiryDate, 12))}` : ""} dengan ketentuan berikut.
        </Text>
        <Text style={s.heading}>Hak klien</Text>
        <List items={t.rights} />
        <Text style={s.heading}>Kewajiban klien</Text>
        <List items={t.duties} />
        <Text style={s.heading}>Larangan</Text>
        <List items={t.prohibitions} />
        <Text style={s.heading}>Akibat pelanggaran</Text>
        <List items={t.consequences} />
        <Text style={s.para}>Kontrak ini telah dibacakan dan dijelaskan kepada klien, dipahami, dan ditandatangani tanpa paksaan.</Text>
        <View wrap={false}>
          <View style={s.signRow}>
            <View style={s.signBox}><Text>Klien,</Text><Text style={s.signName}>{d.fullName}</Text></View>
            <View style={s.signBox}><Text>Pembimbing Kemasyarakatan,</Text><Text style={s.signName}>{d.assignedPk?.name ?? "-"}</Text>{d.assignedPk?.nip ? <Text>NIP {d.assignedPk.nip}</Text> : null}</View>
          </View>
          <View style={{ marginTop: 10, alignItems: "center" }}>
            <Text>Mengetahui,</Text>
            <Text>Kepala {o.name},</Text>
            <Text style={s.signName}>{d.kepala?.name ?? "-"}</Text>
            {d.kepala?.nip ? <Text>NIP {d.kepala.nip}</Text> : null}
          </View>
        </View>
      </Page>
    </Document>
  );
  return renderToBuffer(doc);
}
