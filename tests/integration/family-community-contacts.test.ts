import { afterEach, describe, expect, it } from "vitest";
import { addDays } from "@/lib/domain/calendar";
import { clock } from "@/lib/clock";
import { ZLogContact } from "@/lib/schemas/contact";
import { prisma } from "@/lib/server/db";
import { getContact, getContactFormContext, getGuidanceLog } from "@/lib/server/queries/contacts";
import { getClientStages } from "@/lib/server/queries/stages";
import { logContact } from "@/lib/server/services/log-contact";
import { recordPreparationStep } from "@/lib/server/services/record-preparation-step";
import { createClient } from "../factories";
import { actorFor } from "../support/actors";
import { tahapAkhirOffices } from "../support/tahap-akhir";
import { tableHashes } from "../support/db-fingerprint";

// Family work and the community around the home (issue 14 item 3, decision 0022): a guidance
// activity with the family, the guarantor or the community, with who took part, against a real database.

async function world() {
  const { today, jks, pk, pkOther, pkMks, kepala } = await tahapAkhirOffices();
  const akhir = await createClient(prisma, {
    officeId: jks.id, officeCode: "JKS", assignedPkId: pk.id, guidanceStart: addDays(today, -300), guidanceEnd: addDays(today, 20), currentStage: "AKHIR",
    familyContactName: "Siti Aminah", familyContactRelation: "Ibu kandung", guarantorName: "Rudi Hartono", guarantorRelation: "kakak",
  });
  const otherClient = await createClient(prisma, { officeId: jks.id, officeCode: "JKS", assignedPkId: pkOther.id });
  return { jks, pk, pkOther, pkMks, kepala, akhir, otherClient, today };
}

let n = 0;
const input = (clientId: string, over: Record<string, unknown> = {}) => ({
  clientId, idempotencyKey: `family-${String(++n).padStart(12, "0")}`, occurredAt: "2026-11-19T09:00:00+07:00", type: "KUNJUNGAN_RUMAH", outcome: "HADIR",
  notes: "Arahan kepada keluarga menjelang akhir pembimbingan.", ...over,
});
const village = [
  { name: "H. Sutrisno", role: "Kepala Desa" }, { name: "Bambang Setiawan", role: "Ketua RT 03" },
  { name: "Aipda Joko Susilo", role: "Bhabinkamtibmas" }, { name: "Rina Marlina", role: "Petugas Puskesmas" },
];

afterEach(() => clock.reset());

