import "server-only";
import { todayIn } from "@/lib/domain/calendar";
import type { Program, StageKind } from "@/lib/domain/enums";
import { workloadPercent } from "@/lib/domain/workload";
import { weekOf } from "@/lib/domain/reporting-due";
import type { CurrentUser } from "../auth/current-user";
import { assertCan } from "../auth/permissions";
import { prisma } from "../db";
import type { Db, Tx } from "../db";
import type { PkWorkload } from "./home";
import { clock } from "../../clock";


export interface PkWorkloadDetail extends PkWorkload {
  byProgram: Partial<Record<Program, number>>;
  byStage: Partial<Record<StageKind, number>>;
  litmasOpen: number;
  litmasOverdue: number;
  reportsDueThisWeek: number;
}

/** Active (AKTIF, not deleted) clients per PK of an office. */
export async function activeCounts(db: Db | Tx, officeId: string, pkIds?: string[]) {
  const rows = await db.client.groupBy({
    by: ["assignedPkId"],
    where: { officeId, deletedAt: null, status: "AKTIF", assignedPkId: pkIds ? { in: pkIds } : { not: null } },
    _count: { _all: true },
  });
  return new Map(rows.map((r) => [r.assignedPkId!, r._count._all]));
}

/**
 * Each PK of the office: active clients by program and stage, open and overdue litmas, reports
 * (wajib lapor) due this week and capacity. Reports due are approximate: the due dates of each
 * active client's schedules in this Monday-Sunday week (lib/domain/reporting-due.ts), less the
 * dates already recorded as attended or excused.
 */
export async function getWorkloadDetails(user: CurrentUser): Promise<{ rows: PkWorkloadDetail[]; week: { from: Date; to: Date } }> {
  assertCan(user, "workload:read");
  const now = clock.now();
  const week = weekOf(todayIn(user.timeZone, now));
  const from = week.from.toISOString().slice(0, 10);
  const to = week.to.toISOString().slice(0, 10);
  // One statement: the office's PKs with their counts grouped in SQL. "Reports due this week" follows
  // lib/domain/reporting-due.ts: each day of the week that is a due date of an active client's
  // schedule (weekly every 7 days from its start, biweekly every 14, monthly on the start's day of
  // month clamped to short months, as PostgreSQL's date + interval does), up to the schedule's end or
  // the guidance end, less the days already recorded as attended or excused.
  const rows = await prisma.$queryRaw<WorkloadRow[]>`
    WITH act AS (
      SELECT id, "assignedPkId" AS pk, program::text AS program, "currentStage"::text AS stage, "guidanceEnd"
      FROM "Client" WHERE "officeId" = ${user.officeId} AND "deletedAt" IS NULL AND status = 'AKTIF' AND "assignedPkId" IS NOT NULL
    ), prog AS (
      SELECT pk, jsonb_object_agg(program, n) AS j FROM (SELECT pk, program, count(*)::int n FROM act GROUP BY 1, 2) x GROUP BY pk
    ), stage AS (
      SELECT pk, jsonb_object_agg(stage, n) AS j FROM (SELECT pk, stage, count(*)::int n FROM act WHERE stage IS NOT NULL GROUP BY 1, 2) x GROUP BY pk
    ), lit AS (
      SELECT "assignedPkId" AS pk, count(*)::int AS open, (count(*) FILTER (WHERE "dueAt" < ${now}))::int AS overdue
      FROM "Litmas" WHERE "officeId" = ${user.officeId} AND status IN ('ASSIGNED', 'DRAFT', 'RETURNED', 'SUBMITTED') GROUP BY 1
    ), due AS (
      SELECT act.pk, count(*)::int AS n
      FROM act JOIN "ReportingSchedule" s ON s."clientId" = act.id
      CROSS JOIN LATERAL (SELECT g::date AS d FROM generate_series(${from}::date, ${to}::date, interval '1 day') g) day
      WHERE s."startsOn" <= ${to}::date AND (s."endsOn" IS NULL OR s."endsOn" >= ${from}::date)
        AND day.d >= s."startsOn" AND day.d <= least(coalesce(s."endsOn", act."guidanceEnd"), act."guidanceEnd")
        AND CASE s.frequency
          WHEN 'WEEKLY' THEN (day.d - s."startsOn") % 7 = 0
          WHEN 'BIWEEKLY' THEN (day.d - s."startsOn") % 14 = 0
          ELSE (s."startsOn" + make_interval(months => ((extract(year FROM day.d) - extract(year FROM s."startsOn")) * 12
            + extract(month FROM day.d) - extract(month FROM s."startsOn"))::int))::date = day.d END
        AND NOT EXISTS (SELECT 1 FROM "ReportingAttendance" a WHERE a."clientId" = act.id AND a."dueOn" = day.d AND a.status IN ('HADIR', 'IZIN'))
      GROUP BY 1
    )
    SELECT u.id, u.name, u."pkLevel"::text AS "pkLevel", u.active, u.capacity,
      coalesce(prog.j, '{}'::jsonb) AS "byProgram", coalesce(stage.j, '{}'::jsonb) AS "byStage",
      coalesce(lit.open, 0) AS "litmasOpen", coalesce(lit.overdue, 0) AS "litmasOverdue", coalesce(due.n, 0) AS "reportsDueThisWeek"
    FROM "User" u LEFT JOIN prog ON prog.pk = u.id LEFT JOIN stage ON stage.pk = u.id LEFT JOIN lit ON lit.pk = u.id LEFT JOIN due ON due.pk = u.id
    WHERE u."officeId" = ${user.officeId} AND u.role = 'PK'
    ORDER BY u.name`;
  return {
    rows: rows.map((r): PkWorkloadDetail => {
      const activeClients = Object.values(r.byProgram).reduce((s, n) => s + (n ?? 0), 0);
      return { ...r, activeClients, workloadPercent: workloadPercent(activeClients, r.capacity) };
    }),
    week,
  };
}

