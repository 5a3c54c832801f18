import "server-only";
import { z } from "zod";
import { clock } from "@/lib/clock";
import {
  CASE_LIST_KINDS, CASE_STATES, caseHref, GUIDANCE_OPEN_STATUSES, guidanceClock, LITMAS_RUNNING_STATUSES, litmasClock,
  PENDAMPINGAN_OPEN_STATUSES, pendampinganClock, type CaseClock, type CaseKind, type CaseListKind, type CaseState,
} from "@/lib/domain/cases";
import type { ClientStatus, LitmasStatus, PendampinganStatus } from "@/lib/domain/enums";
import { can } from "@/lib/domain/permissions";
import { decodeCursor, encodeCursor, type NameCursor } from "@/lib/domain/pagination";
import { ZPageFrom } from "@/lib/schemas/pagination";
import type { CurrentUser } from "../auth/current-user";
import { assertCan } from "../auth/permissions";
import { prisma } from "../db";
import type { Prisma } from "../generated/prisma/client.ts";
import { CLIENT_PAGE_SIZE } from "./clients";
import { litmasListScope } from "./litmas";
import { clientScope, pendampinganScope } from "./scope";

// The list of people and cases (issue 10): one row per case (a guidance period, a litmas, a
// pendampingan), each kind read through its own scope, ordered by the person's name and the case id,
// keyset-paginated like the client list. "Semua" merges the kinds: each kind gives its next page
// (pageSize + 1 rows from the cursor, on its own index), and the database orders those few
// candidates, so the order and the cursors agree with the database's collation.

export const ZCaseListParams = z.object({
  kind: z.enum(CASE_LIST_KINDS).optional().catch(undefined),
  state: z.enum(CASE_STATES).optional().catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined),
  pk: z.string().max(40).optional().catch(undefined),
  after: z.string().max(600).optional().catch(undefined),
  before: z.string().max(600).optional().catch(undefined),
  dari: ZPageFrom,
});
export type CaseListParams = z.infer<typeof ZCaseListParams>;

export interface CaseListItem {
  kind: CaseKind;
  id: string;
  href: string;
  personName: string;
  /** Register number, litmas number or pendampingan number; null while none is given. */
  reference: string | null;
  /** Program, purpose or offence. */
  detail: { kind: "PROGRAM"; program: string } | { kind: "PURPOSE"; purpose: string } | { kind: "OFFENCE"; offence: string };
  status: ClientStatus | LitmasStatus | PendampinganStatus;
  child: boolean;
  pk: { id: string; name: string } | null;
  clock: CaseClock | null;
}

export interface CaseListPage {
  items: CaseListItem[];
  /** Every row under the filters (an exact count). */
  total: number;
  nextCursor: string | null;
  prevCursor: string | null;
}

/** The kinds a user's list covers for a "Jenis layanan" choice. */
export function caseKindsFor(user: Pick<CurrentUser, "role">, kind: CaseListKind): CaseKind[] {
  const all: CaseKind[] = ["GUIDANCE", "LITMAS", ...(can(user.role, "pendampingan:read") ? (["PENDAMPINGAN"] as const) : [])];
  return kind === "ALL" ? all : all.filter((k) => k === kind);
}

type Dir = "asc" | "desc";
interface Window { cursor: NameCursor | null; op: "gt" | "lt"; dir: Dir; take: number }
type Row = CaseListItem & { sortName: string };

const keyset = (w: Window, name: (v: Prisma.StringFilter | string) => object) =>
  w.cursor ? [{ OR: [name({ [w.op]: w.cursor.name }), { ...name(w.cursor.name), id: { [w.op]: w.cursor.id } }] }] : [];

function guidanceWhere(user: CurrentUser, p: CaseListParams, state: CaseState): Prisma.ClientWhereInput[] {
  const and: Prisma.ClientWhereInput[] = [clientScope(user)];
  if (state === "OPEN") and.push({ status: { in: [...GUIDANCE_OPEN_STATUSES] } });
  if (state === "CLOSED") and.push({ status: { notIn: [...GUIDANCE_OPEN_STATUSES] } });
  if (p.q) and.push({ OR: [{ fullName: { contains: p.q, mode: "insensitive" } }, { registerNumber: { startsWith: p.q, mode: "insensitive" } }] });
  if (p.pk && user.role !== "PK") and.push({ assignedPkId: p.pk });
  return and;
}

