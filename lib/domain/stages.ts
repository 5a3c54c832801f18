// Guidance stages (PP 31/1999): tahap awal, lanjutan, akhir. The customary split of the guidance
// period is at 1/3 and 2/3; offices may set other boundaries per program.
import { addDays, daysBetween } from "./calendar";
import { STAGE_KINDS, type StageKind } from "./enums";

export type StageBoundaries = readonly [number, number];
export const DEFAULT_STAGE_BOUNDARIES: StageBoundaries = [1 / 3, 2 / 3];

export interface PlannedStage {
  kind: StageKind;
  plannedStart: Date;
  plannedEnd: Date;
}

export class StagePlanError extends Error {}

export function isValidBoundaries([a, b]: StageBoundaries): boolean {
  return a > 0 && b > a && b < 1;
}

/**
 * Splits an inclusive guidance period [start, end] into three contiguous stages. Each stage gets
 * at least one day, so the period must be at least three days long.
 */
export function computeStagePlan(start: Date, end: Date, boundaries: StageBoundaries = DEFAULT_STAGE_BOUNDARIES): PlannedStage[] {
  if (!isValidBoundaries(boundaries)) throw new StagePlanError("Batas tahap tidak valid: harus 0 < batas 1 < batas 2 < 1.");
  const totalDays = daysBetween(start, end) + 1;
  if (totalDays < 3) throw new StagePlanError("Masa bimbingan terlalu pendek untuk tiga tahap (minimal 3 hari).");
  const cut1 = Math.min(Math.max(Math.round(totalDays * boundaries[0]), 1), totalDays - 2);
  const cut2 = Math.min(Math.max(Math.round(totalDays * boundaries[1]), cut1 + 1), totalDays - 1);
  const offsets: [number, number][] = [
    [0, cut1 - 1],
    [cut1, cut2 - 1],
    [cut2, totalDays - 1],
  ];
  return STAGE_KINDS.map((kind, i) => ({
    kind,
    plannedStart: addDays(start, offsets[i][0]),
    plannedEnd: addDays(start, offsets[i][1]),
  }));
}

/** The stage whose planned window contains `day`; before the start: AWAL, after the end: AKHIR. */
export function plannedStageOn(plan: PlannedStage[], day: Date): StageKind {
  for (const stage of plan) {
    if (day.getTime() <= stage.plannedEnd.getTime()) return stage.kind;
  }
  return "AKHIR";
}

export function nextStage(kind: StageKind): StageKind | null {
  const i = STAGE_KINDS.indexOf(kind);
  return i < STAGE_KINDS.length - 1 ? STAGE_KINDS[i + 1] : null;
}
