// Pendampingan (accompanying a child through the justice process, UU 11/2012 SPPA Pasal 23 and 14;
// PP 65/2015): the state machine, the 1x24-hour presence clock, the diversi agreement's clocks and
// the step expected next. Pure: no I/O.
import type { DiversiAgreementStatus, PendampinganStatus, PendampinganStepKind, Program, Role } from "./enums";

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

// ---------------------------------------------------------------- state machine

export const PENDAMPINGAN_COMMANDS = [
  "dispose", "assign", "letter", "step", "agreement", "carriedOut", "reportNonExecution", "officialAction", "close", "cancel",
] as const;
export type PendampinganCommand = (typeof PENDAMPINGAN_COMMANDS)[number];

/** Who may give each command (a PK only ever reaches the cases assigned to them: see the scope). */
const COMMAND_ROLES: Record<PendampinganCommand, readonly Role[]> = {
  dispose: ["KEPALA_BAPAS"], // to the BKA section, for its Kasi to assign
  assign: ["KEPALA_BAPAS", "KASI"], // a Kasi: within its section
  letter: ["KEPALA_BAPAS"], // the surat tugas
  step: ["PK"],
  agreement: ["PK"],
  carriedOut: ["PK"],
  reportNonExecution: ["PK"],
  officialAction: ["PK"],
  close: ["PK", "KEPALA_BAPAS"],
  cancel: ["ADMIN", "KEPALA_BAPAS"],
};

const OPEN = ["REQUESTED", "ASSIGNED", "ONGOING", "AGREEMENT_SUPERVISED"] as const satisfies readonly PendampinganStatus[];
export const PENDAMPINGAN_OPEN_STATUSES = OPEN;

/** For each command, the states it starts from and the state it leads to. */
const COMMAND_STATES: Record<PendampinganCommand, Partial<Record<PendampinganStatus, PendampinganStatus>>> = {
  dispose: { REQUESTED: "REQUESTED" },
  // Reassigning stays allowed while the case is open.
  assign: { REQUESTED: "ASSIGNED", ASSIGNED: "ASSIGNED", ONGOING: "ONGOING", AGREEMENT_SUPERVISED: "AGREEMENT_SUPERVISED" },
  letter: { ASSIGNED: "ASSIGNED", ONGOING: "ONGOING", AGREEMENT_SUPERVISED: "AGREEMENT_SUPERVISED" },
  // The PK's first step is the presence the 1x24-hour clock asks for.
  step: { ASSIGNED: "ONGOING", ONGOING: "ONGOING", AGREEMENT_SUPERVISED: "AGREEMENT_SUPERVISED" },
  agreement: { ONGOING: "AGREEMENT_SUPERVISED" },
  carriedOut: { AGREEMENT_SUPERVISED: "CLOSED" },
  reportNonExecution: { AGREEMENT_SUPERVISED: "AGREEMENT_SUPERVISED" },
  // Once the official has acted on a failed agreement the case goes on (e.g. to the sidang anak).
  officialAction: { AGREEMENT_SUPERVISED: "ONGOING" },
  close: { ONGOING: "CLOSED" },
  cancel: { REQUESTED: "CANCELLED", ASSIGNED: "CANCELLED", ONGOING: "CANCELLED", AGREEMENT_SUPERVISED: "CANCELLED" },
};

const STATE_MESSAGE: Record<PendampinganCommand, string> = {
  dispose: "Hanya permintaan yang belum ditugaskan yang dapat didisposisikan.",
  assign: "Pendampingan yang sudah selesai atau dibatalkan tidak dapat ditugaskan lagi.",
  letter: "Surat tugas diterbitkan setelah PK ditugaskan, selama pendampingan berjalan.",
  step: "Langkah pendampingan dicatat setelah PK ditugaskan, selama pendampingan berjalan.",
  agreement: "Kesepakatan diversi dicatat setelah musyawarah diversi, selama pendampingan berjalan.",
  carriedOut: "Hanya kesepakatan diversi yang sedang diawasi yang dapat dinyatakan dilaksanakan.",
  reportNonExecution: "Hanya kesepakatan diversi yang sedang diawasi yang dapat dilaporkan tidak dilaksanakan.",
  officialAction: "Tindak lanjut pejabat dicatat setelah laporan tidak dilaksanakannya kesepakatan.",
  close: "Pendampingan ditutup setelah putusan atau penetapan dicatat.",
  cancel: "Pendampingan yang sudah selesai atau dibatalkan tidak dapat dibatalkan.",
};

export type PendampinganTransition =
  | { ok: true; to: PendampinganStatus }
  | { ok: false; reason: "ROLE" | "STATE"; message: string };

/** What a command does to a case in a given status when given by a given role. */
export function pendampinganTransition(status: PendampinganStatus, role: Role, command: PendampinganCommand): PendampinganTransition {
  if (!COMMAND_ROLES[command].includes(role)) return { ok: false, reason: "ROLE", message: "Anda tidak berwenang melakukan tindakan ini." };
  const to = COMMAND_STATES[command][status];
  if (!to) return { ok: false, reason: "STATE", message: STATE_MESSAGE[command] };
  return { ok: true, to };
}

