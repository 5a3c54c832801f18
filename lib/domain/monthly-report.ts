// The laporan bulanan a Bapas sends to the Kanwil and Ditjenpas (issue 13, part 4). Layout after
// the figures Bapas offices publish (docs/reports-upward.md): active clients adult/child and by
// program, litmas received and finished by purpose and adult/child, pendampingan, staff by role.
// Pure: the query gives the counts, this gives the sections that both the PDF and Excel print.
import { ageOn } from "./calendar";
import type { ExportTable } from "./export";
import type { OutreachKind } from "./community";
import type { ClientCategory, ContactSubject, EmploymentStatus, LitmasPurpose, OffenceCategory, PendampinganStepKind, Program, Role } from "./enums";

const CHILD_PURPOSES: readonly LitmasPurpose[] = ["DIVERSI", "SIDANG_ANAK", "ANAK_BELUM_12", "SAKSI_KORBAN_ANAK", "PERAWATAN_LPAS_LPKA"];

/**
 * Whether a litmas is about an adult or a child: the client's category when in guidance, else the
 * person's age on the day the request came, else what the purpose implies.
 */
export function litmasSubjectCategory(l: { clientCategory: ClientCategory | null; birthDate: Date | null; receivedAt: Date; purpose: LitmasPurpose }): ClientCategory {
  if (l.clientCategory) return l.clientCategory;
  if (l.birthDate) return ageOn(l.birthDate, l.receivedAt) < 18 ? "ANAK" : "DEWASA";
  return CHILD_PURPOSES.includes(l.purpose) ? "ANAK" : "DEWASA";
}

export type ByCategory = Record<ClientCategory, number>;

/** A client whose statistic is not recorded (yet, or not for that day). */
export const NOT_RECORDED = "BELUM_DICATAT";
export type NotRecorded = typeof NOT_RECORDED;

export interface MonthlyFigures {
  activeByProgram: Partial<Record<Program, ByCategory>>;
  activeByEmployment: Partial<Record<EmploymentStatus | NotRecorded, ByCategory>>;
  activeByOffence: Partial<Record<OffenceCategory | NotRecorded, ByCategory>>;
  litmasReceived: Partial<Record<LitmasPurpose, ByCategory>>;
  litmasFinished: Partial<Record<LitmasPurpose, ByCategory>>;
  pendampinganReceived: number;
  pendampinganSteps: Partial<Record<PendampinganStepKind, number>>;
  pendampinganClosed: number;
  staffByRole: Partial<Record<Role, number>>;
  /** Office outreach held in the month (issue 14): activities and participants per kind. */
  outreach: Partial<Record<OutreachKind, Activities>>;
  /** Guidance activities that took place with the family, the guarantor or the community (decision 0022): activities and people named. */
  communityGuidance: Partial<Record<Exclude<ContactSubject, "KLIEN">, Activities>>;
}

export interface Activities { activities: number; participants: number }

/** The rows of section IX, in print order: family work, then the guarantor, then the neighbourhood. */
const COMMUNITY_GUIDANCE_ROWS: readonly [Exclude<ContactSubject, "KLIEN">, string][] = [
  ["KELUARGA", "Bersama keluarga (arahan keluarga)"],
  ["PENJAMIN", "Bersama penjamin"],
  ["MASYARAKAT", "Bersama masyarakat sekitar (penyuluhan sosial)"],
];

export interface Labels {
  program: Record<Program, string>;
  purpose: Record<LitmasPurpose, string>;
  step: Record<PendampinganStepKind, string>;
  role: Record<Role, string>;
  employment: Record<EmploymentStatus, string>;
  offence: Record<OffenceCategory, string>;
  outreach: Record<OutreachKind, string>;
}

type Section = Pick<ExportTable, "title" | "columns" | "rows">;

const sum = (c: ByCategory) => c.DEWASA + c.ANAK;
const total = (m: Partial<Record<string, ByCategory>>): ByCategory =>
  Object.values(m).reduce<ByCategory>((a, c) => ({ DEWASA: a.DEWASA + (c?.DEWASA ?? 0), ANAK: a.ANAK + (c?.ANAK ?? 0) }), { DEWASA: 0, ANAK: 0 });

