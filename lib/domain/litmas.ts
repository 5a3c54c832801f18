// Litmas (penelitian kemasyarakatan) rules: the state machine, the due date per purpose, deadline
// flags and the report number. Pure: no I/O.
import type { LitmasPurpose, LitmasStatus, Role, TppRecommendation } from "./enums";

// ---------------------------------------------------------------- sections

/** Every section a report can have, in the order of the printed report. */
export const LITMAS_SECTION_KEYS = [
  "identitas",
  "latarBelakangKeluarga",
  "kondisiSosialEkonomi",
  "riwayatPidana",
  "tindakPidana",
  "tanggapanKorbanMasyarakat",
  "tanggapanPemerintah",
  "perkembanganPembinaan",
  "asesmenRisiko",
  "penjamin",
  "analisis",
  "kesimpulanRekomendasi",
] as const;
export type LitmasSectionKey = (typeof LITMAS_SECTION_KEYS)[number];
export type LitmasSections = Record<LitmasSectionKey, string>;

export const EMPTY_LITMAS_SECTIONS: LitmasSections = Object.fromEntries(LITMAS_SECTION_KEYS.map((k) => [k, ""])) as LitmasSections;

/** Integrasi and asimilasi: the inmate's progress in the Lapas is part of the report, and a sidang TPP discusses it. */
export const LAPAS_PROGRESS_PURPOSES = ["INTEGRASI_PB", "INTEGRASI_CB", "INTEGRASI_CMB", "ASIMILASI"] as const satisfies readonly LitmasPurpose[];

/**
 * The sections a report of a purpose has, in order. Every report has the common ones plus the
 * criminal history, the local government's response and the risk and needs assessment (RRI);
 * integrasi and asimilasi add the progress of pembinaan in the Lapas. A child heard as a witness or
 * victim has no criminal history or recidivism assessment of their own.
 */
export function sectionsFor(purpose: LitmasPurpose): LitmasSectionKey[] {
  const lapas = (LAPAS_PROGRESS_PURPOSES as readonly LitmasPurpose[]).includes(purpose);
  const witness = purpose === "SAKSI_KORBAN_ANAK";
  return LITMAS_SECTION_KEYS.filter((k) => {
    if (k === "perkembanganPembinaan") return lapas;
    if (k === "riwayatPidana" || k === "asesmenRisiko") return !witness;
    return true;
  });
}

/** Any stored JSON as complete sections (missing or non-text keys become ""; reports saved before a section existed stay readable). */
export function normalizeSections(value: unknown): LitmasSections {
  const obj = value && typeof value === "object" ? (value as Record<string, unknown>) : {};
  return Object.fromEntries(LITMAS_SECTION_KEYS.map((k) => [k, typeof obj[k] === "string" ? (obj[k] as string) : ""])) as LitmasSections;
}

/** The sections of the purpose still empty (a report is submitted only when none is). */
export function missingSections(sections: LitmasSections, purpose: LitmasPurpose): LitmasSectionKey[] {
  return sectionsFor(purpose).filter((k) => sections[k].trim().length === 0);
}

/**
 * The sections to show when reading a report: those of its purpose and any other that has text.
 * A final (approved) report shows only what was written, so a report approved before a section
 * existed does not print it empty.
 */
export function sectionsToShow(sections: LitmasSections, purpose: LitmasPurpose, final: boolean): LitmasSectionKey[] {
  const own = new Set(sectionsFor(purpose));
  return LITMAS_SECTION_KEYS.filter((k) => (sections[k].trim().length > 0 ? true : !final && own.has(k)));
}

// ---------------------------------------------------------------- state machine

export const LITMAS_COMMANDS = ["assign", "save", "submit", "return", "approve", "cancel"] as const;
export type LitmasCommand = (typeof LITMAS_COMMANDS)[number];

/** Who may give each command (a PK only ever reaches the litmas assigned to them: see the queries). */
const COMMAND_ROLES: Record<LitmasCommand, readonly Role[]> = {
  assign: ["ADMIN", "KEPALA_BAPAS", "KASI"], // disposition, or moving it to another PK (a Kasi: within its section)
  save: ["PK"],
  submit: ["PK"],
  return: ["KEPALA_BAPAS"],
  approve: ["KEPALA_BAPAS"],
  cancel: ["ADMIN", "KEPALA_BAPAS"],
};

