import "server-only";
import { z } from "zod";
import { addDays, todayIn, toIsoDate } from "@/lib/domain/calendar";
import { DESK_AHEAD_DAYS, DESK_LOOKBACK_DAYS, deskDayFacts, nextDueDay, openWindows, type DeskGroup } from "@/lib/domain/reporting";
import type { AttendanceStatus, Program } from "@/lib/domain/enums";
import { decodeKey, encodeKey } from "@/lib/domain/pagination";
import { assertCan, type CurrentUser } from "../auth";
import { prisma } from "../db";
import { Prisma } from "../generated/prisma/client.ts";
import { clientWindows, officeReportingRules, SCHEDULE_SELECT, type OfficeReportingRules } from "../services/reporting-common";
import { clock } from "../../clock";
import { clientScope } from "./scope";

export const DESK_GROUPS = ["TODAY", "WEEK", "OPEN_PAST"] as const satisfies readonly DeskGroup[];
/** Rows per group on the overview, and per page when one group is paged through. */
export const DESK_PAGE_SIZE = 25;

export const ZDeskParams = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  grup: z.enum(DESK_GROUPS).optional().catch(undefined),
  after: z.string().max(800).optional().catch(undefined),
  before: z.string().max(800).optional().catch(undefined),
});
export type DeskParams = z.infer<typeof ZDeskParams>;

export interface DeskRow {
  clientId: string;
  fullName: string;
  registerNumber: string;
  program: Program;
  pkName: string | null;
  dueOn: Date;
  expectedOn: Date;
  opensOn: Date;
  closesOn: Date;
  inMonth: boolean;
  /** What is recorded for the due day (HADIR, IZIN), or null: still to come. */
  status: AttendanceStatus | null;
  attendedOn: Date | null;
  late: boolean;
}

export interface DeskGroupPage {
  group: DeskGroup;
  rows: DeskRow[];
  total: number;
  /** Of the total, those already recorded (hadir or izin). */
  done: number;
  /** The first row's place in the whole group, from 1. */
  start: number;
  nextCursor: string | null;
  prevCursor: string | null;
}

interface RawRow {
  grp: DeskGroup;
  clientId: string;
  fullName: string;
  registerNumber: string;
  program: Program;
  pkName: string | null;
  due: Date;
  expected: Date;
  opens: Date;
  closes: Date;
  inm: boolean;
  status: AttendanceStatus | null;
  attendedOn: Date | null;
  late: boolean | null;
  total: number;
  done: number;
  pos: number;
}

const keyOf = (r: RawRow) => encodeKey([toIsoDate(r.expected), r.fullName, r.clientId, toIsoDate(r.due)]);

/**
 * The office's daftar lapor diri for today (the front desk): who is expected today, in the next
 * DESK_AHEAD_DAYS days, and whose window is still open after the expected day with nothing recorded.
 * Scoped like every client read (the office; a PK's own clients). The due days and their windows are
 * computed in one SQL statement over the office's schedules, with the calendar facts of each day
 * from lib/domain/reporting.ts (deskDayFacts), so an office of thousands of clients is not loaded
 * into memory. Each group is keyset-paged on (expected day, name, client, due day), with its total.
 */
