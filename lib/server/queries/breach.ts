import "server-only";
import type { CurrentUser } from "../auth/current-user";
import { assertCan } from "../auth/permissions";
import { prisma } from "../db";
import { auditFilters, type AuditListParams } from "./audit";

// The breach-notification helper (UU 27/2022: notify within 3 x 24 hours): the people whose data a
// given user, or anyone in a given period, touched, from the audit trail.

export interface AffectedPerson {
  id: string;
  name: string;
  events: number;
  first: Date;
  last: Date;
}

export const AFFECTED_LIMIT = 5_000;

/**
 * Distinct persons in the office's audit events matching the viewer's filters (user, action,
 * period), directly or through one of their guidance periods; most recently touched first. Needs a
 * user or a period: without either it would be everyone on file. Null when neither is given.
 */
export async function listAffectedPersons(user: CurrentUser, params: Pick<AuditListParams, "user" | "action" | "from" | "to">): Promise<AffectedPerson[] | null> {
  assertCan(user, "audit:read");
  if (!params.user && !params.from && !params.to) return null;
  const and = auditFilters(user, params);
  const agg = { _count: { _all: true }, _min: { at: true }, _max: { at: true } } as const;
  const [byPerson, byClient] = await Promise.all([
    prisma.auditEvent.groupBy({ by: ["personId"], where: { AND: [...and, { personId: { not: null } }] }, ...agg }),
    prisma.auditEvent.groupBy({ by: ["clientId"], where: { AND: [...and, { personId: null, clientId: { not: null } }] }, ...agg }),
  ]);
  const clients = await prisma.client.findMany({ where: { id: { in: byClient.map((r) => r.clientId!) }, officeId: user.officeId }, select: { id: true, personId: true } });
  const personOf = new Map(clients.map((c) => [c.id, c.personId]));
  const merged = new Map<string, Omit<AffectedPerson, "name">>();
  const add = (id: string | null | undefined, n: number, first: Date | null, last: Date | null) => {
    if (!id || !first || !last) return;
    const m = merged.get(id);
    if (!m) merged.set(id, { id, events: n, first, last });
    else merged.set(id, { id, events: m.events + n, first: first < m.first ? first : m.first, last: last > m.last ? last : m.last });
  };
  for (const r of byPerson) add(r.personId, r._count._all, r._min.at, r._max.at);
  for (const r of byClient) add(personOf.get(r.clientId!), r._count._all, r._min.at, r._max.at);
  const persons = await prisma.person.findMany({ where: { id: { in: [...merged.keys()] }, officeId: user.officeId }, select: { id: true, fullName: true } });
  const name = new Map(persons.map((p) => [p.id, p.fullName]));
  return [...merged.values()]
    .filter((m) => name.has(m.id))
    .map((m) => ({ ...m, name: name.get(m.id)! }))
    .sort((a, b) => b.last.getTime() - a.last.getTime() || a.name.localeCompare(b.name))
    .slice(0, AFFECTED_LIMIT);
}
