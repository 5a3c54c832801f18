import "server-only";
import { todayIn } from "@/lib/domain/calendar";
import type { Program, StageKind } from "@/lib/domain/enums";
import { workloadPercent } from "@/lib/domain/workload";
import { dueDatesBetween, weekOf } from "@/lib/domain/reporting-due";
import type { CurrentUser } from "../auth/current-user";
import { assertCan } from "../auth/permissions";
import { prisma } from "../db";
import type { Db, Tx } from "../db";
import type { PkWorkload } from "./home";
import { clock } from "../../clock";

const OPEN_LITMAS = ["ASSIGNED", "DRAFT", "RETURNED", "SUBMITTED"] as const;

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
  const active = { officeId: user.officeId, deletedAt: null, status: "AKTIF" as const };
  const [pks, byProgram, byStage, litmasOpen, litmasOverdue, schedules] = await Promise.all([
    prisma.user.findMany({
      where: { officeId: user.officeId, role: "PK" },
      orderBy: { name: "asc" },
      select: { id: true, name: true, pkLevel: true, active: true, capacity: true },
    }),
    prisma.client.groupBy({ by: ["assignedPkId", "program"], where: active, _count: { _all: true } }),
    prisma.client.groupBy({ by: ["assignedPkId", "currentStage"], where: active, _count: { _all: true } }),
    prisma.litmas.groupBy({ by: ["assignedPkId"], where: { officeId: user.officeId, status: { in: [...OPEN_LITMAS] } }, _count: { _all: true } }),
    prisma.litmas.groupBy({ by: ["assignedPkId"], where: { officeId: user.officeId, status: { in: [...OPEN_LITMAS] }, dueAt: { lt: now } }, _count: { _all: true } }),
    prisma.reportingSchedule.findMany({
      where: { client: active, startsOn: { lte: week.to }, OR: [{ endsOn: null }, { endsOn: { gte: week.from } }] },
      select: {
        frequency: true, startsOn: true, endsOn: true,
        client: { select: { assignedPkId: true, guidanceEnd: true, attendances: { where: { dueOn: { gte: week.from, lte: week.to }, status: { in: ["HADIR", "IZIN"] } }, select: { dueOn: true } } } },
      },
    }),
  ]);
  const rows = pks.map((p): PkWorkloadDetail => {
    const prog: Partial<Record<Program, number>> = {};
    for (const r of byProgram) if (r.assignedPkId === p.id) prog[r.program as Program] = r._count._all;
    const stage: Partial<Record<StageKind, number>> = {};
    for (const r of byStage) if (r.assignedPkId === p.id && r.currentStage) stage[r.currentStage as StageKind] = r._count._all;
    const activeClients = Object.values(prog).reduce((s, n) => s + (n ?? 0), 0);
    let reports = 0;
    for (const s of schedules) {
      if (s.client.assignedPkId !== p.id) continue;
      const endsOn = s.endsOn && s.endsOn < s.client.guidanceEnd ? s.endsOn : s.client.guidanceEnd;
      const done = new Set(s.client.attendances.map((a) => a.dueOn.getTime()));
      reports += dueDatesBetween({ frequency: s.frequency, startsOn: s.startsOn, endsOn }, week.from, week.to).filter((d) => !done.has(d.getTime())).length;
    }
    return {
      ...p,
      activeClients,
      workloadPercent: workloadPercent(activeClients, p.capacity),
      byProgram: prog,
      byStage: stage,
      litmasOpen: litmasOpen.find((r) => r.assignedPkId === p.id)?._count._all ?? 0,
      litmasOverdue: litmasOverdue.find((r) => r.assignedPkId === p.id)?._count._all ?? 0,
      reportsDueThisWeek: reports,
    };
  });
  return { rows, week };
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