/** The commands a role can give in a status (for showing the right forms; the services decide). */
export function availablePendampinganCommands(status: PendampinganStatus, role: Role): PendampinganCommand[] {
  return PENDAMPINGAN_COMMANDS.filter((c) => pendampinganTransition(status, role, c).ok);
}

export function isPendampinganOpen(status: PendampinganStatus): boolean {
  return (OPEN as readonly string[]).includes(status);
}

// ---------------------------------------------------------------- clocks

/** The PK must be present within 1x24 hours of the investigator's request (SPPA Pasal 23). */
export const PRESENCE_HOURS = 24;
/** A report of non-execution: the responsible official acts within 7 days (SPPA Pasal 14). */
export const OFFICIAL_ACTION_DAYS = 7;
/** The litmas for diversi or sidang anak: 3x24 hours from the request. */
export const CHILD_LITMAS_DAYS = 3;
/** How close to the presence deadline counts as "due soon", by default. */
export const PRESENCE_DUE_SOON_HOURS = 6;

export function presenceDueAt(receivedAt: Date): Date {
  return new Date(receivedAt.getTime() + PRESENCE_HOURS * HOUR_MS);
}

export function childLitmasDueAt(receivedAt: Date): Date {
  return new Date(receivedAt.getTime() + CHILD_LITMAS_DAYS * DAY_MS);
}

export function officialActionDueAt(reportedAt: Date): Date {
  return new Date(reportedAt.getTime() + OFFICIAL_ACTION_DAYS * DAY_MS);
}

export type ClockState = "MET" | "OVERDUE" | "DUE_SOON" | "ON_TIME";

function clockState(dueAt: Date, now: Date, soonMs: number): Exclude<ClockState, "MET"> {
  const left = dueAt.getTime() - now.getTime();
  if (left < 0) return "OVERDUE";
  if (left <= soonMs) return "DUE_SOON";
  return "ON_TIME";
}

/**
 * The 1x24-hour presence clock: MET once the PK attended (whenever that was), null when the case
 * was cancelled or closed without attendance, else overdue / due within `soonHours` / on time.
 */
export function presenceState(
  p: { status: PendampinganStatus; dueAt: Date; firstAttendedAt: Date | null },
  now: Date,
  soonHours = PRESENCE_DUE_SOON_HOURS,
): ClockState | null {
  if (p.firstAttendedAt) return "MET";
  if (!isPendampinganOpen(p.status)) return null;
  return clockState(p.dueAt, now, soonHours * HOUR_MS);
}

/** Whether the PK attended late (after the 1x24 hours). */
export function attendedLate(p: { dueAt: Date; firstAttendedAt: Date | null }): boolean {
  return Boolean(p.firstAttendedAt && p.firstAttendedAt.getTime() > p.dueAt.getTime());
}

/** The official's 7-day clock on a reported non-execution: null when nothing was reported. */
export function officialActionState(
  a: { reportDueAt: Date | null; officialActionAt: Date | null },
  now: Date,
): ClockState | null {
  if (!a.reportDueAt) return null;
  if (a.officialActionAt) return "MET";
  return clockState(a.reportDueAt, now, 2 * DAY_MS);
}

/** The agreement's own deadline (a date) while it is supervised: due soon within 7 days. */
export function agreementDeadlineState(a: { status: DiversiAgreementStatus; deadline: Date }, today: Date): ClockState | null {
  if (a.status === "CARRIED_OUT") return "MET";
  if (a.status !== "SUPERVISED") return null;
  // `deadline` and `today` are calendar dates (midnight UTC): the whole deadline day still counts.
  return clockState(new Date(a.deadline.getTime() + DAY_MS - 1), today, 7 * DAY_MS);
}

/** Whole hours (rounded towards zero) between now and a due instant: negative when late. */
export function hoursLeft(dueAt: Date, now: Date): number {
  return Math.trunc((dueAt.getTime() - now.getTime()) / HOUR_MS);
}

/** "sisa 5 jam", "terlambat 3 jam", "sisa 2 hari" for a clock. */
export function describeTimeLeft(dueAt: Date, now: Date): string {
  const ms = dueAt.getTime() - now.getTime();
  const abs = Math.abs(ms);
  const unit = abs >= 2 * DAY_MS ? `${Math.floor(abs / DAY_MS)} hari` : abs >= HOUR_MS ? `${Math.floor(abs / HOUR_MS)} jam` : `${Math.max(1, Math.floor(abs / 60_000))} menit`;
  return ms < 0 ? `terlambat ${unit}` : `sisa ${unit}`;
}

