import "server-only";
import { clock } from "@/lib/clock";
import { parseIsoDate, todayIn, toIsoDate } from "@/lib/domain/calendar";
import { retentionCutoff } from "@/lib/domain/retention";
import { retentionYearsFrom } from "@/lib/schemas/retention-settings";
import type { CurrentUser } from "../auth/current-user";
import { assertCan } from "../auth/permissions";
import { prisma, type Db, type Tx } from "../db";

// The retention review's list: persons of the office, not anonymised, with at least one case
// (guidance period, litmas, pendampingan), none of them open, the last one ended on or before the
// cut-off (today minus the office's N years), and no "keep" decision still running. Oldest first,
// keyset-paged on (ended, id). One statement, the total in a window count.

export interface RetentionDue {
  id: string;
  fullName: string;
  birthYear: number | null;
  ended: Date;
  guidance: number;
  litmas: number;
  pendampingan: number;
  keptUntil: Date | null;
  keptReason: string | null;
}

export const RETENTION_PAGE = 50;


type Row = { id: string; fullName: string; birthDate: Date | null; ended: Date; guidance: number; litmas: number; pendampingan: number; reviewAgainOn: Date | null; reason: string | null; total: number };

/** The persons due for review (or, with `personId`, whether that one is): the office's rule in SQL. */
export async function retentionDueRows(db: Db | Tx, p: { officeId: string; timeZone: string; years: number; today: Date; personId?: string; after?: { ended: Date; id: string }; limit: number }): Promise<Row[]> {
  const cutoff = toIsoDate(retentionCutoff(p.today, p.years));
  const today = toIsoDate(p.today);
  const person = p.personId ?? null;
  const afterEnded = p.after ? toIsoDate(p.after.ended) : null;
  const afterId = p.after?.id ?? null;
  return db.$queryRaw<Row[]>`
    WITH cases AS (
      SELECT "personId" AS pid, (status = 'AKTIF' AND "deletedAt" IS NULL) AS open,
             COALESCE("statusDate", ("deletedAt" AT TIME ZONE ${p.timeZone})::date, "guidanceEnd") AS ended, 'G' AS kind
      FROM "Client" WHERE "officeId" = ${p.officeId} AND (${person}::text IS NULL OR "personId" = ${person})
      UNION ALL
      SELECT l."personId", l.status NOT IN ('APPROVED', 'CANCELLED'),
             (GREATEST(l."receivedAt", l."approvedAt", l."deliveredAt", (SELECT max(e.at) FROM "LitmasEvent" e WHERE e."litmasId" = l.id)) AT TIME ZONE ${p.timeZone})::date, 'L'
      FROM "Litmas" l WHERE l."officeId" = ${p.officeId} AND (${person}::text IS NULL OR l."personId" = ${person})
      UNION ALL
      SELECT "personId", status NOT IN ('CLOSED', 'CANCELLED'), (GREATEST("receivedAt", "closedAt") AT TIME ZONE ${p.timeZone})::date, 'P'
      FROM "Pendampingan" WHERE "officeId" = ${p.officeId} AND (${person}::text IS NULL OR "personId" = ${person})
    ), per AS (
      SELECT pid, bool_or(open) AS open, max(ended) AS ended,
             count(*) FILTER (WHERE kind = 'G')::int AS guidance, count(*) FILTER (WHERE kind = 'L')::int AS litmas, count(*) FILTER (WHERE kind = 'P')::int AS pendampingan
      FROM cases GROUP BY pid
    )
    SELECT p.id, p."fullName", p."birthDate", per.ended, per.guidance, per.litmas, per.pendampingan, r."reviewAgainOn", r.reason, count(*) OVER ()::int AS total
    FROM per
    JOIN "Person" p ON p.id = per.pid
    LEFT JOIN LATERAL (
      SELECT x.decision, x."reviewAgainOn", x.reason FROM "RetentionReview" x WHERE x."personId" = p.id ORDER BY x."decidedAt" DESC LIMIT 1
    ) r ON true
    WHERE p."officeId" = ${p.officeId} AND p."anonymisedAt" IS NULL AND NOT per.open AND per.ended <= ${cutoff}::date
      AND (r.decision IS NULL OR r."reviewAgainOn" <= ${today}::date)
      AND (${afterEnded}::date IS NULL OR (per.ended, p.id) > (${afterEnded}::date, ${afterId}::text))
    ORDER BY per.ended, p.id
    LIMIT ${p.limit}`;
}

/** The office's retention years and today, for the list and the decisions. */
export async function retentionContext(db: Db | Tx, user: CurrentUser) {
  const office = await db.office.findUniqueOrThrow({ where: { id: user.officeId }, select: { settings: true } });
  return { years: retentionYearsFrom(office.settings), today: todayIn(user.timeZone, clock.now()) };
}

/** `?setelah=2015-03-01_<id>` -> the keyset cursor; anything else: the first page. */
export function parseRetentionCursor(raw: string | undefined | null): { ended: Date; id: string } | undefined {
  const m = raw ? /^(\d{4}-\d{2}-\d{2})_([a-z0-9]{1,40})$/i.exec(raw) : null;
  const ended = m ? parseIsoDate(m[1]) : null;
  return m && ended ? { ended, id: m[2] } : undefined;
}

export async function listRetentionDue(user: CurrentUser, cursor?: { ended: Date; id: string }) {
  assertCan(user, "retention:read");
  const { years, today } = await retentionContext(prisma, user);
  const rows = await retentionDueRows(prisma, { officeId: user.officeId, timeZone: user.timeZone, years, today, after: cursor, limit: RETENTION_PAGE + 1 });
  const page = rows.slice(0, RETENTION_PAGE);
  const last = page.at(-1);
  return {
    years,
    today,
    cutoff: retentionCutoff(today, years),
    total: rows[0]?.total ?? 0,
    items: page.map<RetentionDue>((r) => ({
      id: r.id, fullName: r.fullName, birthYear: r.birthDate ? r.birthDate.getUTCFullYear() : null, ended: r.ended,
      guidance: r.guidance, litmas: r.litmas, pendampingan: r.pendampingan, keptUntil: r.reviewAgainOn, keptReason: r.reason,
    })),
    next: rows.length > RETENTION_PAGE && last ? `${toIsoDate(last.ended)}_${last.id}` : null,
  };
}
