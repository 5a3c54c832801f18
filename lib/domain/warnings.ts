// Warnings before revocation: teguran lisan (by the PK, may be repeated) and peringatan tertulis
// I, II and III (numbered letters signed by the Kepala, in that order). The office decides how many
// written warnings come before a revocation proposal, per program (Kabapas Denpasar: three for
// asimilasi). Pure.
import type { Program, WarningLevel } from "./enums";

export const WRITTEN_WARNINGS: readonly WarningLevel[] = ["PERINGATAN_I", "PERINGATAN_II", "PERINGATAN_III"];

export interface WarningPolicy {
  /** Written warnings required before a revocation proposal, per program (0 to 3). */
  beforeProposal: Partial<Record<Program, number>>;
  /** For programs the office did not set. */
  defaultBeforeProposal: number;
}

export const DEFAULT_WARNING_POLICY: WarningPolicy = { beforeProposal: {}, defaultBeforeProposal: 0 };

export function warningsRequired(policy: WarningPolicy, program: Program): number {
  return Math.max(0, Math.min(3, policy.beforeProposal[program] ?? policy.defaultBeforeProposal));
}

/** The next written warning to issue, or null when all three were issued. */
export function nextWrittenWarning(issued: readonly WarningLevel[]): WarningLevel | null {
  return WRITTEN_WARNINGS.find((l) => !issued.includes(l)) ?? null;
}

export type ProposalCheck = { ok: true } | { ok: false; message: string; missing: number };

/** Whether the written warnings the office requires were given before a revocation proposal. */
export function mayProposeRevocation(policy: WarningPolicy, program: Program, issued: readonly WarningLevel[]): ProposalCheck {
  const required = warningsRequired(policy, program);
  const written = issued.filter((l) => WRITTEN_WARNINGS.includes(l)).length;
  if (written >= required) return { ok: true };
  return {
    ok: false, missing: required - written,
    message: `Kantor ini mensyaratkan ${required} peringatan tertulis sebelum usulan pencabutan; klien baru menerima ${written}. Terbitkan peringatan berikutnya lebih dulu.`,
  };
}