describe("guidance with the family and the community", () => {
  it("stores the subject and the participants in order, audits without names, and shows them in the detail and the buku perkembangan", async () => {
    const w = await world();
    const pk = await actorFor(w.pk.id);
    const family = await logContact(pk, ZLogContact.parse(input(w.akhir.id, { subject: "KELUARGA", participants: [{ name: " Siti Aminah ", role: "Ibu kandung" }, { name: "Rudi Hartono", role: "Kakak kandung" }] })));
    const village_ = await logContact(pk, ZLogContact.parse(input(w.akhir.id, { type: "LAINNYA", subject: "MASYARAKAT", approach: "GROUP", occurredAt: "2026-11-19T14:00:00+07:00", participants: village })));
    // A payload from before the subject existed (an old outbox entry): with the client, nobody else.
    const plain = await logContact(pk, ZLogContact.parse(input(w.akhir.id, { occurredAt: "2026-11-18T10:00:00+07:00" })));

    const stored = await prisma.contact.findMany({ orderBy: { occurredAt: "asc" }, select: { id: true, subject: true, participants: { orderBy: { position: "asc" }, select: { name: true, role: true } } } });
    expect(stored).toEqual([
      { id: plain.id, subject: "KLIEN", participants: [] },
      { id: family.id, subject: "KELUARGA", participants: [{ name: "Siti Aminah", role: "Ibu kandung" }, { name: "Rudi Hartono", role: "Kakak kandung" }] },
      { id: village_.id, subject: "MASYARAKAT", participants: village },
    ]);
    const ev = await prisma.auditEvent.findFirstOrThrow({ where: { action: "contact.create", entityId: village_.id } });
    expect(ev.details).toMatchObject({ subject: "MASYARAKAT", participants: 4 });
    expect(JSON.stringify(ev.details)).not.toContain("Sutrisno");

    const detail = await getContact(pk, family.id);
    expect(detail).toMatchObject({ subject: "KELUARGA", participants: [{ name: "Siti Aminah", role: "Ibu kandung" }, { name: "Rudi Hartono", role: "Kakak kandung" }] });
    const log = await getGuidanceLog(await actorFor(w.kepala.id), w.akhir.id);
    expect(log!.contacts.map((k) => [k.subject, k.participants.length])).toEqual([["KLIEN", 0], ["KELUARGA", 2], ["MASYARAKAT", 4]]);
  });

  it("a resend of the same entry stores its participants once", async () => {
    const w = await world();
    const pk = await actorFor(w.pk.id);
    const entry = ZLogContact.parse(input(w.akhir.id, { subject: "PENJAMIN", participants: [{ name: "Rudi Hartono", role: "Penjamin (kakak)" }] }));
    const [a, b] = await Promise.all([logContact(pk, entry), logContact(pk, entry)]);
    expect(a.id).toBe(b.id);
    expect(await prisma.contactParticipant.count()).toBe(1);
  });

  it("refuses a family or community activity with nobody named, another caseload and another office, with no write", async () => {
    const w = await world();
    const pk = await actorFor(w.pk.id);
    const before = await tableHashes();
    // The schema refuses it in Bahasa Indonesia; the service refuses it too for a caller that skips the schema.
    const noOne = ZLogContact.safeParse(input(w.akhir.id, { subject: "MASYARAKAT", participants: [] }));
    expect(noOne.success).toBe(false);
    expect(noOne.error!.issues[0]).toMatchObject({ path: ["participants"], message: expect.stringContaining("paling sedikit satu peserta") });
    await expect(logContact(pk, { ...ZLogContact.parse(input(w.akhir.id)), subject: "KELUARGA", participants: [] })).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(logContact(pk, { ...ZLogContact.parse(input(w.akhir.id)), subject: "MASYARAKAT" })).rejects.toMatchObject({ code: "VALIDATION" });
    const withFamily = ZLogContact.parse(input(w.otherClient.id, { subject: "KELUARGA", participants: [{ name: "Siti Aminah", role: "Ibu kandung" }] }));
    await expect(logContact(pk, withFamily)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(logContact(await actorFor(w.pkMks.id), { ...withFamily, clientId: w.akhir.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(logContact(await actorFor(w.kepala.id), { ...withFamily, clientId: w.akhir.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await tableHashes()).toEqual(before);
  });

  it("a family activity is the evidence for arahan keluarga; the stage page offers the fitting activities first", async () => {
    const w = await world();
    const pk = await actorFor(w.pk.id);
    const visit = await logContact(pk, ZLogContact.parse(input(w.akhir.id, { occurredAt: "2026-11-17T10:00:00+07:00" })));
    const family = await logContact(pk, ZLogContact.parse(input(w.akhir.id, { subject: "KELUARGA", participants: [{ name: "Siti Aminah", role: "Ibu kandung" }] })));
    const village_ = await logContact(pk, ZLogContact.parse(input(w.akhir.id, { subject: "MASYARAKAT", occurredAt: "2026-11-18T10:00:00+07:00", participants: village })));
    const view = await getClientStages(pk, w.akhir.id);
    expect(view!.preparationContacts.map((k) => [k.id, k.subject, k._count.participants])).toEqual([[family.id, "KELUARGA", 1], [village_.id, "MASYARAKAT", 4], [visit.id, "KLIEN", 0]]);

    await recordPreparationStep(pk, { clientId: w.akhir.id, step: "ARAHAN_KELUARGA", state: "DONE", contactId: family.id, note: "" });
    await recordPreparationStep(pk, { clientId: w.akhir.id, step: "PENYULUHAN_SOSIAL", state: "DONE", contactId: village_.id, note: "" });
    const after = await getClientStages(pk, w.akhir.id);
    const items = Object.fromEntries(after!.preparation!.items.map((i) => [i.step, i]));
    expect(items.ARAHAN_KELUARGA.row).toMatchObject({ state: "DONE", doneOn: addDays(w.today, -1), contact: { id: family.id, subject: "KELUARGA" } });
    expect(items.PENYULUHAN_SOSIAL.row).toMatchObject({ state: "DONE", contact: { id: village_.id, subject: "MASYARAKAT" } });
  });

  it("the form's context offers the family contact and the guarantor on the client's file", async () => {
    const w = await world();
    const ctx = await getContactFormContext(await actorFor(w.pk.id), w.akhir.id);
    expect(ctx!.knownPeople).toEqual({ KELUARGA: [{ name: "Siti Aminah", role: "Ibu kandung" }], PENJAMIN: [{ name: "Rudi Hartono", role: "Penjamin (kakak)" }] });
  });
});
