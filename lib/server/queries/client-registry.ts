import "server-only";
import { maskNik } from "@/lib/domain/nik";
import { assertCan, type CurrentUser } from "../auth";
import { audit } from "../audit";
import { prisma } from "../db";
import { takeNikLookup } from "../nik-lookups";
import { toClientForm } from "../registry/client-data";
import { clientScope } from "./scope";

export interface NikMatch {
  id: string;
  fullName: string;
  registerNumber: string;
  status: string;
  /** Whether the user may open the file (a PK only their own caseload). */
  canOpen: boolean;
}

/**
 * Clients of the user's office with this NIK (duplicate check before saving). A PK learns that a
 * colleague's client has the NIK, with name and register number, but gets no link to it.
 */
export async function findNikMatches(user: CurrentUser, nik: string, excludeId?: string): Promise<NikMatch[]> {
  assertCan(user, "client:read");
  if (!/^\d{16}$/.test(nik)) return [];
  await takeNikLookup(user, "client.nik.check", { editing: Boolean(excludeId) });
  const rows = await prisma.client.findMany({
    where: { officeId: user.officeId, deletedAt: null, person: { nik }, ...(excludeId ? { id: { not: excludeId } } : {}) },
    orderBy: { createdAt: "asc" },
    take: 5,
    select: { id: true, fullName: true, registerNumber: true, status: true, assignedPkId: true },
  });
  return rows.map(({ assignedPkId, ...r }) => ({ ...r, canOpen: user.role !== "PK" || assignedPkId === user.id }));
}

/** NIK search (the NIK arrives by POST): the matching clients in the user's scope. Audited without the NIK. */
export async function searchClientsByNik(user: CurrentUser, nik: string) {
  assertCan(user, "client:read");
  await takeNikLookup(user, "client.search.nik");
  const rows = await prisma.client.findMany({
    where: { AND: [clientScope(user), { person: { nik } }] },
    orderBy: { fullName: "asc" },
    take: 10,
    select: { id: true, fullName: true, registerNumber: true, status: true, person: { select: { nik: true } }, assignedPk: { select: { name: true } } },
  });
  return rows.map(({ person, assignedPk, ...r }) => ({ ...r, nikMasked: maskNik(person.nik), pkName: assignedPk?.name ?? null }));
}

/** The edit form's values and the version they were read at; null outside the user's scope. */
export async function getClientForEdit(user: CurrentUser, clientId: string) {
  assertCan(user, "client:update");
  const c = await prisma.client.findFirst({ where: { AND: [clientScope(user), { id: clientId }] }, include: { person: true } });
  if (!c) return null;
  await audit(prisma, user, { action: "client.view", entityType: "Client", entityId: c.id, clientId: c.id, details: { purpose: "edit" } });
  return { id: c.id, version: c.version, registerNumber: c.registerNumber, fullName: c.fullName, status: c.status, values: toClientForm(c) };
}

/** What the status page and the file's action bar need; null outside the scope. */
export async function getClientHeader(user: CurrentUser, clientId: string) {
  assertCan(user, "client:read");
  return prisma.client.findFirst({
    where: { AND: [clientScope(user), { id: clientId }] },
    select: {
      id: true, version: true, fullName: true, registerNumber: true, status: true, statusReason: true, statusDate: true,
      guidanceStart: true, guidanceEnd: true, assignedPkId: true,
      transfers: { where: { status: "REQUESTED" }, select: { id: true, toOffice: { select: { name: true } } } },
    },
  });
}

/** Other offices, for the transfer target. */
export async function listOtherOffices(user: CurrentUser) {
  assertCan(user, "client:transfer");
  return prisma.office.findMany({ where: { id: { not: user.officeId } }, orderBy: { name: "asc" }, select: { id: true, name: true, city: true } });
}
