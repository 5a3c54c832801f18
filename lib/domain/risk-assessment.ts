// The risk and needs assessment (issue 14, item 6). The instrument is data (prisma/risk-instruments.json,
// stored in RiskInstrument.definition); these rules only read it: the total score is the sum of the
// chosen options' points, and the instrument's score bands give the level.
import { addMonths } from "./calendar";

export const RISK_LEVELS = ["RENDAH", "SEDANG", "TINGGI"] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

export interface InstrumentOption { id: string; label: string; score: number }
export interface InstrumentQuestion { id: string; text: string; options: InstrumentOption[] }
export interface InstrumentDomain { id: string; label: string; questions: InstrumentQuestion[] }
export interface InstrumentDefinition {
  reassessMonths: number;
  domains: InstrumentDomain[];
  needs: { id: string; label: string }[];
  scoring: { method: "sum"; bands: { level: RiskLevel; min: number; max?: number }[] };
}

export type ScoreResult =
  | { ok: true; score: number; level: RiskLevel; domainScores: Record<string, number> }
  | { ok: false; missing: string[]; unknown: string[] };

/** Scores the answers ({ questionId: optionId }) against the instrument; every question must be answered. */
export function scoreAssessment(def: InstrumentDefinition, answers: Record<string, string>): ScoreResult {
  const missing: string[] = [];
  const unknown: string[] = [];
  const known = new Set<string>();
  const domainScores: Record<string, number> = {};
  let score = 0;
  for (const d of def.domains) {
    domainScores[d.id] = 0;
    for (const q of d.questions) {
      known.add(q.id);
      const chosen = answers[q.id];
      const opt = chosen === undefined ? undefined : q.options.find((o) => o.id === chosen);
      if (!opt) { (chosen === undefined ? missing : unknown).push(q.id); continue; }
      domainScores[d.id] += opt.score;
      score += opt.score;
    }
  }
  for (const k of Object.keys(answers)) if (!known.has(k)) unknown.push(k);
  if (missing.length || unknown.length) return { ok: false, missing, unknown };
  return { ok: true, score, level: levelFor(def, score), domainScores };
}

/** The band the score falls in; above every band is the highest band's level. */
export function levelFor(def: InstrumentDefinition, score: number): RiskLevel {
  const band = def.scoring.bands.find((b) => score >= b.min && (b.max === undefined || score <= b.max));
  if (band) return band.level;
  const sorted = [...def.scoring.bands].sort((a, b) => a.min - b.min);
  return score < sorted[0].min ? sorted[0].level : sorted[sorted.length - 1].level;
}

/** The reassessment is due `months` after the assessment (29 February + 12 months = 28 February). */
export function reassessmentDue(assessedOn: Date, months = 12): Date {
  return addMonths(assessedOn, months);
}

/** New information makes the reassessment due on the day it is noted, if that is earlier. */
export function dueAfterNewInformation(currentDue: Date, notedOn: Date): Date {
  return notedOn < currentDue ? notedOn : currentDue;
}

export interface RiskDefault { frequency: "WEEKLY" | "BIWEEKLY" | "MONTHLY"; visitsPerMonth: number }
export type RiskDefaults = Partial<Record<RiskLevel, RiskDefault>>;

/** Built-in defaults per risk level, used when the office has not set its own. */
export const DEFAULT_RISK_DEFAULTS: Record<RiskLevel, RiskDefault> = {
  RENDAH: { frequency: "MONTHLY", visitsPerMonth: 0 },
  SEDANG: { frequency: "BIWEEKLY", visitsPerMonth: 1 },
  TINGGI: { frequency: "WEEKLY", visitsPerMonth: 2 },
};

export function riskDefaultFor(officeDefaults: RiskDefaults, level: RiskLevel): RiskDefault {
  return officeDefaults[level] ?? DEFAULT_RISK_DEFAULTS[level];
}

/**
 * The wajib-lapor frequency to propose: with a current assessment, the office's default for its risk
 * level; a program that normally has no wajib lapor keeps none.
 */
export function proposedFrequency<F extends string>(programDefault: F | "NONE", officeDefaults: RiskDefaults, level: RiskLevel | null): F | "NONE" | RiskDefault["frequency"] {
  if (programDefault === "NONE" || !level) return programDefault;
  return riskDefaultFor(officeDefaults, level).frequency;
}
