// The stage-transition state machine (PP 31/1999 Pasal 33): the PK proposes the next stage, a TPP
// session recommends, the Kepala Bapas decides. Pure: services call it before their conditional
// update, pages call it to decide which buttons to show.
import type { ClientStatus, Role, StageKind, TppRecommendation, TransitionStatus } from "./enums";
import { can } from "./permissions";
import { nextStage } from "./stages";

export type TransitionAction =
  | { type: "TPP_REVIEW"; recommendation: TppRecommendation }
  | { type: "APPROVE" }
  | { type: "REJECT" }
  | { type: "WITHDRAW" };

export type TransitionOutcome = { ok: true; next: TransitionStatus } | { ok: false; reason: string };

const refuse = (reason: string): TransitionOutcome => ({ ok: false, reason });

export const OPEN_TRANSITION_STATUSES: readonly TransitionStatus[] = ["PROPOSED", "TPP_REVIEWED"];

/**
 * The next status of a proposal when `role` takes `action` on it, or why it may not.
 * TPP review: PROPOSED -> TPP_REVIEWED (SETUJU, TOLAK); TUNDA keeps it PROPOSED for a later
 * session. Decision: only the Kepala, only after the TPP: TPP_REVIEWED -> APPROVED / REJECTED.
 * Withdrawal: the proposing PK, before the TPP reviewed it. Closed proposals never change.
 */
export function transitionStep(role: Role, status: TransitionStatus, action: TransitionAction): TransitionOutcome {
  if (status === "APPROVED" || status === "REJECTED" || status === "WITHDRAWN") {
    return refuse("Usulan ini sudah diputuskan atau ditarik.");
  }
  switch (action.type) {
    case "TPP_REVIEW":
      if (!can(role, "tpp:record")) return refuse("Hanya admin atau Kepala Bapas yang mencatat hasil sidang TPP.");
      if (status !== "PROPOSED") return refuse("Usulan ini sudah mendapat rekomendasi TPP.");
      return { ok: true, next: action.recommendation === "TUNDA" ? "PROPOSED" : "TPP_REVIEWED" };
    case "APPROVE":
    case "REJECT":
      if (!can(role, "transition:decide")) return refuse("Hanya Kepala Bapas yang memutuskan usulan tahap.");
      if (status !== "TPP_REVIEWED") return refuse("Usulan harus dibahas dalam sidang TPP sebelum diputuskan.");
      return { ok: true, next: action.type === "APPROVE" ? "APPROVED" : "REJECTED" };
    case "WITHDRAW":
      if (!can(role, "transition:propose")) return refuse("Hanya PK pengusul yang dapat menarik usulan.");
      if (status !== "PROPOSED") return refuse("Usulan yang sudah dibahas TPP tidak dapat ditarik.");
      return { ok: true, next: "WITHDRAWN" };
  }
}

export interface ProposalContext {
  role: Role;
  clientStatus: ClientStatus;
  currentStage: StageKind | null;
  toStage: StageKind;
  hasOpenProposal: boolean;
}

/** Whether a new proposal may be made: only by a PK, for an active client, one stage forward. */
export function checkProposal(c: ProposalContext): { ok: true; fromStage: StageKind } | { ok: false; reason: string } {
  if (!can(c.role, "transition:propose")) return { ok: false, reason: "Hanya PK yang dapat mengusulkan perubahan tahap." };
  if (c.clientStatus !== "AKTIF") return { ok: false, reason: "Klien tidak lagi dalam pembimbingan." };
  if (!c.currentStage) return { ok: false, reason: "Tahap klien belum disusun." };
  const expected = nextStage(c.currentStage);
  if (!expected) return { ok: false, reason: "Klien sudah di tahap akhir; tidak ada tahap berikutnya." };
  if (c.toStage !== expected) return { ok: false, reason: "Tahap tidak boleh dilompati: usulan hanya ke tahap berikutnya." };
  if (c.hasOpenProposal) return { ok: false, reason: "Masih ada usulan tahap yang belum diputuskan untuk klien ini." };
  return { ok: true, fromStage: c.currentStage };
}

export interface ApprovalStageUpdate {
  from: { kind: StageKind; actualEnd: Date };
  to: { kind: StageKind; actualStart: Date };
}

/**
 * The stage dates an approval writes: the next stage starts on the decision day, the current one
 * ends the day before (or on its first day, if it began that same day).
 */
export function stageDatesOnApproval(fromStage: StageKind, fromActualStart: Date | null, decisionDay: Date): ApprovalStageUpdate {
  const to = nextStage(fromStage);
  if (!to) throw new Error("Tahap akhir tidak memiliki tahap berikutnya.");
  const dayBefore = new Date(decisionDay.getTime() - 86_400_000);
  const actualEnd = fromActualStart && fromActualStart.getTime() > dayBefore.getTime() ? fromActualStart : dayBefore;
  return { from: { kind: fromStage, actualEnd }, to: { kind: to, actualStart: decisionDay } };
}

/**
 * Whether the end-of-guidance letter may be issued: by the Kepala, for an active client without a
 * valid letter, in tahap akhir, or from an earlier stage when guidance ends early (`early`, with a
 * reason the service records).
 */
/**
 * Whether the Kepala may issue the surat keterangan akhir pembimbingan. The ordinary letter says the
 * client "telah selesai menjalani masa pembimbingan ... sampai dengan" the period's end, so it is
 * issued in tahap akhir once that day has come (`periodEnded`); before it only the early end, with
 * its reason and its own wording, is open.
 */
export function checkLetterIssue(c: {
  role: Role; clientStatus: ClientStatus; currentStage: StageKind | null; hasValidLetter: boolean; early?: boolean; periodEnded?: boolean;
}): { ok: true } | { ok: false; reason: string } {
  if (!can(c.role, "letter:issue")) return { ok: false, reason: "Hanya Kepala Bapas yang menerbitkan surat keterangan akhir pembimbingan." };
  if (c.hasValidLetter) return { ok: false, reason: "Surat keterangan akhir pembimbingan untuk klien ini sudah terbit." };
  if (c.clientStatus !== "AKTIF") return { ok: false, reason: "Klien tidak lagi dalam pembimbingan." };
  if (!c.currentStage) return { ok: false, reason: "Tahap klien belum disusun." };
  if (c.currentStage !== "AKHIR" && !c.early) return { ok: false, reason: "Surat hanya dapat diterbitkan pada tahap akhir, kecuali pembimbingan diakhiri lebih awal." };
  if (!c.early && c.periodEnded === false) return { ok: false, reason: "Masa pembimbingan belum berakhir. Sebelum tanggal akhirnya, pembimbingan hanya dapat diakhiri lebih awal, dengan alasannya." };
  if (c.early && c.periodEnded) return { ok: false, reason: "Masa pembimbingan sudah berakhir: terbitkan surat akhir pembimbingan biasa." };
  return { ok: true };
}
