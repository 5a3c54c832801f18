import "server-only";
import { z } from "zod";
import { AUDIT_ACTION_FILTERS } from "@/lib/domain/audit";
import { addDays, parseIsoDate, startOfDayIn } from "@/lib/domain/calendar";
import { decodeCursor, encodeCursor } from "@/lib/domain/pagination";
import type { CurrentUser } from "../auth/current-user";
import { assertCan } from "../auth/permissions";
import { prisma } from "../db";
import type { Prisma } from "../generated/prisma/client.ts";

const isoDay = z.string().trim().refine((v) => parseIsoDate(v) !== null).optional().catch(undefined);

export const ZAuditListParams = z.object({
  user: z.string().max(40).optional().catch(undefined),
  person: z.string().max(40).optional().catch(undefined),
  action: z.enum(AUDIT_ACTION_FILTERS.map((a) => a.value) as [string, ...string[]]).optional().catch(undefined),
  /** Calendar days in the office's time zone, both included. */
  from: isoDay,
  to: isoDay,
  after: z.string().max(600).optional().catch(undefined),
  /** "terdampak": the people whose data the filtered events touched (breach notification). */
  view: z.enum(["terdampak"]).optional().catch(undefined),
});
export type AuditListParams = z.infer<typeof ZAuditListParams>;

export const AUDIT_PAGE_SIZE = 50;

export interface AuditListItem {
  id: string;
  at: Date;
  action: string;
  user: { id: string; name: string } | null;
  entityType: string | null;
  entityId: string | null;
  /** The person the event concerns, directly or through the client. */
  person: { id: string; name: string } | null;
  clientId: string | null;
  ip: string | null;
}

export interface AuditListPage {
  items: AuditListItem[];
  nextCursor: string | null;
}

/**
 * The office's audit trail, newest first, keyset-paged on (at, id): no OFFSET, no count. The
 * person filter also finds events recorded against one of their guidance periods.
 */
export async function listAuditEvents(user: CurrentUser, params: AuditListParams, pageSize = AUDIT_PAGE_SIZE): Promise<AuditListPage> {
  assertCan(user, "audit:read");
  const and = auditFilters(user, params);
  if (params.person) {
    const clients = await prisma.client.findMany({ where: { personId: params.person, officeId: user.officeId }, select: { id: true } });
    and.push({ OR: [{ personId: params.person }, { clientId: { in: clients.map((c) => c.id) } }] });
  }
  const cursor = decodeCursor(params.after);
  if (cursor && /^\d+$/.test(cursor.id)) {
    const at = new Date(cursor.name);
    if (!Number.isNaN(at.getTime())) and.push({ OR: [{ at: { lt: at } }, { at, id: { lt: BigInt(cursor.id) } }] });
  }
  const rows = await prisma.auditEvent.findMany({
    where: { AND: and },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: pageSize + 1,
    select: { id: true, at: true, action: true, userId: true, entityType: true, entityId: true, clientId: true, personId: true, ip: true },
  });
  const page = rows.slice(0, pageSize);
  const names = await namesFor(user, page);
  const items = page.map((r): AuditListItem => {
    const personId = r.personId ?? (r.clientId ? names.personOfClient.get(r.clientId) ?? null : null);
    return {
      id: r.id.toString(), at: r.at, action: r.action, entityType: r.entityType, entityId: r.entityId, clientId: r.clientId, ip: r.ip,
      user: r.userId ? { id: r.userId, name: names.users.get(r.userId) ?? "(pengguna lain)" } : null,
      person: personId ? { id: personId, name: names.persons.get(personId) ?? "—" } : null,
    };
  });
  const last = page[page.length - 1];
  return { items, nextCursor: last && rows.length > pageSize ? encodeCursor({ name: last.at.toISOString(), id: last.id.toString() }) : null };
}

/** The office's events by user, action group and period (the office's days, both included). */
export function auditFilters(user: Pick<CurrentUser, "officeId" | "timeZone">, params: Pick<AuditListParams, "user" | "action" | "from" | "to">): Prisma.AuditEventWhereInput[] {
  const and: Prisma.AuditEventWhereInput[] = [{ officeId: user.officeId }];
  if (params.user) and.push({ userId: params.user });
  if (params.action) and.push({ action: { startsWith: `${params.action}.` } });
  const from = params.from ? parseIsoDate(params.from) : null;
  const to = params.to ? parseIsoDate(params.to) : null;
  if (from) and.push({ at: { gte: startOfDayIn(from, user.timeZone) } });
  if (to) and.push({ at: { lt: startOfDayIn(addDays(to, 1), user.timeZone) } });
  return and;
}

/** Names of the users and persons of a page: three queries, whatever the page size. */
async function namesFor(user: CurrentUser, rows: { userId: string | null; personId: string | null; clientId: string | null }[]) {
  const uniq = (xs: (string | null)[]) => [...new Set(xs.filter((x): x is string => Boolean(x)))];
  const clients = await prisma.client.findMany({ where: { id: { in: uniq(rows.map((r) => r.clientId)) }, officeId: user.officeId }, select: { id: true, personId: true } });
  const personOfClient = new Map(clients.map((c) => [c.id, c.personId]));
  const [users, persons] = await Promise.all([
    prisma.user.findMany({ where: { id: { in: uniq(rows.map((r) => r.userId)) } }, select: { id: true, name: true } }),
    prisma.person.findMany({ where: { id: { in: uniq([...rows.map((r) => r.personId), ...personOfClient.values()]) }, officeId: user.officeId }, select: { id: true, fullName: true } }),
  ]);
  return { personOfClient, users: new Map(users.map((u) => [u.id, u.name])), persons: new Map(persons.map((p) => [p.id, p.fullName])) };
}

/** The office's users, for the viewer's "who" filter. */
export async function listAuditUsers(user: CurrentUser) {
  assertCan(user, "audit:read");
  return prisma.user.findMany({ where: { officeId: user.officeId }, orderBy: { name: "asc" }, select: { id: true, name: true } });
}

/** The person a filter names, when they belong to the office. */
export async function getAuditPerson(user: CurrentUser, personId: string) {
  assertCan(user, "audit:read");
  return prisma.person.findFirst({ where: { id: personId, officeId: user.officeId }, select: { id: true, fullName: true } });
}
