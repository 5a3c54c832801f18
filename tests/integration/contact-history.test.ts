import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { getContact } from "@/lib/server/queries/contacts";
import { setContactOutcome } from "@/lib/server/services/set-contact-outcome";
import { createClient, createContact, createOffice, createUser } from "../factories";
import { actorFor } from "../support/actors";

const code = (p: Promise<unknown>) => p.then(() => "OK", (e) => (e instanceof AppError ? e.code : String(e)));

async function world() {
  const jks = await createOffice(prisma);
  const author = await createUser(prisma, { officeId: jks.id, role: "PK" });
  const successor = await createUser(prisma, { officeId: jks.id, role: "PK" });
  const other = await createUser(prisma, { officeId: jks.id, role: "PK" });
  const client = await createClient(prisma, { officeId: jks.id, assignedPkId: author.id });
  const planned = (notes: string) => createContact(prisma, { officeId: jks.id, clientId: client.id, pkId: author.id, outcome: null, notes });
  return { jks, author, successor, other, client, planned };
}

describe("a contact's outcome and notes keep their history", () => {
  it("the assigned PK records the outcome of her predecessor's visit: the old notes are kept, shown and audited", async () => {
    const w = await world();
    const c = await w.planned("Rencana kunjungan rumah: bertemu ibu klien, membahas pekerjaan.");
    await prisma.client.update({ where: { id: w.client.id }, data: { assignedPkId: w.successor.id } });
    const successor = await actorFor(w.successor.id);
    await setContactOutcome(successor, { contactId: c.id, outcome: "HADIR", notes: "Klien hadir; ibunya menyampaikan klien sudah bekerja di bengkel." });
    const row = await prisma.contact.findUniqueOrThrow({ where: { id: c.id }, include: { revisions: true } });
    expect(row.notes).toMatch(/bengkel/);
    expect(row.revisions).toMatchObject([{ notes: "Rencana kunjungan rumah: bertemu ibu klien, membahas pekerjaan.", outcome: null, revisedById: w.successor.id }]);
    expect((await getContact(successor, c.id))?.revisions).toMatchObject([{ revisedByName: w.successor.name }]);
    expect((await prisma.auditEvent.findFirstOrThrow({ where: { action: "contact.outcome", entityId: c.id } })).details).toMatchObject({ notesChanged: true });
  });

  it("only the author or the assigned PK may change it", async () => {
    const w = await world();
    const first = await w.planned("Rencana panggilan telepon.");
    const second = await w.planned("Rencana kunjungan kedua.");
    await prisma.client.update({ where: { id: w.client.id }, data: { assignedPkId: w.successor.id } });
    expect(await code(setContactOutcome(await actorFor(w.other.id), { contactId: first.id, outcome: "HADIR", notes: "Ditimpa oleh PK lain" }))).toBe("NOT_FOUND");
    // The author, no longer assigned, may still record how her own visit went.
    expect(await code(setContactOutcome(await actorFor(w.author.id), { contactId: first.id, outcome: "TIDAK_HADIR" }))).toBe("OK");
    expect(await code(setContactOutcome(await actorFor(w.successor.id), { contactId: second.id, outcome: "HADIR" }))).toBe("OK");
    // Notes left as they were: no revision.
    expect(await prisma.contactRevision.count()).toBe(0);
    expect((await prisma.contact.findUniqueOrThrow({ where: { id: first.id } })).notes).toBe("Rencana panggilan telepon.");
  });
});
