import fs from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { clock } from "@/lib/clock";
import { utcDate } from "@/lib/domain/calendar";
import { ZRetentionDecision } from "@/lib/schemas/retention";
import { prisma } from "@/lib/server/db";
import { getMonthlyFigures } from "@/lib/server/queries/monthly-report";
import { listRetentionDue } from "@/lib/server/queries/retention";
import { ANONYMISATION_DELETES, ANONYMISATION_PLAN, ANONYMISATION_UNTOUCHED, decideRetention } from "@/lib/server/services/retention";
import { createClient, createLitmas, createOffice, createUser } from "../factories";
import { actorFor } from "../support/actors";

// The retention review (issue 13, part 5): who is listed, the Kepala's decisions, and that
// anonymising removes every trace of who the person was while every figure stays the same.

const NOW = new Date("2026-12-02T03:00:00Z"); // 10.00 WIB
const MARK = "Zulkarnaen";
const at = (iso: string) => new Date(iso);

beforeEach(() => clock.set(NOW));
afterEach(() => clock.reset());

async function world() {
  const jks = await createOffice(prisma, { code: "JKS", timeZone: "Asia/Jakarta" });
  const other = await createOffice(prisma, { code: "MKS", timeZone: "Asia/Makassar" });
  const kepala = await createUser(prisma, { officeId: jks.id, role: "KEPALA_BAPAS" });
  const admin = await createUser(prisma, { officeId: jks.id, role: "ADMIN" });
  const pk = await createUser(prisma, { officeId: jks.id, role: "PK" });
  const otherKepala = await createUser(prisma, { officeId: other.id, role: "KEPALA_BAPAS" });
  const base = { officeId: jks.id, officeCode: "JKS", assignedPkId: pk.id, today: utcDate(2026, 12, 2) };
  const ended = (y: number, m: number, d: number) => ({ status: "SELESAI" as const, guidanceStart: utcDate(y - 1, m, d), guidanceEnd: utcDate(y, m, d), statusDate: utcDate(y, m, d) });

  // A: guidance ended 30 June 2015, with every kind of record carrying the person's name.
  const a = await createClient(prisma, {
    ...base, ...ended(2015, 6, 30), fullName: `${MARK} bin Hasan`, aliasName: `Zul ${MARK}`, phone: "081234567890", employmentStatus: "BEKERJA",
    familyContactName: `Siti ${MARK}`, guarantorName: `Hasan ${MARK}`, offence: `Pencurian oleh ${MARK}`, offenceCategory: "PENCURIAN", courtDecisionNumber: "12/Pid.B/2014/PN Jkt.Sel",
  });
  const contact = await prisma.contact.create({ data: { officeId: jks.id, clientId: a.id, pkId: pk.id, type: "KUNJUNGAN_RUMAH", occurredAt: at("2015-03-01T03:00:00Z"), outcome: "HADIR", notes: `Bertemu ${MARK} dan istrinya.` } });
  await prisma.contactRevision.create({ data: { contactId: contact.id, notes: `Catatan lama tentang ${MARK}`, revisedById: pk.id } });
  await prisma.contactParticipant.create({ data: { contactId: contact.id, position: 0, name: `Siti ${MARK}`, role: "Ibu kandung" } });
  await prisma.violation.create({ data: { officeId: jks.id, clientId: a.id, reportedById: pk.id, type: "TIDAK_MENGIKUTI_PROGRAM", occurredOn: utcDate(2015, 2, 1), description: `${MARK} tidak datang` } });
  const doc = await prisma.clientDocument.create({ data: { officeId: jks.id, clientId: a.id, kind: "SK", title: `SK ${MARK}`, fileName: `sk-${MARK}.pdf`, mimeType: "application/pdf", size: 4, sha256: "x", uploadedById: pk.id } });
  await prisma.documentContent.create({ data: { documentId: doc.id, bytes: Buffer.from("%PDF") } });
  const litmas = await createLitmas(prisma, { officeId: jks.id, personId: a.personId, clientId: a.id, purpose: "INTEGRASI_PB", requesterType: "LAPAS", status: "APPROVED", assignedPkId: pk.id, reviewerId: kepala.id, offence: `Pencurian oleh ${MARK}`, receivedAt: at("2014-05-01T03:00:00Z"), assignedAt: at("2014-05-01T05:00:00Z"), submittedAt: at("2014-05-10T05:00:00Z"), dueAt: at("2014-05-13T05:00:00Z"), reviewedAt: at("2014-05-12T03:00:00Z") });
  await prisma.litmas.update({ where: { id: litmas.id }, data: { sections: { identitas: `Klien bernama ${MARK}` } } });
  await prisma.litmasVersion.create({ data: { litmasId: litmas.id, versionNo: 99, sections: { identitas: `Klien bernama ${MARK}` }, savedById: pk.id } });
  // B: ended in 2020, inside the 10 years. C: ended in 2014 but a litmas about them is being written.
  const b = await createClient(prisma, { ...base, ...ended(2020, 1, 31) });
  const c = await createClient(prisma, { ...base, ...ended(2014, 1, 31) });
  await createLitmas(prisma, { officeId: jks.id, personId: c.personId, purpose: "PEMBIMBINGAN_AWAL", requesterType: "LAPAS", status: "DRAFT", assignedPkId: pk.id, receivedAt: at("2026-11-20T03:00:00Z") });
  // D: ended in 2010 and kept until 1 June 2027. E: another office's, ended in 2009.
  const d = await createClient(prisma, { ...base, ...ended(2010, 3, 31) });
  await prisma.retentionReview.create({ data: { officeId: jks.id, personId: d.personId, decision: "KEEP", reason: "Diminta Kanwil", reviewAgainOn: utcDate(2027, 6, 1), decidedById: kepala.id, decidedAt: at("2026-06-01T03:00:00Z") } });
  const e = await createClient(prisma, { officeId: other.id, officeCode: "MKS", ...ended(2009, 1, 31) });
  return { jks, kepala, admin, pk, otherKepala, a, b, c, d, e, litmas };
}

