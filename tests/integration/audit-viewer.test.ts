import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { buildProcessingHistory } from "@/lib/server/reports/processing-history";
import { audit } from "@/lib/server/audit";
import { prisma } from "@/lib/server/db";
import { listAuditEvents } from "@/lib/server/queries/audit";
import { listAffectedPersons } from "@/lib/server/queries/breach";
import { exportList } from "@/lib/server/export/lists";
import { createClient, createOffice, createUser } from "../factories";
import { actorFor } from "../support/actors";

// The audit viewer (issue 13, part 2): the office's events only, filters by user, person, action
// and period (days in the office's time zone), keyset paging; the table refuses UPDATE and DELETE.

async function world() {
  const jks = await createOffice(prisma, { code: "JKS", timeZone: "Asia/Jakarta" });
  const mks = await createOffice(prisma, { code: "MKS", timeZone: "Asia/Makassar" });
  const kepala = await createUser(prisma, { officeId: jks.id, role: "KEPALA_BAPAS", name: "Kepala JKS" });
  const admin = await createUser(prisma, { officeId: jks.id, role: "ADMIN" });
  const pk = await createUser(prisma, { officeId: jks.id, role: "PK", name: "Rina Wulandari" });
  const kasi = await createUser(prisma, { officeId: jks.id, role: "KASI" });
  const kepalaMks = await createUser(prisma, { officeId: mks.id, role: "KEPALA_BAPAS" });
  const client = await createClient(prisma, { officeId: jks.id, officeCode: "JKS", assignedPkId: pk.id, fullName: "Siti Aminah" });
  const other = await prisma.person.create({ data: { officeId: jks.id, fullName: "Joko Susilo" } });
  const at = (iso: string) => new Date(iso);
  const ev = (userId: string, officeId: string, action: string, when: string, extra: { clientId?: string; personId?: string; entityType?: string; entityId?: string } = {}) =>
    prisma.auditEvent.create({ data: { userId, officeId, action, at: at(when), ...extra } });
  // 30 Nov 23.30 WIB is 30 Nov 16.30 UTC; 1 Dec 00.30 WIB is 30 Nov 17.30 UTC.
  await ev(pk.id, jks.id, "client.view", "2026-11-30T16:30:00Z", { clientId: client.id, entityType: "Client", entityId: client.id });
  await ev(pk.id, jks.id, "client.update", "2026-11-30T17:30:00Z", { clientId: client.id, entityType: "Client", entityId: client.id });
  await ev(kepala.id, jks.id, "person.view", "2026-12-01T03:00:00Z", { personId: client.personId, entityType: "Person", entityId: client.personId });
  await ev(kepala.id, jks.id, "litmas.view", "2026-12-01T04:00:00Z", { personId: other.id, entityType: "Litmas", entityId: "l1" });
  await ev(kepalaMks.id, mks.id, "client.view", "2026-12-01T05:00:00Z");
  return { jks, kepala, admin, pk, kasi, kepalaMks, client, other };
}

const actions = async (userId: string, params: Parameters<typeof listAuditEvents>[1] = {}, size?: number) =>
  (await listAuditEvents(await actorFor(userId), params, size)).items.map((e) => e.action);