async function guidanceRows(user: CurrentUser, p: CaseListParams, state: CaseState, w: Window): Promise<Row[]> {
  const and = [...guidanceWhere(user, p, state), ...(keyset(w, (v) => ({ fullName: v })) as Prisma.ClientWhereInput[])];
  const rows = await prisma.client.findMany({
    where: { AND: and },
    orderBy: [{ fullName: w.dir }, { id: w.dir }],
    take: w.take,
    select: { id: true, fullName: true, registerNumber: true, category: true, program: true, status: true, guidanceEnd: true, assignedPk: { select: { id: true, name: true } } },
  });
  return rows.map((c) => ({
    kind: "GUIDANCE", id: c.id, href: caseHref("GUIDANCE", c.id), personName: c.fullName, sortName: c.fullName, reference: c.registerNumber,
    detail: { kind: "PROGRAM", program: c.program }, status: c.status, child: c.category === "ANAK", pk: c.assignedPk, clock: guidanceClock(c),
  }));
}

function litmasWhere(user: CurrentUser, p: CaseListParams, state: CaseState): Prisma.LitmasWhereInput[] {
  const and: Prisma.LitmasWhereInput[] = [litmasListScope(user)];
  if (state === "OPEN") and.push({ status: { in: [...LITMAS_RUNNING_STATUSES] } });
  if (state === "CLOSED") and.push({ status: { notIn: [...LITMAS_RUNNING_STATUSES] } });
  if (p.q) and.push({ OR: [{ person: { fullName: { contains: p.q, mode: "insensitive" } } }, { number: { startsWith: p.q, mode: "insensitive" } }] });
  if (p.pk && user.role !== "PK") and.push({ assignedPkId: p.pk });
  return and;
}

async function litmasRows(user: CurrentUser, p: CaseListParams, state: CaseState, w: Window, now: Date): Promise<Row[]> {
  const and = [...litmasWhere(user, p, state), ...(keyset(w, (v) => ({ person: { fullName: v } })) as Prisma.LitmasWhereInput[])];
  const rows = await prisma.litmas.findMany({
    where: { AND: and },
    orderBy: [{ person: { fullName: w.dir } }, { id: w.dir }],
    take: w.take,
    select: {
      id: true, number: true, purpose: true, status: true, dueAt: true,
      person: { select: { fullName: true } }, client: { select: { category: true } }, assignedPk: { select: { id: true, name: true } },
    },
  });
  return rows.map((l) => ({
    kind: "LITMAS", id: l.id, href: caseHref("LITMAS", l.id), personName: l.person.fullName, sortName: l.person.fullName, reference: l.number,
    detail: { kind: "PURPOSE", purpose: l.purpose }, status: l.status, child: l.client?.category === "ANAK", pk: l.assignedPk, clock: litmasClock(l, now),
  }));
}

function pendampinganWhere(user: CurrentUser, p: CaseListParams, state: CaseState): Prisma.PendampinganWhereInput[] {
  const and: Prisma.PendampinganWhereInput[] = [pendampinganScope(user)];
  if (state === "OPEN") and.push({ status: { in: [...PENDAMPINGAN_OPEN_STATUSES] } });
  if (state === "CLOSED") and.push({ status: { notIn: [...PENDAMPINGAN_OPEN_STATUSES] } });
  if (p.q) and.push({ OR: [{ person: { fullName: { contains: p.q, mode: "insensitive" } } }, { number: { startsWith: p.q, mode: "insensitive" } }] });
  if (p.pk && user.role !== "PK") and.push({ assignedPkId: p.pk });
  return and;
}