export async function getReportingDesk(user: CurrentUser, params: DeskParams, now = clock.now()) {
  assertCan(user, "reporting:record");
  const office = await prisma.office.findUniqueOrThrow({ where: { id: user.officeId }, select: { settings: true, timeZone: true } });
  const today = todayIn(office.timeZone, now);
  const rules = officeReportingRules(office.settings);
  const facts = deskDayFacts(today, rules.calendar, rules.window);
  const iso = (pick: (f: (typeof facts)[number]) => Date) => facts.map((f) => toIsoDate(pick(f)));
  const lo = addDays(today, -DESK_LOOKBACK_DAYS);
  const hi = addDays(today, DESK_AHEAD_DAYS);
  const pkId = user.role === "PK" ? user.id : null;
  const group = params.grup ?? null;
  const after = group ? decodeKey(params.after, 4) : null;
  const before = group && !after ? decodeKey(params.before, 4) : null;
  const cursor = after ?? before;
  const keyset = cursor
    ? Prisma.sql`AND (expected, "fullName", "clientId", due) ${after ? Prisma.sql`>` : Prisma.sql`<`} (${cursor[0]}::date, ${cursor[1]}::text, ${cursor[2]}::text, ${cursor[3]}::date)`
    : Prisma.empty;
  const order = before ? Prisma.sql`expected DESC, "fullName" DESC, "clientId" DESC, due DESC` : Prisma.sql`expected, "fullName", "clientId", due`;

  const rows = await prisma.$queryRaw<RawRow[]>`
    WITH f AS (
      SELECT * FROM unnest(
        ${iso((f) => f.day)}::date[], ${iso((f) => f.expectedOn)}::date[], ${iso((f) => f.opensOn)}::date[], ${iso((f) => f.closesOn)}::date[],
        ${iso((f) => f.monthOpensOn)}::date[], ${iso((f) => f.monthClosesOn)}::date[], ${facts.map((f) => f.group)}::text[], ${facts.map((f) => f.monthGroup)}::text[]
      ) AS f(day, expected, opens, closes, mopens, mcloses, grp, mgrp)
    ),
    s AS (
      SELECT s.id, s."clientId", s.frequency::text AS freq, s."startsOn", s."endsOn", c."guidanceEnd",
        lead(s."startsOn") OVER (PARTITION BY s."clientId" ORDER BY s."startsOn") AS "nextStart"
      FROM "ReportingSchedule" s JOIN "Client" c ON c.id = s."clientId"
      WHERE c."officeId" = ${user.officeId} AND c."deletedAt" IS NULL AND c.status = 'AKTIF'
        AND (${pkId}::text IS NULL OR c."assignedPkId" = ${pkId}) AND s."startsOn" <= ${toIsoDate(hi)}::date
    ),
    -- The k-th due day of each schedule inside [lo, hi] (lib/domain/reporting.ts nthDueDay: weekly
    -- and biweekly every 7 or 14 days, monthly the start's day of month clamped to the month's end,
    -- which is what PostgreSQL's date + months does), with the one before it (k - 1; k = 0 is the start).
    k AS (
      SELECT s.*,
        CASE s.freq WHEN 'WEEKLY' THEN 7 WHEN 'BIWEEKLY' THEN 14 END AS step,
        (extract(year FROM ${toIsoDate(lo)}::date) * 12 + extract(month FROM ${toIsoDate(lo)}::date) - extract(year FROM s."startsOn") * 12 - extract(month FROM s."startsOn"))::int AS mlo,
        (extract(year FROM ${toIsoDate(hi)}::date) * 12 + extract(month FROM ${toIsoDate(hi)}::date) - extract(year FROM s."startsOn") * 12 - extract(month FROM s."startsOn"))::int AS mhi
      FROM s
    ),
    d AS (
      SELECT k."clientId", k.freq, n.due, n.prev,
        (${rules.window.monthlyInMonth} AND k.freq = 'MONTHLY') AS inm
      FROM k CROSS JOIN LATERAL (
        SELECT
          CASE WHEN k.step IS NULL THEN (k."startsOn" + make_interval(months => i))::date ELSE k."startsOn" + i * k.step END AS due,
          CASE WHEN k.step IS NULL THEN (k."startsOn" + make_interval(months => i - 1))::date ELSE k."startsOn" + (i - 1) * k.step END AS prev
        FROM generate_series(
          CASE WHEN k.step IS NULL THEN greatest(1, k.mlo) ELSE greatest(1, ceil((${toIsoDate(lo)}::date - k."startsOn")::numeric / k.step)::int) END,
          CASE WHEN k.step IS NULL THEN k.mhi ELSE floor((${toIsoDate(hi)}::date - k."startsOn")::numeric / k.step)::int END
        ) AS i
      ) n
      WHERE n.due BETWEEN ${toIsoDate(lo)}::date AND ${toIsoDate(hi)}::date
        AND n.due <= k."guidanceEnd" AND (k."endsOn" IS NULL OR n.due <= k."endsOn") AND (k."nextStart" IS NULL OR n.due < k."nextStart")
    ),
    g AS (
      SELECT CASE WHEN d.inm THEN f.mgrp ELSE f.grp END AS grp, d."clientId", c."fullName", c."registerNumber", c.program::text AS program, u.name AS "pkName",
        d.due, f.expected, greatest(CASE WHEN d.inm THEN f.mopens ELSE f.opens END, d.prev + 1) AS opens,
        CASE WHEN d.inm THEN f.mcloses ELSE f.closes END AS closes, d.inm,
        a.status::text AS status, a."attendedOn", a.late
      FROM d JOIN f ON f.day = d.due
        JOIN "Client" c ON c.id = d."clientId"
        LEFT JOIN "User" u ON u.id = c."assignedPkId"
        LEFT JOIN "ReportingAttendance" a ON a."clientId" = d."clientId" AND a."dueOn" = d.due
    ),
    ranked AS (
      SELECT g.*, count(*) OVER (PARTITION BY grp)::int AS total, (count(*) FILTER (WHERE status IS NOT NULL) OVER (PARTITION BY grp))::int AS done,
        row_number() OVER (PARTITION BY grp ORDER BY expected, "fullName", "clientId", due)::int AS pos
      FROM g
      WHERE grp IS NOT NULL AND (grp <> 'OPEN_PAST' OR status IS NULL) AND (${group}::text IS NULL OR grp = ${group})
    ),
    paged AS (
      SELECT ranked.*, row_number() OVER (PARTITION BY grp ORDER BY ${order}) AS rn FROM ranked WHERE true ${keyset}
    )
    SELECT grp, "clientId", "fullName", "registerNumber", program, "pkName", due, expected, opens, closes, inm, status, "attendedOn", late, total, done, pos
    FROM paged WHERE rn <= ${DESK_PAGE_SIZE + 1} ORDER BY grp, pos`;

  const groups: DeskGroupPage[] = DESK_GROUPS.filter((g) => !group || g === group).map((g) => {
    const all = rows.filter((r) => r.grp === g);
    const hasMore = all.length > DESK_PAGE_SIZE;
    // Paging back, the query took the rows nearest before the cursor: the page is the last ones.
    const page = before ? all.slice(Math.max(0, all.length - DESK_PAGE_SIZE)) : all.slice(0, DESK_PAGE_SIZE);
    const first = page[0];
    const last = page[page.length - 1];
    return {
      group: g,
      total: first?.total ?? 0,
      done: first?.done ?? 0,
      start: first?.pos ?? 0,
      rows: page.map(toRow),
      nextCursor: group && last && (before ? true : hasMore) ? keyOf(last) : null,
      prevCursor: group && first && first.pos > 1 ? keyOf(first) : null,
    };
  });
  const search = params.q ? await searchWalkIn(user, params.q, today, rules) : null;
  // A report after the expected day is "terlambat" where the office counts it (never in a month window).
  return { today, timeZone: office.timeZone, groups, search, paged: group, countLate: rules.window.countLate };
}