describe("the audit viewer", () => {
  it("shows the office's events newest first, with who and which person, to the Kepala and the admin only", async () => {
    const w = await world();
    expect(await actions(w.kepala.id)).toEqual(["litmas.view", "person.view", "client.update", "client.view"]);
    expect(await actions(w.admin.id)).toHaveLength(4);
    expect(await actions(w.kepalaMks.id)).toEqual(["client.view"]);
    const [first, , , last] = (await listAuditEvents(await actorFor(w.kepala.id), {})).items;
    expect(first.person).toEqual({ id: w.other.id, name: "Joko Susilo" });
    expect(last.user).toEqual({ id: w.pk.id, name: "Rina Wulandari" });
    // Through the client: the person is named though the event has only a clientId.
    expect(last.person).toEqual({ id: w.client.personId, name: "Siti Aminah" });
    await expect(actions(w.pk.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(actions(w.kasi.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("filters by user, person (also through their guidance period), action and period in the office's days", async () => {
    const w = await world();
    expect(await actions(w.kepala.id, { user: w.pk.id })).toEqual(["client.update", "client.view"]);
    expect(await actions(w.kepala.id, { person: w.client.personId })).toEqual(["person.view", "client.update", "client.view"]);
    expect(await actions(w.kepala.id, { action: "client" })).toEqual(["client.update", "client.view"]);
    // 1 December in Jakarta starts at 30 Nov 17.00 UTC.
    expect(await actions(w.kepala.id, { from: "2026-12-01", to: "2026-12-01" })).toEqual(["litmas.view", "person.view", "client.update"]);
    expect(await actions(w.kepala.id, { to: "2026-11-30" })).toEqual(["client.view"]);
    // Another office's person filter finds nothing of Jakarta's.
    expect(await actions(w.kepalaMks.id, { person: w.client.personId })).toEqual([]);
  });

  it("pages by keyset, with events at the same instant kept in order", async () => {
    const w = await world();
    const kepala = await actorFor(w.kepala.id);
    const same = new Date("2026-12-02T01:00:00Z");
    for (let i = 0; i < 5; i++) await prisma.auditEvent.create({ data: { userId: w.kepala.id, officeId: w.jks.id, action: `tpp.record`, at: same, entityId: String(i) } });
    const seen: string[] = [];
    let after: string | undefined;
    for (let n = 0; n < 10; n++) {
      const page = await listAuditEvents(kepala, { after }, 2);
      seen.push(...page.items.map((e) => e.id));
      if (!page.nextCursor) break;
      after = page.nextCursor;
    }
    const all = (await listAuditEvents(kepala, {}, 100)).items.map((e) => e.id);
    expect(seen).toEqual(all);
    expect(new Set(seen).size).toBe(9);
  });

  it("the database refuses to change or delete an audit event", async () => {
    const w = await world();
    await audit(prisma, { id: w.kepala.id, officeId: w.jks.id }, { action: "client.view", clientId: w.client.id });
    const e = await prisma.auditEvent.findFirstOrThrow({ where: { clientId: w.client.id }, orderBy: { id: "desc" } });
    await expect(prisma.auditEvent.update({ where: { id: e.id }, data: { action: "nothing" } })).rejects.toThrow(/append-only/);
    await expect(prisma.auditEvent.delete({ where: { id: e.id } })).rejects.toThrow(/append-only/);
    await expect(prisma.$executeRawUnsafe(`UPDATE "AuditEvent" SET "userId" = NULL WHERE id = ${e.id}`)).rejects.toThrow(/append-only/);
    await expect(prisma.$executeRawUnsafe(`DELETE FROM "AuditEvent"`)).rejects.toThrow(/append-only/);
    expect(await prisma.auditEvent.findUniqueOrThrow({ where: { id: e.id } })).toMatchObject({ action: "client.view", userId: w.kepala.id });
  });

  it("a person's processing history as PDF (UU PDP): every event about them, oldest first, NIK masked; audited; the office's people only", async () => {
    const w = await world();
    const kepala = await actorFor(w.kepala.id);
    const file = await buildProcessingHistory(kepala, w.client.personId);
    const text = execFileSync("pdftotext", ["-layout", "-", "-"], { input: file!.body, encoding: "utf8" });
    expect(text).toContain("RIWAYAT PEMROSESAN DATA PRIBADI");
    expect(text).toContain("Siti Aminah");
    expect(text).toContain(`••••••••••••${w.client.person.nik!.slice(-4)}`);
    expect(text).not.toContain(w.client.person.nik!);
    const order = ["Melihat berkas klien", "Mengubah data klien", "Melihat data orang"].map((t) => text.indexOf(t));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(text).not.toContain("Melihat litmas"); // another person's event
    expect(text).toContain("Rina Wulandari");
    const ev = await prisma.auditEvent.findFirstOrThrow({ where: { action: "person.history.export" } });
    expect(ev).toMatchObject({ userId: w.kepala.id, personId: w.client.personId });
    expect(await buildProcessingHistory(await actorFor(w.kepalaMks.id), w.client.personId)).toBeNull();
    await expect(buildProcessingHistory(await actorFor(w.pk.id), w.client.personId)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("the breach helper lists the people a user's or a period's access touched, through their guidance period too", async () => {
    const w = await world();
    const kepala = await actorFor(w.kepala.id);
    expect(await listAffectedPersons(kepala, {})).toBeNull();
    const byPk = await listAffectedPersons(kepala, { user: w.pk.id });
    expect(byPk!.map((p) => [p.name, p.events, p.first.toISOString(), p.last.toISOString()])).toEqual([["Siti Aminah", 2, "2026-11-30T16:30:00.000Z", "2026-11-30T17:30:00.000Z"]]);
    // 1 December (WIB): the PK's update, the Kepala's two views.
    expect((await listAffectedPersons(kepala, { from: "2026-12-01", to: "2026-12-01" }))!.map((p) => [p.name, p.events])).toEqual([["Joko Susilo", 1], ["Siti Aminah", 2]]);
    expect(await listAffectedPersons(await actorFor(w.kepalaMks.id), { user: w.pk.id })).toEqual([]);
    await expect(listAffectedPersons(await actorFor(w.pk.id), { user: w.pk.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const file = await exportList(kepala, "orang-terdampak", { user: w.pk.id }, "csv");
    expect(file.table.rows.map((r) => [r[0], r[1]])).toEqual([["Siti Aminah", 2]]);
  });
});