/** Activities with their participants, a row per kind that happened, and the total. */
function activitiesTable(title: string, rows: [label: string, figures: Activities | undefined][]): Section {
  const held = rows.filter((r): r is [string, Activities] => Boolean(r[1]?.activities));
  const t = held.reduce((a, [, f]) => ({ activities: a.activities + f.activities, participants: a.participants + f.participants }), { activities: 0, participants: 0 });
  return {
    title,
    columns: [{ header: "Kegiatan", width: 36 }, { header: "Kegiatan", width: 10 }, { header: "Peserta", width: 10 }],
    rows: [...held.map(([label, f]) => [label, f.activities, f.participants]), ["Jumlah", t.activities, t.participants]],
  };
}

function byCategoryTable<K extends string>(title: string, first: string, keys: readonly K[], m: Partial<Record<K, ByCategory>>, label: Record<K, string>): Section {
  const rows = keys.filter((k) => m[k] && sum(m[k]!) > 0).map((k) => [label[k], m[k]!.DEWASA, m[k]!.ANAK, sum(m[k]!)]);
  const t = total(m);
  return {
    title,
    columns: [{ header: first, width: 36 }, { header: "Dewasa", width: 10 }, { header: "Anak", width: 10 }, { header: "Jumlah", width: 10 }],
    rows: [...rows, ["Jumlah", t.DEWASA, t.ANAK, sum(t)]],
  };
}

/** The report's sections, in the order they print. */
export function monthlyReportSections(
  f: MonthlyFigures,
  keys: { programs: readonly Program[]; purposes: readonly LitmasPurpose[]; steps: readonly PendampinganStepKind[]; roles: readonly Role[]; employment: readonly EmploymentStatus[]; offences: readonly OffenceCategory[]; outreach: readonly OutreachKind[] },
  labels: Labels,
): Section[] {
  const steps = keys.steps.filter((k) => f.pendampinganSteps[k]);
  const staff = keys.roles.filter((r) => f.staffByRole[r]);
  const staffTotal = staff.reduce((a, r) => a + (f.staffByRole[r] ?? 0), 0);
  return [
    byCategoryTable("I. Klien aktif per program", "Program", keys.programs, f.activeByProgram, labels.program),
    byCategoryTable("II. Pekerjaan klien aktif", "Status pekerjaan", [...keys.employment, NOT_RECORDED], f.activeByEmployment, { ...labels.employment, [NOT_RECORDED]: "Belum dicatat" }),
    byCategoryTable("III. Tindak pidana klien aktif", "Kategori perkara", [...keys.offences, NOT_RECORDED], f.activeByOffence, { ...labels.offence, [NOT_RECORDED]: "Belum dikategorikan" }),
    byCategoryTable("IV. Permintaan litmas diterima", "Tujuan litmas", keys.purposes, f.litmasReceived, labels.purpose),
    byCategoryTable("V. Litmas selesai (disetujui)", "Tujuan litmas", keys.purposes, f.litmasFinished, labels.purpose),
    {
      title: "VI. Pendampingan",
      columns: [{ header: "Uraian", width: 36 }, { header: "Jumlah", width: 10 }],
      rows: [
        ["Permintaan pendampingan diterima", f.pendampinganReceived],
        ...steps.map((k) => [`Pendampingan dilaksanakan: ${labels.step[k]}`, f.pendampinganSteps[k] ?? 0]),
        ["Pendampingan selesai", f.pendampinganClosed],
      ],
    },
    {
      title: "VII. Pegawai per jabatan",
      columns: [{ header: "Jabatan", width: 36 }, { header: "Jumlah", width: 10 }],
      rows: [...staff.map((r) => [labels.role[r], f.staffByRole[r] ?? 0]), ["Jumlah", staffTotal]],
    },
    activitiesTable("VIII. Penjangkauan masyarakat", keys.outreach.map((k) => [labels.outreach[k], f.outreach[k]])),
    activitiesTable("IX. Keluarga dan masyarakat", COMMUNITY_GUIDANCE_ROWS.map(([k, label]) => [label, f.communityGuidance[k]])),
  ];
}
