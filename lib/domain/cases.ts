// A person's cases (layanan, decision 8) as the list of people and cases shows them: the kind, whether
// the case is still running, and its clock (what is due next). Pure rules; the queries live in
// lib/server/queries/cases.ts.
import type { ClientStatus, LitmasStatus, PendampinganStatus } from "./enums";
import { DUE_SOON_MS, LITMAS_OPEN_STATUSES } from "./litmas";

export const CASE_KINDS = ["GUIDANCE", "LITMAS", "PENDAMPINGAN"] as const;
export type CaseKind = (typeof CASE_KINDS)[number];

export const CASE_KIND_LABEL: Record<CaseKind, string> = {
  GUIDANCE: "Pembimbingan",
  LITMAS: "Litmas",
  PENDAMPINGAN: "Pendampingan",
};

/** The list's "Jenis layanan" filter: one kind, or every kind ("ALL"). */
export const CASE_LIST_KINDS = [...CASE_KINDS, "ALL"] as const;
export type CaseListKind = (typeof CASE_LIST_KINDS)[number];
export const CASE_LIST_KIND_LABEL: Record<CaseListKind, string> = { ...CASE_KIND_LABEL, ALL: "Semua layanan" };

/** Running or finished, across kinds. */
export const CASE_STATES = ["OPEN", "CLOSED", "ALL"] as const;
export type CaseState = (typeof CASE_STATES)[number];
export const CASE_STATE_LABEL: Record<CaseState, string> = { OPEN: "Masih berjalan", CLOSED: "Sudah selesai", ALL: "Semua" };

export const GUIDANCE_OPEN_STATUSES = ["AKTIF"] as const satisfies readonly ClientStatus[];
/** A litmas runs from the request until it is approved or cancelled. */
export const LITMAS_RUNNING_STATUSES = ["REQUESTED", ...LITMAS_OPEN_STATUSES] as const satisfies readonly LitmasStatus[];
export const PENDAMPINGAN_OPEN_STATUSES = ["REQUESTED", "ASSIGNED", "ONGOING", "AGREEMENT_SUPERVISED"] as const satisfies readonly PendampinganStatus[];

export function isOpenCase(kind: CaseKind, status: string): boolean {
  const open: readonly string[] = kind === "GUIDANCE" ? GUIDANCE_OPEN_STATUSES : kind === "LITMAS" ? LITMAS_RUNNING_STATUSES : PENDAMPINGAN_OPEN_STATUSES;
  return open.includes(status);
}

export interface CaseClock {
  /** What is due, in officers' words. */
  label: string;
  at: Date;
  /** A calendar date (guidance end, agreement deadline) rather than an instant (litmas, 1x24 hours). */
  dateOnly: boolean;
  state: "OVERDUE" | "DUE_SOON" | "ON_TIME" | null;
}

const stateOf = (at: Date, now: Date, soonMs: number): CaseClock["state"] => {
  const left = at.getTime() - now.getTime();
  if (left < 0) return "OVERDUE";
  return left <= soonMs ? "DUE_SOON" : "ON_TIME";
};
const HOUR_MS = 3_600_000;

/** Guidance: its end date (no flag: the end is planned, not a deadline the PK can miss). */
export function guidanceClock(c: { status: ClientStatus; guidanceEnd: Date }): CaseClock {
  return { label: c.status === "AKTIF" ? "Berakhir" : "Berakhir (rencana)", at: c.guidanceEnd, dateOnly: true, state: null };
}

/** Litmas: the statutory due date while it runs (none before the PK's appointment starts the 7 days). */
export function litmasClock(l: { status: LitmasStatus; dueAt: Date | null }, now: Date): CaseClock | null {
  if (!l.dueAt || !isOpenCase("LITMAS", l.status)) return null;
  return { label: "Tenggat litmas", at: l.dueAt, dateOnly: false, state: stateOf(l.dueAt, now, DUE_SOON_MS) };
}

/**
 * Pendampingan: the PK must be present within 1x24 hours of the request; after the first step, a
 * supervised diversi agreement's deadline.
 */
export function pendampinganClock(
  p: { status: PendampinganStatus; dueAt: Date; firstAttendedAt: Date | null; agreementDeadline?: Date | null },
  now: Date,
): CaseClock | null {
  if (!isOpenCase("PENDAMPINGAN", p.status)) return null;
  if (!p.firstAttendedAt && (p.status === "REQUESTED" || p.status === "ASSIGNED")) {
    return { label: "PK hadir paling lambat", at: p.dueAt, dateOnly: false, state: stateOf(p.dueAt, now, 6 * HOUR_MS) };
  }
  if (p.status === "AGREEMENT_SUPERVISED" && p.agreementDeadline) {
    // A date: late only once the whole day has passed.
    const endOfDay = new Date(p.agreementDeadline.getTime() + 24 * HOUR_MS);
    return { label: "Batas kesepakatan diversi", at: p.agreementDeadline, dateOnly: true, state: stateOf(endOfDay, now, 7 * 24 * HOUR_MS) };
  }
  return null;
}

/** Where a case opens. */
export function caseHref(kind: CaseKind, id: string): string {
  return kind === "GUIDANCE" ? `/clients/${id}` : kind === "LITMAS" ? `/litmas/${id}` : `/pendampingan/${id}`;
}
