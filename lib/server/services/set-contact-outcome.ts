import "server-only";
import type { SetContactOutcomeInput } from "@/lib/schemas/contact";
import { assertCan, type CurrentUser } from "../auth";
import { audit } from "../audit";
import { prisma } from "../db";
import { conflict, invalid, notFound } from "../errors";
import { clientScope } from "../queries/scope";
import { clock } from "../../clock";

/**
 * The PK records how a planned contact went (a visit logged without an outcome). Only the contact's
 * author or the client's assigned PK may; when the notes are rewritten the previous outcome and
 * text are kept as a ContactRevision, in the same transaction.
 */
export async function setContactOutcome(user: CurrentUser, input: SetContactOutcomeInput, now = clock.now()): Promise<{ id: string; clientId: string }> {
  assertCan(user, "contact:write");
  const contact = await prisma.contact.findFirst({
    where: {
      id: input.contactId,
      client: { officeId: user.officeId, deletedAt: null },
      OR: [{ pkId: user.id }, { client: clientScope(user) }],
    },
    select: { id: true, clientId: true, occurredAt: true, outcome: true, excuseReason: true, notes: true },
  });
  if (!contact) throw notFound("Catatan kontak tidak ditemukan.");
  if (contact.outcome) throw conflict("Hasil kontak ini sudah dicatat.");
  if (contact.occurredAt.getTime() > now.getTime() + 10 * 60_000) throw invalid("Kontak ini belum terjadi; hasilnya dapat diisi setelah waktunya.");
  const notes = input.notes !== undefined && input.notes.trim() ? input.notes : contact.notes;
  return prisma.$transaction(async (tx) => {
    const res = await tx.contact.updateMany({
      where: { id: contact.id, outcome: null },
      data: { outcome: input.outcome, excuseReason: input.outcome === "IZIN" ? (input.excuseReason ?? null) : null, notes },
    });
    if (res.count === 0) throw conflict("Hasil kontak ini sudah dicatat.");
    const notesChanged = notes !== contact.notes;
    if (notesChanged) {
      await tx.contactRevision.create({ data: { contactId: contact.id, outcome: contact.outcome, excuseReason: contact.excuseReason, notes: contact.notes, revisedById: user.id, revisedAt: now } });
    }
    await audit(tx, user, { action: "contact.outcome", entityType: "Contact", entityId: contact.id, clientId: contact.clientId, details: { outcome: input.outcome, notesChanged } });
    return { id: contact.id, clientId: contact.clientId };
  });
}