function toRow(r: RawRow): DeskRow {
  return {
    clientId: r.clientId, fullName: r.fullName, registerNumber: r.registerNumber, program: r.program, pkName: r.pkName,
    dueOn: r.due, expectedOn: r.expected, opensOn: r.opens, closesOn: r.closes, inMonth: r.inm,
    status: r.status, attendedOn: r.attendedOn, late: r.late ?? false,
  };
}

export interface WalkIn {
  clientId: string;
  fullName: string;
  registerNumber: string;
  program: Program;
  pkName: string | null;
  /** Windows open today with nothing recorded, oldest first: what an arrival counts for. */
  open: { dueOn: Date; expectedOn: Date; closesOn: Date; inMonth: boolean }[];
  /** Reported today already (for any due day). */
  reportedToday: boolean;
  /** When nothing is open: the next due day. */
  nextDueOn: Date | null;
}

const WALK_IN_LIMIT = 8;

/** Someone at the desk, found by name or register number: their open windows (a few clients at most). */
async function searchWalkIn(user: CurrentUser, q: string, today: Date, rules: OfficeReportingRules): Promise<WalkIn[]> {
  const clients = await prisma.client.findMany({
    where: {
      AND: [clientScope(user), { status: "AKTIF" }, { OR: [{ fullName: { contains: q, mode: "insensitive" } }, { registerNumber: { startsWith: q, mode: "insensitive" } }] }],
    },
    orderBy: [{ fullName: "asc" }, { id: "asc" }],
    take: WALK_IN_LIMIT,
    select: {
      id: true, fullName: true, registerNumber: true, program: true, guidanceEnd: true, assignedPk: { select: { name: true } },
      reportingSchedules: SCHEDULE_SELECT,
      attendances: { where: { dueOn: { gte: addDays(today, -DESK_LOOKBACK_DAYS - 31) } }, select: { dueOn: true, attendedOn: true } },
    },
  });
  return clients.map((c) => {
    const windows = clientWindows(rules, c.reportingSchedules, c.guidanceEnd, today);
    const open = openWindows(windows, c.attendances.map((a) => a.dueOn), today);
    return {
      clientId: c.id, fullName: c.fullName, registerNumber: c.registerNumber, program: c.program, pkName: c.assignedPk?.name ?? null,
      open: open.map((w) => ({ dueOn: w.dueOn, expectedOn: w.expectedOn, closesOn: w.closesOn, inMonth: w.inMonth })),
      reportedToday: c.attendances.some((a) => a.attendedOn?.getTime() === today.getTime()),
      nextDueOn: open.length ? null : (nextDueDay(c.reportingSchedules, c.guidanceEnd, addDays(today, 1))?.dueOn ?? null),
    };
  });
}
