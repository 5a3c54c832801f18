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

// ---------------------------------------------------------------- re-planning and what is due

export interface StageState {
  kind: StageKind;
  plannedStart: Date;
  plannedEnd: Date;
  actualStart: Date | null;
  actualEnd: Date | null;
  status: "PLANNED" | "ACTIVE" | "COMPLETED";
}

/**
 * Re-plans a client's stages after the guidance period changed mid-way. Completed stages keep
 * every date (they are history); the active stage keeps its actual start and gets the new planned
 * end; later stages are planned afresh. The active stage and those after it must still fit in the
 * new period (one day each), counted from the active stage's actual start.
 */
export function replanStages(
  current: readonly StageState[],
  start: Date,
  end: Date,
  boundaries: StageBoundaries = DEFAULT_STAGE_BOUNDARIES,
): StageState[] {
  const fresh = computeStagePlan(start, end, boundaries);
  const byKind = new Map(current.map((s) => [s.kind, s]));
  const result: StageState[] = STAGE_KINDS.map((kind, i) => {
    const old = byKind.get(kind);
    if (old?.status === "COMPLETED") return { ...old };
    if (old?.status === "ACTIVE") return { ...old, plannedEnd: fresh[i].plannedEnd, actualEnd: null };
    return { kind, plannedStart: fresh[i].plannedStart, plannedEnd: fresh[i].plannedEnd, actualStart: null, actualEnd: null, status: "PLANNED" };
  });
  // Keep the stages not yet completed contiguous after the past ones and inside the new period.
  for (let i = 0; i < result.length; i++) {
    const s = result[i];
    if (s.status === "COMPLETED") continue;
    const prev = result[i - 1];
    if (s.status === "PLANNED" && prev) {
      const prevEnd = prev.status === "COMPLETED" ? (prev.actualEnd ?? prev.plannedEnd) : prev.plannedEnd;
      if (s.plannedStart.getTime() <= prevEnd.getTime()) s.plannedStart = addDays(prevEnd, 1);
    }
    const latestEnd = addDays(end, -(result.length - 1 - i));
    if (s.plannedEnd.getTime() > latestEnd.getTime()) s.plannedEnd = latestEnd;
    const firstDay = s.actualStart && s.actualStart.getTime() > s.plannedStart.getTime() ? s.actualStart : s.plannedStart;
    if (s.plannedEnd.getTime() < firstDay.getTime()) {
      if (firstDay.getTime() > latestEnd.getTime()) throw new StagePlanError("Masa bimbingan baru terlalu pendek untuk tahap yang tersisa.");
      s.plannedEnd = firstDay;
    }
  }
  return result;
}

export type DueNext =
  | { kind: "TRANSITION"; from: StageKind; to: StageKind; dueOn: Date; daysLeft: number; overdue: boolean }
  | { kind: "END_LETTER"; dueOn: Date; daysLeft: number; overdue: boolean }
  | { kind: "NONE" };

/**
 * What is due next for a client in guidance: the proposal to move on when the active stage's
 * planned end comes (tahap awal, lanjutan), or the end-of-guidance letter at the end of tahap
 * akhir. Nothing when no stage is active (guidance over or not started).
 */
export function dueNext(stages: readonly StageState[], today: Date): DueNext {
  const active = stages.find((s) => s.status === "ACTIVE");
  if (!active) return { kind: "NONE" };
  const daysLeft = daysBetween(today, active.plannedEnd);
  const overdue = daysLeft < 0;
  const to = nextStage(active.kind);
  if (to) return { kind: "TRANSITION", from: active.kind, to, dueOn: active.plannedEnd, daysLeft, overdue };
  return { kind: "END_LETTER", dueOn: active.plannedEnd, daysLeft, overdue };
}

/** A stage review is overdue when the active stage ran past its planned end by more than `graceDays`. */
export function isStageReviewOverdue(stages: readonly StageState[], today: Date, graceDays = 0): boolean {
  const active = stages.find((s) => s.status === "ACTIVE");
  return Boolean(active && daysBetween(active.plannedEnd, today) > graceDays);
}