/** Sort key for lists: the open presence clocks first (most urgent on top), then the rest. */
export function presenceSortKey(p: { status: PendampinganStatus; dueAt: Date; firstAttendedAt: Date | null }, now: Date): number {
  const s = presenceState(p, now);
  if (s === "OVERDUE" || s === "DUE_SOON" || s === "ON_TIME") return p.dueAt.getTime() - 1e15;
  return -p.dueAt.getTime();
}

// ---------------------------------------------------------------- steps and outcomes

/** The SPPA measures a putusan or penetapan may impose for the Bapas to supervise. */
export const SPPA_MEASURES = [
  "SPPA_PEMBINAAN_LUAR_LEMBAGA", "SPPA_PELAYANAN_MASYARAKAT", "SPPA_PENGAWASAN", "SPPA_PELATIHAN_KERJA", "SPPA_TINDAKAN", "SPPA_ANAK_BELUM_12",
] as const satisfies readonly Program[];
export type SppaMeasure = (typeof SPPA_MEASURES)[number];

export const DECISION_STEP_KINDS = ["PUTUSAN", "PENETAPAN"] as const satisfies readonly PendampinganStepKind[];

export function isDecisionStep(kind: PendampinganStepKind): boolean {
  return (DECISION_STEP_KINDS as readonly string[]).includes(kind);
}

/** A diversi agreement needs the child's and the parents'/guardian's consent (SPPA Pasal 9(2)). */
export function consentProblem(c: { childConsent: boolean; guardianConsent: boolean }): string | null {
  if (!c.childConsent && !c.guardianConsent) return "Kesepakatan diversi memerlukan persetujuan anak dan orang tua/wali. Keduanya belum dicatat.";
  if (!c.childConsent) return "Kesepakatan diversi memerlukan persetujuan anak.";
  if (!c.guardianConsent) return "Kesepakatan diversi memerlukan persetujuan orang tua/wali.";
  return null;
}

export interface NextStepInput {
  status: PendampinganStatus;
  disposedAt: Date | null;
  assignedPkId: string | null;
  assignmentLetterNumber: string | null;
  steps: { kind: PendampinganStepKind; measure?: Program | null }[];
  agreement: { status: DiversiAgreementStatus; reportedAt: Date | null; officialActionAt: Date | null } | null;
}

/** What is expected next, in the officers' words; null when the case is over. */
export function expectedNextStep(p: NextStepInput): string | null {
  const kinds = new Set(p.steps.map((s) => s.kind));
  switch (p.status) {
    case "REQUESTED":
      return p.disposedAt ? "Kasi BKA menugaskan PK." : "Kepala Bapas menugaskan PK (atau mendisposisikan ke seksi BKA).";
    case "ASSIGNED":
      return p.assignmentLetterNumber ? "PK hadir mendampingi anak dalam pemeriksaan penyidik." : "Kepala Bapas menerbitkan surat tugas; PK hadir mendampingi anak.";
    case "ONGOING":
      if (kinds.has("PUTUSAN") || kinds.has("PENETAPAN")) return "Tutup pendampingan (putusan/penetapan sudah dicatat).";
      if (p.agreement?.status === "NOT_CARRIED_OUT") return "Diversi tidak dilaksanakan: dampingi anak pada proses berikutnya (sidang anak).";
      if (kinds.has("SIDANG_ANAK")) return "Catat putusan atau penetapan.";
      if (kinds.has("MUSYAWARAH_DIVERSI")) return "Catat kesepakatan diversi, atau dampingi sidang anak bila diversi tidak berhasil.";
      return "Dampingi musyawarah diversi atau pemeriksaan berikutnya.";
    case "AGREEMENT_SUPERVISED":
      if (p.agreement?.status === "NOT_CARRIED_OUT") return "Menunggu tindak lanjut pejabat yang bertanggung jawab (7 hari sejak laporan).";
      return "Awasi pelaksanaan kesepakatan diversi sampai batas waktunya.";
    default:
      return null;
  }
}

/** The SPPA measure a putusan/penetapan imposed (the latest), for starting guidance from it. */
export function imposedMeasure(steps: { kind: PendampinganStepKind; measure?: Program | null; heldAt: Date }[]): Program | null {
  const decisions = steps.filter((s) => isDecisionStep(s.kind) && s.measure).sort((a, b) => b.heldAt.getTime() - a.heldAt.getTime());
  return decisions[0]?.measure ?? null;
}

/** Whether the case may be closed now: only after a putusan or penetapan. */
export function mayClose(steps: { kind: PendampinganStepKind }[]): boolean {
  return steps.some((s) => isDecisionStep(s.kind));
}

// ---------------------------------------------------------------- numbers

/** The register number of a pendampingan: PDP/0003/JKS/2026. */
export function formatPendampinganNumber(seq: number, officeCode: string, year: number): string {
  return `PDP/${String(seq).padStart(4, "0")}/${officeCode}/${year}`;
}

/** The surat tugas number: ST-12/JKS/2026. */
export function formatAssignmentLetterNumber(seq: number, officeCode: string, year: number): string {
  return `ST-${seq}/${officeCode}/${year}`;
}