/** For each command, the states it starts from and the state it leads to. */
const COMMAND_STATES: Record<LitmasCommand, Partial<Record<LitmasStatus, LitmasStatus>>> = {
  assign: { REQUESTED: "ASSIGNED", ASSIGNED: "ASSIGNED", DRAFT: "DRAFT", RETURNED: "RETURNED" },
  // A revision after a return stays RETURNED (the notes stay in view) until it is resubmitted.
  save: { ASSIGNED: "DRAFT", DRAFT: "DRAFT", RETURNED: "RETURNED" },
  submit: { DRAFT: "SUBMITTED", RETURNED: "SUBMITTED" },
  return: { SUBMITTED: "RETURNED" },
  approve: { SUBMITTED: "APPROVED" },
  cancel: { REQUESTED: "CANCELLED", ASSIGNED: "CANCELLED", DRAFT: "CANCELLED", RETURNED: "CANCELLED", SUBMITTED: "CANCELLED" },
};

export type LitmasTransition =
  | { ok: true; to: LitmasStatus }
  | { ok: false; reason: "ROLE" | "STATE"; message: string };

const STATE_MESSAGE: Record<LitmasCommand, string> = {
  assign: "Litmas ini tidak dapat didisposisikan lagi pada statusnya sekarang.",
  save: "Litmas ini tidak dapat diubah lagi: sudah diajukan, disetujui atau dibatalkan.",
  submit: "Litmas ini belum dapat diajukan: simpan draf terlebih dahulu.",
  return: "Hanya litmas yang menunggu persetujuan yang dapat dikembalikan.",
  approve: "Hanya litmas yang menunggu persetujuan yang dapat disetujui.",
  cancel: "Litmas yang sudah disetujui atau dibatalkan tidak dapat dibatalkan.",
};

/** What a command does to a litmas in a given status when given by a given role. */
export function litmasTransition(status: LitmasStatus, role: Role, command: LitmasCommand): LitmasTransition {
  if (!COMMAND_ROLES[command].includes(role)) {
    return { ok: false, reason: "ROLE", message: "Anda tidak berwenang melakukan tindakan ini." };
  }
  const to = COMMAND_STATES[command][status];
  if (!to) return { ok: false, reason: "STATE", message: STATE_MESSAGE[command] };
  return { ok: true, to };
}

/** The commands a role can give in a status (for showing the right buttons). */
export function availableCommands(status: LitmasStatus, role: Role): LitmasCommand[] {
  return LITMAS_COMMANDS.filter((c) => litmasTransition(status, role, c).ok);
}

/** Statuses whose report is still to be delivered: these can run late. */
export const LITMAS_OPEN_STATUSES = ["ASSIGNED", "DRAFT", "RETURNED", "SUBMITTED"] as const satisfies readonly LitmasStatus[];
/** Statuses in which the PK has work to do. */
export const LITMAS_PK_WORK_STATUSES = ["ASSIGNED", "DRAFT", "RETURNED"] as const satisfies readonly LitmasStatus[];

// ---------------------------------------------------------------- due dates

export type DueFrom = "RECEIVED" | "ASSIGNED";
export interface DueRule {
  days: number;
  from: DueFrom;
  /** Set by law; an office cannot change it. */
  statutory: boolean;
}

/** The purposes whose deadline an office may set in its settings. */
export const CONFIGURABLE_DUE_PURPOSES = [
  "PEMBIMBINGAN_AWAL", "PEMBINAAN_AWAL", "ANAK_BELUM_12", "SAKSI_KORBAN_ANAK", "SIDANG_DEWASA", "PERAWATAN_TAHANAN",
  "PERAWATAN_LPAS_LPKA", "PENEMPATAN", "LAINNYA",
] as const satisfies readonly LitmasPurpose[];
export type ConfigurableDuePurpose = (typeof CONFIGURABLE_DUE_PURPOSES)[number];

export const DEFAULT_LITMAS_DUE_DAYS = 14;

/** An office's deadline settings (validated from Office.settings by lib/schemas/litmas.ts). */
export interface LitmasDueSettings {
  defaultDays?: number;
  days?: Partial<Record<ConfigurableDuePurpose, number>>;
}