async function pendampinganRows(user: CurrentUser, p: CaseListParams, state: CaseState, w: Window, now: Date): Promise<Row[]> {
  const and = [...pendampinganWhere(user, p, state), ...(keyset(w, (v) => ({ person: { fullName: v } })) as Prisma.PendampinganWhereInput[])];
  const rows = await prisma.pendampingan.findMany({
    where: { AND: and },
    orderBy: [{ person: { fullName: w.dir } }, { id: w.dir }],
    take: w.take,
    select: {
      id: true, number: true, offence: true, status: true, dueAt: true, firstAttendedAt: true,
      person: { select: { fullName: true } }, agreement: { select: { deadline: true } }, assignedPk: { select: { id: true, name: true } },
    },
  });
  return rows.map((r) => ({
    kind: "PENDAMPINGAN", id: r.id, href: caseHref("PENDAMPINGAN", r.id), personName: r.person.fullName, sortName: r.person.fullName, reference: r.number,
    detail: { kind: "OFFENCE", offence: r.offence }, status: r.status, child: true, pk: r.assignedPk,
    clock: pendampinganClock({ ...r, agreementDeadline: r.agreement?.deadline ?? null }, now),
  }));
}

const ROWS: Record<CaseKind, typeof litmasRows> = { GUIDANCE: guidanceRows, LITMAS: litmasRows, PENDAMPINGAN: pendampinganRows };

/** Each kind's count under the same filters (one statement per kind), for "1–25 dari N". */
const COUNTS: Record<CaseKind, (user: CurrentUser, p: CaseListParams, state: CaseState) => Promise<number>> = {
  GUIDANCE: (u, p, s) => prisma.client.count({ where: { AND: guidanceWhere(u, p, s) } }),
  LITMAS: (u, p, s) => prisma.litmas.count({ where: { AND: litmasWhere(u, p, s) } }),
  PENDAMPINGAN: (u, p, s) => prisma.pendampingan.count({ where: { AND: pendampinganWhere(u, p, s) } }),
};

/** Rows of several kinds in the database's order of (name, id), ascending. */
async function inDatabaseOrder(rows: Row[]): Promise<Row[]> {
  if (rows.length < 2) return rows;
  const order = await prisma.$queryRaw<{ i: number }[]>`
    SELECT (t.i - 1)::int AS i FROM unnest(${rows.map((r) => r.sortName)}::text[], ${rows.map((r) => r.id)}::text[]) WITH ORDINALITY AS t(name, id, i)
    ORDER BY t.name, t.id`;
  return order.map(({ i }) => rows[i]);
}

/**
 * The list of people and cases: one page of the chosen kinds ("Semua": every kind the user may
 * see), each kind through its own scope (clientScope, litmasListScope, pendampinganScope).
 */
export async function listCases(user: CurrentUser, params: CaseListParams, pageSize = CLIENT_PAGE_SIZE, now = clock.now()): Promise<CaseListPage> {
  assertCan(user, "client:read");
  const kinds = caseKindsFor(user, params.kind ?? "ALL");
  const state = params.state ?? "OPEN";
  const after = decodeCursor(params.after);
  const before = after ? null : decodeCursor(params.before);
  const w: Window = { cursor: after ?? before, op: before ? "lt" : "gt", dir: before ? "desc" : "asc", take: pageSize + 1 };
  const [perKind, counts] = await Promise.all([
    Promise.all(kinds.map((k) => ROWS[k](user, params, state, w, now))),
    Promise.all(kinds.map((k) => COUNTS[k](user, params, state))),
  ]);
  const single = perKind.length === 1;
  // One kind comes in the database's order already (descending when paging back).
  let rows = single ? perKind[0] : await inDatabaseOrder(perKind.flat());
  if (single && before) rows = [...rows].reverse();
  const hasMore = rows.length > pageSize;
  // Forward: the first pageSize; back: the pageSize nearest before the cursor (the last ones).
  const page = before ? rows.slice(Math.max(0, rows.length - pageSize)) : rows.slice(0, pageSize);
  const items: CaseListItem[] = page.map(({ sortName: _s, ...r }) => (void _s, r));
  const first = page[0];
  const last = page[page.length - 1];
  return {
    items,
    total: counts.reduce((a, b) => a + b, 0),
    nextCursor: last && (before ? true : hasMore) ? encodeCursor({ name: last.sortName, id: last.id }) : null,
    prevCursor: first && (before ? hasMore : Boolean(after)) ? encodeCursor({ name: first.sortName, id: first.id }) : null,
  };
}
