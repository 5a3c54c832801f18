import "server-only";
import { isIdentityField } from "@/lib/domain/person";
import type { z } from "zod";
import { CLIENT_FIELD_LABEL, CLIENT_FIELDS, type ZUpdateClient } from "@/lib/schemas/client";
import { assertCan, type CurrentUser } from "../auth";
import { audit } from "../audit";
import { prisma } from "../db";
import { AppError, invalid, notFound } from "../errors";
import { clientFieldValues, displayValue, sameValue, splitClientData, toClientData } from "../registry/client-data";
import { findNikMatches } from "../queries/client-registry";
import { clientScope } from "../queries/scope";
import { duplicateNikError } from "./register-client";
import { replanStagesInTx } from "./replan-client-stages";

type Field = (typeof CLIENT_FIELDS)[number];

/**
 * The refusal for a stale save: who changed which fields since `version`, with the values now
 * stored, so the officer can compare before saving again. Built from the client.update audit rows.
 */
async function staleEditError(clientId: string, version: number): Promise<AppError> {
  const [events, current] = await Promise.all([
    prisma.auditEvent.findMany({
      where: { clientId, action: { in: ["client.update", "client.status.change"] } },
      orderBy: { at: "desc" },
      take: 50,
      select: { userId: true, at: true, action: true, details: true },
    }),
    prisma.client.findUnique({ where: { id: clientId }, include: { person: true } }),
  ]);
  const stored = current ? clientFieldValues(current) : null;
  const newer = events.filter((e) => Number((e.details as { toVersion?: number } | null)?.toVersion ?? 0) > version);
  const fields = new Set<Field>();
  let statusChanged = false;
  for (const e of newer) {
    if (e.action === "client.status.change") statusChanged = true;
    for (const f of ((e.details as { fields?: string[] } | null)?.fields ?? []) as Field[]) if (CLIENT_FIELDS.includes(f)) fields.add(f);
  }
  const users = await prisma.user.findMany({ where: { id: { in: newer.map((e) => e.userId).filter((x): x is string => !!x) } }, select: { name: true } });
  const who = users.map((u) => u.name).join(", ") || "pengguna lain";
  const fieldErrors: Record<string, string[]> = {};
  const parts: string[] = [];
  for (const f of fields) {
    const now = displayValue(stored?.[f]);
    fieldErrors[f] = [`Sudah diubah oleh ${who}; nilai sekarang: ${now}`];
    parts.push(`${CLIENT_FIELD_LABEL[f]}: ${now}`);
  }
  if (statusChanged) parts.push(`Status: ${current?.status ?? "?"}`);
  const message = `Perubahan Anda TIDAK disimpan: data klien ini sudah diubah oleh ${who} sejak Anda membuka formulir.` +
    (parts.length ? ` Yang berubah — ${parts.join("; ")}.` : "") +
    " Muat data terbaru, periksa, lalu ulangi perubahan Anda.";
  return new AppError("CONFLICT", message, fieldErrors);
}

/**
 * Saves an edit of a client's identity and case fields. The save names the version it was read
 * at; if someone saved in between, it is refused with what they changed (no lost update).
 */
export async function updateClient(user: CurrentUser, input: z.infer<typeof ZUpdateClient>) {
  assertCan(user, "client:update");
  const current = await prisma.client.findFirst({ where: { AND: [clientScope(user), { id: input.id }] }, include: { person: true } });
  if (!current) throw notFound("Klien tidak ditemukan.");
  if (current.version !== input.version) throw await staleEditError(current.id, input.version);

  const data = toClientData(input);
  const stored = clientFieldValues(current);
  const changed = CLIENT_FIELDS.filter((f) => !sameValue(data[f], stored[f]));
  if (changed.length === 0) return { id: current.id, version: current.version, changed: [] as string[] };

  if (changed.includes("nik") && data.nik && !input.confirmDuplicate) {
    const matches = await findNikMatches(user, data.nik, current.id);
    if (matches.length) throw duplicateNikError(matches);
  }
  const periodChanged = changed.includes("guidanceStart") || changed.includes("guidanceEnd");
  const { person: identity, client: columns } = splitClientData(data);
  const patch = Object.fromEntries(changed.filter((f) => !isIdentityField(f)).map((f) => [f, columns[f as keyof typeof columns]]));
  // The person's identity follows the edit (a child's family contact is the guardian).
  const personChanged = changed.some((f) => isIdentityField(f) || f === "category" || f.startsWith("familyContact"));

  const result = await prisma.$transaction(async (tx) => {
    const { count } = await tx.client.updateMany({
      where: { id: current.id, officeId: user.officeId, version: input.version, deletedAt: null },
      data: { ...patch, version: { increment: 1 } },
    });
    if (count === 0) return null;
    // The person holds the identity (decision 8): it is edited in the same transaction; the
    // database copies a new name to the period's list column.
    if (personChanged) await tx.person.update({ where: { id: current.personId }, data: { ...identity, version: { increment: 1 } } });
    // A changed period re-plans the stages (past stages keep their dates), atomically with the edit.
    if (periodChanged) await replanStagesInTx(tx, user, current.id);
    await audit(tx, user, {
      action: "client.update", entityType: "Client", entityId: current.id, clientId: current.id, personId: current.personId,
      details: { fields: changed, fromVersion: input.version, toVersion: input.version + 1 },
    });
    return { id: current.id, version: input.version + 1, changed: changed as string[] };
  });
  if (!result) throw await staleEditError(current.id, input.version);
  return result;
}