/** Diversi and sidang anak: 3 x 24 hours from the investigator's or court's request (UU 11/2012 SPPA, PP 65/2015). */
export const RECEIPT_CLOCK_PURPOSES = ["DIVERSI", "SIDANG_ANAK"] as const satisfies readonly LitmasPurpose[];
/** Integrasi (PB, CB, CMB), asimilasi, cuti mengunjungi keluarga and moving an inmate: 7 days from the PK's appointment. */
export const APPOINTMENT_CLOCK_PURPOSES = [
  "INTEGRASI_PB", "INTEGRASI_CB", "INTEGRASI_CMB", "ASIMILASI", "CUTI_MENGUNJUNGI_KELUARGA", "PEMINDAHAN",
] as const satisfies readonly LitmasPurpose[];

/**
 * The deadline rule of a purpose. Diversi and sidang anak: 3 days from receipt of the request.
 * Integrasi (PB, CB, CMB), asimilasi, cuti mengunjungi keluarga and pemindahan: 7 days from the
 * PK's appointment. Other purposes: the office's setting, else 14 days from the appointment.
 */
export function litmasDueRule(purpose: LitmasPurpose, settings: LitmasDueSettings = {}): DueRule {
  if ((RECEIPT_CLOCK_PURPOSES as readonly LitmasPurpose[]).includes(purpose)) return { days: 3, from: "RECEIVED", statutory: true };
  if ((APPOINTMENT_CLOCK_PURPOSES as readonly LitmasPurpose[]).includes(purpose)) return { days: 7, from: "ASSIGNED", statutory: true };
  const days = settings.days?.[purpose as ConfigurableDuePurpose] ?? settings.defaultDays ?? DEFAULT_LITMAS_DUE_DAYS;
  return { days, from: "ASSIGNED", statutory: false };
}

/** The purposes as the request form groups them: who the person is and where the case stands. */
export const LITMAS_PURPOSE_GROUPS: { label: string; purposes: LitmasPurpose[] }[] = [
  { label: "Narapidana di Lapas / Rutan", purposes: ["INTEGRASI_PB", "INTEGRASI_CB", "INTEGRASI_CMB", "ASIMILASI", "CUTI_MENGUNJUNGI_KELUARGA", "PEMBINAAN_AWAL", "PEMINDAHAN", "PENEMPATAN"] },
  { label: "Anak", purposes: ["DIVERSI", "SIDANG_ANAK", "ANAK_BELUM_12", "SAKSI_KORBAN_ANAK", "PERAWATAN_LPAS_LPKA"] },
  { label: "Tahanan dan sidang dewasa", purposes: ["PERAWATAN_TAHANAN", "SIDANG_DEWASA"] },
  { label: "Klien pembimbingan", purposes: ["PEMBIMBINGAN_AWAL", "LAINNYA"] },
];

/** The deadline of a purpose in words, for the request form. */
export function dueRuleText(rule: DueRule): string {
  if (rule.from === "RECEIVED") return `Tenggat ${rule.days} × 24 jam sejak permintaan diterima (ketentuan undang-undang).`;
  return rule.statutory
    ? `Tenggat ${rule.days} hari sejak PK ditugaskan (ketentuan peraturan).`
    : `Tenggat ${rule.days} hari sejak PK ditugaskan (pengaturan kantor).`;
}

const DAY_MS = 86_400_000;

/** The due instant, or null while the rule's starting point has not happened (not yet assigned). */
export function litmasDueAt(
  input: { purpose: LitmasPurpose; receivedAt: Date; assignedAt: Date | null },
  settings: LitmasDueSettings = {},
): Date | null {
  const rule = litmasDueRule(input.purpose, settings);
  const base = rule.from === "RECEIVED" ? input.receivedAt : input.assignedAt;
  return base ? new Date(base.getTime() + rule.days * DAY_MS) : null;
}

export type DueState = "OVERDUE" | "DUE_SOON" | "ON_TIME";
/** How close to the deadline counts as "due soon". */
export const DUE_SOON_MS = 2 * DAY_MS;

/** The deadline flag of a litmas: null when it has no deadline or is no longer open. */
export function litmasDueState(status: LitmasStatus, dueAt: Date | null, now: Date): DueState | null {
  if (!dueAt || !(LITMAS_OPEN_STATUSES as readonly string[]).includes(status)) return null;
  const left = dueAt.getTime() - now.getTime();
  if (left < 0) return "OVERDUE";
  if (left <= DUE_SOON_MS) return "DUE_SOON";
  return "ON_TIME";
}