interface WorkloadRow {
  id: string;
  name: string;
  pkLevel: string | null;
  active: boolean;
  capacity: number;
  byProgram: Partial<Record<Program, number>>;
  byStage: Partial<Record<StageKind, number>>;
  litmasOpen: number;
  litmasOverdue: number;
  reportsDueThisWeek: number;
}

export interface PkOption {
  id: string;
  name: string;
  activeClients: number;
  capacity: number;
  workloadPercent: number;
  /** Why this PK cannot take the clients; null when selectable. */
  blockedReason: string | null;
  suggested: boolean;
}

/**
 * The PKs an assignment of `count` clients could go to, each with why not when not selectable
 * (inactive, over capacity), the least-loaded eligible one marked as suggested. PKs of other
 * offices are never listed: the server refuses them.
 */
export async function getAssignablePks(user: CurrentUser, count: number, currentPkIds: string[] = []): Promise<PkOption[]> {
  assertCan(user, "client:assign");
  const pks = await prisma.user.findMany({
    where: { officeId: user.officeId, role: "PK" },
    orderBy: { name: "asc" },
    select: { id: true, name: true, active: true, capacity: true },
  });
  const counts = await activeCounts(prisma, user.officeId);
  const options = pks.map((p): PkOption => {
    const activeClients = counts.get(p.id) ?? 0;
    const adding = count - currentPkIds.filter((id) => id === p.id).length;
    let blockedReason: string | null = null;
    if (adding <= 0) blockedReason = count > 1 ? "Sudah menangani semua klien yang dipilih" : "Sudah menangani klien ini";
    else if (!p.active) blockedReason = "Nonaktif";
    else if (activeClients + adding > p.capacity) blockedReason = `Kapasitas penuh: ${activeClients} dari ${p.capacity} klien${adding > 1 ? `, tidak cukup untuk ${adding} klien lagi` : ""}`;
    return { id: p.id, name: p.name, activeClients, capacity: p.capacity, workloadPercent: workloadPercent(activeClients, p.capacity), blockedReason, suggested: false };
  });
  const best = options
    .filter((o) => !o.blockedReason)
    .sort((a, b) => a.activeClients / a.capacity - b.activeClients / b.capacity || a.activeClients - b.activeClients || a.name.localeCompare(b.name))[0];
  if (best) best.suggested = true;
  return options;
}

/** The clients picked for an assignment, in the office, with their current PK. */
export async function getClientsToAssign(user: CurrentUser, clientIds: string[]) {
  assertCan(user, "client:assign");
  return prisma.client.findMany({
    where: { id: { in: clientIds.slice(0, 100) }, officeId: user.officeId, deletedAt: null },
    orderBy: { fullName: "asc" },
    select: { id: true, fullName: true, registerNumber: true, status: true, assignedPk: { select: { id: true, name: true } } },
  });
}
