import "server-only";
import { toIsoDate } from "@/lib/domain/calendar";
import type { GuidanceProgramStatus, StageKind } from "@/lib/domain/enums";
import type { Db, Tx } from "./db";
import { clock } from "../clock";

/** The record a stage proposal rests on; stored as StageTransitionRequest.summary (the seed's shape plus `since`, `stage`). */
export interface TransitionSummary {
  asOf: string; // instant, ISO
  since: string | null; // the current stage's actual start (yyyy-mm-dd); counts run from it
  stage: StageKind | null;
  contacts: number;
  attendance: { hadir: number; izin: number; mangkir: number };
  programs: { title: string; stage: StageKind; status: GuidanceProgramStatus; progress: number }[];
  violations: number;
}

/** Assembles the summary from the client's record over the current stage. */
export async function assembleTransitionSummary(db: Db | Tx, clientId: string, now: Date = clock.now()): Promise<TransitionSummary> {
  const client = await db.client.findUniqueOrThrow({
    where: { id: clientId },
    select: { currentStage: true, stages: { where: { status: "ACTIVE" }, select: { kind: true, actualStart: true, plannedStart: true } } },
  });
  const active = client.stages[0] ?? null;
  const stage = active?.kind ?? client.currentStage ?? null;
  const since = active ? (active.actualStart ?? active.plannedStart) : null;
  const [contacts, att, programs, violations] = await Promise.all([
    db.contact.count({ where: { clientId, occurredAt: { lte: now, ...(since ? { gte: since } : {}) } } }),
    db.reportingAttendance.groupBy({ by: ["status"], where: { clientId, dueOn: { lte: now, ...(since ? { gte: since } : {}) } }, _count: { _all: true } }),
    db.guidanceProgram.findMany({
      where: { clientId, ...(stage ? { stage } : {}), status: { not: "CANCELLED" } },
      orderBy: { plannedStart: "asc" },
      select: { title: true, stage: true, status: true, progress: true },
    }),
    db.violation.count({ where: { clientId, ...(since ? { occurredOn: { gte: since } } : {}), status: { not: "DISMISSED" } } }),
  ]);
  const n = (s: string) => att.find((a) => a.status === s)?._count._all ?? 0;
  return {
    asOf: now.toISOString(),
    since: since ? toIsoDate(since) : null,
    stage,
    contacts,
    attendance: { hadir: n("HADIR"), izin: n("IZIN"), mangkir: n("MANGKIR") },
    programs,
    violations,
  };
}

/** Reads a stored summary defensively (older rows may lack fields). */
export function readTransitionSummary(json: unknown): TransitionSummary {
  const o = (json && typeof json === "object" ? json : {}) as Partial<TransitionSummary>;
  const a = (o.attendance ?? {}) as Partial<TransitionSummary["attendance"]>;
  return {
    asOf: typeof o.asOf === "string" ? o.asOf : "",
    since: typeof o.since === "string" ? o.since : null,
    stage: (o.stage as StageKind) ?? null,
    contacts: Number(o.contacts ?? 0),
    attendance: { hadir: Number(a.hadir ?? 0), izin: Number(a.izin ?? 0), mangkir: Number(a.mangkir ?? 0) },
    programs: Array.isArray(o.programs) ? o.programs : [],
    violations: Number(o.violations ?? 0),
  };
}