/** The purposes after which a decree (SK PB, CB, CMB, asimilasi) starts guidance for the person. */
export const DECREE_PURPOSES = ["INTEGRASI_PB", "INTEGRASI_CB", "INTEGRASI_CMB", "ASIMILASI"] as const satisfies readonly LitmasPurpose[];

/** Whether an approved litmas about someone not in guidance can start guidance once the decree is in. */
export function canStartGuidanceFrom(l: { status: LitmasStatus; purpose: LitmasPurpose; clientId: string | null }): boolean {
  return l.status === "APPROVED" && l.clientId === null && (DECREE_PURPOSES as readonly LitmasPurpose[]).includes(l.purpose);
}

/** The purposes discussed in a sidang TPP before the Kepala approves the report. */
export const TPP_PURPOSES = LAPAS_PROGRESS_PURPOSES;

export function needsTpp(purpose: LitmasPurpose): boolean {
  return (TPP_PURPOSES as readonly LitmasPurpose[]).includes(purpose);
}

export const TPP_REQUIRED_MESSAGE =
  "Litmas integrasi dan asimilasi harus dibahas dalam sidang TPP sebelum disetujui. Catat sidang TPP yang membahasnya terlebih dahulu.";
export const TPP_DEFERRED_MESSAGE =
  "Sidang TPP menunda pembahasan litmas ini. Bahas kembali dalam sidang TPP berikutnya sebelum disetujui.";

type TppState = { purpose: LitmasPurpose; tppSessionId: string | null; tppRecommendation?: TppRecommendation | null };

/** Has a sidang TPP concluded on it (a recommendation other than "tunda")? */
function tppConcluded(l: TppState): boolean {
  return Boolean(l.tppSessionId) && l.tppRecommendation !== "TUNDA";
}

/** May the Kepala approve now? A TPP purpose needs a sidang TPP's recommendation first. */
export function approvalCheck(l: TppState): { ok: true } | { ok: false; message: string } {
  if (!needsTpp(l.purpose) || tppConcluded(l)) return { ok: true };
  return { ok: false, message: l.tppSessionId ? TPP_DEFERRED_MESSAGE : TPP_REQUIRED_MESSAGE };
}

/** A submitted litmas of a TPP purpose not yet concluded on (never discussed, or deferred) can be put on a sidang TPP. */
export function awaitsTpp(l: TppState & { status: LitmasStatus }): boolean {
  return l.status === "SUBMITTED" && needsTpp(l.purpose) && !tppConcluded(l);
}

/**
 * The delivery date of an approved report: not in the future, not before the approval (both as
 * calendar days in the office's zone). Returns an Indonesian message when it is not acceptable.
 */
export function deliveryDateProblem(deliveredOn: Date, approvedOn: Date | null, today: Date): string | null {
  if (!approvedOn) return "Hanya litmas yang sudah disetujui yang dapat dicatat pengirimannya.";
  if (deliveredOn.getTime() > today.getTime()) return "Tanggal pengiriman tidak boleh di masa depan.";
  if (deliveredOn.getTime() < approvedOn.getTime()) return "Tanggal pengiriman tidak boleh sebelum litmas disetujui.";
  return null;
}

// ---------------------------------------------------------------- number

/** The report number given at approval, per office and year: LIT/0007/JKS/2026. */
export function formatLitmasNumber(seq: number, officeCode: string, year: number): string {
  return `LIT/${String(seq).padStart(4, "0")}/${officeCode}/${year}`;
}

/**
 * Whether a user who can see the client may open one of its litmas: everyone in the office may;
 * a PK may open the litmas they write, the approved ones (a PK who takes a client over reads the
 * earlier reports, not another PK's drafts) and a request they recorded while it awaits the
 * Kepala's disposition. lib/server/queries/litmas.ts litmasReadScope is the same rule as a
 * database filter.
 */
export function mayOpenClientLitmas(
  viewer: { id: string; role: Role },
  litmas: { assignedPkId: string | null; status: LitmasStatus; createdById?: string | null },
): boolean {
  return (
    viewer.role !== "PK" ||
    litmas.assignedPkId === viewer.id ||
    litmas.status === "APPROVED" ||
    (litmas.status === "REQUESTED" && litmas.createdById === viewer.id)
  );
}