/** Every row of every table (the audit trail aside) as text, searched for the marker. */
async function tablesMentioning(word: string): Promise<string[]> {
  const tables = await prisma.$queryRaw<{ t: string }[]>`SELECT table_name AS t FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT IN ('AuditEvent', '_prisma_migrations')`;
  const hits: string[] = [];
  for (const { t } of tables) {
    const [{ n }] = await prisma.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM "${t}" x WHERE x::text ILIKE $1`, `%${word}%`);
    if (n > 0) hits.push(t);
  }
  return hits;
}

describe("the retention review", () => {
  it("lists persons whose every case ended more than N years ago, oldest first; a running keep hides one until its day", async () => {
    const w = await world();
    const list = await listRetentionDue(await actorFor(w.kepala.id));
    expect(list.years).toBe(10);
    expect(list.cutoff).toEqual(utcDate(2016, 12, 2));
    expect(list.items.map((p) => p.id)).toEqual([w.a.personId]);
    expect(list.items[0]).toMatchObject({ guidance: 1, litmas: 1, pendampingan: 0, ended: utcDate(2015, 6, 30) });
    expect(list.total).toBe(1);
    // The admin sees the list; a PK does not.
    expect((await listRetentionDue(await actorFor(w.admin.id))).total).toBe(1);
    await expect(listRetentionDue(await actorFor(w.pk.id))).rejects.toMatchObject({ code: "FORBIDDEN" });
    // On 1 June 2027 the keep runs out: D comes back, with why it was kept.
    clock.set(new Date("2027-06-01T03:00:00Z"));
    const later = await listRetentionDue(await actorFor(w.kepala.id));
    expect(later.items.map((p) => [p.id, p.keptReason])).toEqual([[w.d.personId, "Diminta Kanwil"], [w.a.personId, null]]);
    // A shorter retention (the admin's setting) brings B in.
    await prisma.office.update({ where: { id: w.jks.id }, data: { settings: { retention: { years: 5 } } } });
    expect((await listRetentionDue(await actorFor(w.kepala.id))).items.map((p) => p.id)).toContain(w.b.personId);
  });

  it("the Kepala keeps a person with a reason and a day to look again, audited; the admin and another office cannot decide", async () => {
    const w = await world();
    const kepala = await actorFor(w.kepala.id);
    const input = ZRetentionDecision.parse({ personId: w.a.personId, decision: "KEEP", reason: "Perkara lain masih disidangkan", reviewAgainOn: "2027-12-02" });
    await expect(decideRetention(await actorFor(w.admin.id), input)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(decideRetention(await actorFor(w.otherKepala.id), input)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(decideRetention(kepala, { ...input, reviewAgainOn: utcDate(2026, 12, 2) })).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(decideRetention(kepala, { ...input, personId: w.b.personId })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await prisma.retentionReview.count({ where: { personId: { in: [w.a.personId, w.b.personId] } } })).toBe(0);
    await decideRetention(kepala, input);
    expect((await listRetentionDue(kepala)).total).toBe(0);
    const ev = await prisma.auditEvent.findMany({ where: { action: "person.retention.keep" } });
    expect(ev.map((e) => [e.userId, e.personId])).toEqual([[w.kepala.id, w.a.personId]]);
    // Kept: a second decision before the day comes is refused.
    await expect(decideRetention(kepala, input)).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("anonymising removes every trace of the person, keeps every figure, is audited and happens once", async () => {
    const w = await world();
    const kepala = await actorFor(w.kepala.id);
    const june2015 = utcDate(2015, 5, 1); // May 2015: A is still in guidance on its last day
    const may2014 = utcDate(2014, 5, 1);
    const before = [await getMonthlyFigures(kepala, june2015), await getMonthlyFigures(kepala, may2014)];
    expect(before[0].figures.activeByEmployment.BEKERJA).toEqual({ DEWASA: 1, ANAK: 0 });
    expect(await tablesMentioning(MARK)).toEqual(expect.arrayContaining(["Person", "Client", "Contact", "ContactParticipant", "ContactRevision", "Violation", "ClientDocument", "Litmas", "LitmasVersion"]));

    // Without the typed confirmation the form is refused in Bahasa Indonesia.
    const unconfirmed = ZRetentionDecision.safeParse({ personId: w.a.personId, decision: "ANONYMISE", reason: "Masa simpan lewat" });
    expect(unconfirmed.success).toBe(false);
    expect(unconfirmed.error?.issues[0].message).toContain("Ketik ANONIMKAN");

    const input = ZRetentionDecision.parse({ personId: w.a.personId, decision: "ANONYMISE", reason: "Masa simpan lewat, tidak ada perkara berjalan", confirm: "ANONIMKAN" });
    await decideRetention(kepala, input);

    expect(await tablesMentioning(MARK)).toEqual([]);
    expect(await tablesMentioning("081234567890")).toEqual([]);
    expect(await tablesMentioning("12/Pid.B/2014")).toEqual([]);
    const person = await prisma.person.findUniqueOrThrow({ where: { id: w.a.personId } });
    expect(person).toMatchObject({ fullName: "Dianonimkan", nik: null, address: null, phone: null, birthPlace: null });
    expect(person.anonymisedAt).toEqual(NOW);
    expect(person.birthDate?.getUTCMonth()).toBe(6); // mid-year of the birth year: no request near 18
    expect(await prisma.clientDocument.count({ where: { clientId: w.a.id } })).toBe(0);
    expect(await prisma.contact.count({ where: { clientId: w.a.id } })).toBe(1);
    // Who took part stays counted, by relationship, without the name.
    expect(await prisma.contactParticipant.findMany({ where: { contact: { clientId: w.a.id } }, select: { name: true, role: true } })).toEqual([{ name: "Dianonimkan", role: "Ibu kandung" }]);
    // Every figure of those months is what it was.
    const after = [await getMonthlyFigures(kepala, june2015), await getMonthlyFigures(kepala, may2014)];
    expect(after).toEqual(before);
    // Audited, and not listed again; a second try is refused.
    const ev = await prisma.auditEvent.findMany({ where: { action: "person.anonymise" } });
    expect(ev.map((e) => [e.userId, e.personId, e.entityId])).toEqual([[w.kepala.id, w.a.personId, w.a.personId]]);
    expect((await listRetentionDue(kepala)).total).toBe(0);
    await expect(decideRetention(kepala, input)).rejects.toMatchObject({ code: "CONFLICT" });
    // The others are untouched.
    expect((await prisma.person.findUniqueOrThrow({ where: { id: w.b.personId } })).fullName).not.toBe("Dianonimkan");
  });

  it("every text column of every record about a person is in the anonymisation plan", () => {
    // Models reachable from Person through relations (a record about a person, a case, or their parts).
    const schema = fs.readFileSync(path.join(process.cwd(), "prisma/schema.prisma"), "utf8");
    const models = new Map<string, string>();
    for (const m of schema.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)) models.set(m[1], m[2]);
    const about = new Set(["Person"]);
    for (let grew = true; grew; ) {
      grew = false;
      for (const [name, body] of models) {
        if (about.has(name)) continue;
        const refs = [...body.matchAll(/^\s+\w+\s+(\w+)\??\s+@relation\([^)]*fields:/gm)].map((r) => r[1]);
        if (refs.some((r) => about.has(r) && r !== "Office" && r !== "User")) { about.add(name); grew = true; }
      }
    }
    const missing: string[] = [];
    for (const name of about) {
      if ((ANONYMISATION_DELETES as readonly string[]).includes(name) || (ANONYMISATION_UNTOUCHED as readonly string[]).includes(name)) continue;
      const plan = ANONYMISATION_PLAN[name];
      const text = [...models.get(name)!.matchAll(/^\s+(\w+)\s+(String|Json|Bytes)\??(\s|$)/gm)].map((f) => f[1]).filter((f) => f !== "id" && !f.endsWith("Id"));
      for (const f of text) if (!plan || !(f in plan.clear || plan.keep.includes(f))) missing.push(`${name}.${f}`);
    }
    expect(about.size).toBeGreaterThan(20);
    expect(missing).toEqual([]);
  });
});
