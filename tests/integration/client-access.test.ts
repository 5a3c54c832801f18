import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/server/errors";
import { prisma } from "@/lib/server/db";
import { getClientFile, listClients } from "@/lib/server/queries/clients";
import { getAdminHome, getOfficeOverview, getPkHome, getPkWorkloads } from "@/lib/server/queries/home";
import { createClient, createOffice, createUser } from "../factories";
import { actorFor } from "../support/actors";

/** Two offices; in the first a Kepala, an admin and two PKs with three clients each. */
async function world() {
  const jks = await createOffice(prisma, { code: "JKS", name: "Bapas Kelas I Jakarta Selatan", timeZone: "Asia/Jakarta" });
  const mks = await createOffice(prisma, { code: "MKS", name: "Bapas Kelas I Makassar", timeZone: "Asia/Makassar" });
  const kepala = await createUser(prisma, { officeId: jks.id, role: "KEPALA_BAPAS" });
  const admin = await createUser(prisma, { officeId: jks.id, role: "ADMIN" });
  const pkA = await createUser(prisma, { officeId: jks.id, role: "PK" });
  const pkB = await createUser(prisma, { officeId: jks.id, role: "PK" });
  const kepalaMks = await createUser(prisma, { officeId: mks.id, role: "KEPALA_BAPAS" });
  const adminMks = await createUser(prisma, { officeId: mks.id, role: "ADMIN" });
  const pkMks = await createUser(prisma, { officeId: mks.id, role: "PK" });
  const clientsA = [];
  const clientsB = [];
  for (let i = 0; i < 3; i++) {
    clientsA.push(await createClient(prisma, { officeId: jks.id, officeCode: "JKS", assignedPkId: pkA.id }));
    clientsB.push(await createClient(prisma, { officeId: jks.id, officeCode: "JKS", assignedPkId: pkB.id }));
  }
  const clientMks = await createClient(prisma, { officeId: mks.id, officeCode: "MKS", assignedPkId: pkMks.id });
  return { jks, mks, kepala, admin, pkA, pkB, kepalaMks, adminMks, pkMks, clientsA, clientsB, clientMks };
}

describe("client file access", () => {
  it("a PK opens their own client, and the view is audited", async () => {
    const w = await world();
    const file = await getClientFile(await actorFor(w.pkA.id), w.clientsA[0].id, { ip: "10.1.1.1" });
    expect(file?.fullName).toBe(w.clientsA[0].fullName);
    const events = await prisma.auditEvent.findMany({ where: { action: "client.view" } });
    expect(events).toMatchObject([{ userId: w.pkA.id, clientId: w.clientsA[0].id, ip: "10.1.1.1" }]);
  });

  it("a PK gets nothing for another PK's client (and no audit row)", async () => {
    const w = await world();
    expect(await getClientFile(await actorFor(w.pkA.id), w.clientsB[0].id)).toBeNull();
    expect(await prisma.auditEvent.count({ where: { action: "client.view" } })).toBe(0);
  });

  it("a PK loses access when the client is reassigned", async () => {
    const w = await world();
    await prisma.client.update({ where: { id: w.clientsA[0].id }, data: { assignedPkId: w.pkB.id } });
    expect(await getClientFile(await actorFor(w.pkA.id), w.clientsA[0].id)).toBeNull();
    expect(await getClientFile(await actorFor(w.pkB.id), w.clientsA[0].id)).not.toBeNull();
  });

  it.each(["kepala", "admin"] as const)("the %s opens any client of the office", async (who) => {
    const w = await world();
    const actor = await actorFor(w[who].id);
    expect(await getClientFile(actor, w.clientsA[1].id)).not.toBeNull();
    expect(await getClientFile(actor, w.clientsB[2].id)).not.toBeNull();
  });

  it.each(["kepalaMks", "adminMks", "pkMks"] as const)("%s of another office gets nothing", async (who) => {
    const w = await world();
    expect(await getClientFile(await actorFor(w[who].id), w.clientsA[0].id)).toBeNull();
  });

  it("a soft-deleted client is gone for everyone", async () => {
    const w = await world();
    await prisma.client.update({ where: { id: w.clientsA[0].id }, data: { deletedAt: new Date(), deletedReason: "Data ganda" } });
    for (const u of [w.pkA, w.kepala, w.admin]) expect(await getClientFile(await actorFor(u.id), w.clientsA[0].id)).toBeNull();
  });
});

describe("client list", () => {
  it("scopes a PK to their caseload and the Kepala to the office", async () => {
    const w = await world();
    const mine = await listClients(await actorFor(w.pkA.id), {});
    expect(mine.items.map((c) => c.id).sort()).toEqual(w.clientsA.map((c) => c.id).sort());
    // A PK cannot widen the scope with the PK filter.
    const sneaky = await listClients(await actorFor(w.pkA.id), { pk: w.pkB.id });
    expect(sneaky.items.map((c) => c.id).sort()).toEqual(w.clientsA.map((c) => c.id).sort());
    const office = await listClients(await actorFor(w.kepala.id), {});
    expect(office.items).toHaveLength(6);
    expect(office.items.every((c) => c.pk !== null)).toBe(true);
    const other = await listClients(await actorFor(w.kepalaMks.id), {});
    expect(other.items.map((c) => c.id)).toEqual([w.clientMks.id]);
  });

  it("masks the NIK", async () => {
    const w = await world();
    const { items } = await listClients(await actorFor(w.kepala.id), {});
    for (const c of items) expect(c.nikMasked).toMatch(/^•{12}\d{4}$/);
  });

  it("searches part of a name case-insensitively, and the start of a register number", async () => {
    const w = await world();
    const office = w.jks;
    const c = await createClient(prisma, { officeId: office.id, officeCode: "JKS", fullName: "Sutrisno Wibowo", assignedPkId: w.pkA.id });
    const kepala = await actorFor(w.kepala.id);
    expect((await listClients(kepala, { q: "TRISNO" })).items.map((x) => x.id)).toEqual([c.id]);
    expect((await listClients(kepala, { q: c.registerNumber })).items.map((x) => x.id)).toEqual([c.id]);
    expect((await listClients(kepala, { q: "zzz" })).items).toEqual([]);
  });

  it("filters by program, stage, status and PK", async () => {
    const w = await world();
    const kepala = await actorFor(w.kepala.id);
    await prisma.client.update({ where: { id: w.clientsA[0].id }, data: { program: "DIVERSI", currentStage: "AKHIR" } });
    await prisma.client.update({ where: { id: w.clientsB[0].id }, data: { status: "SELESAI" } });
    expect((await listClients(kepala, { program: "DIVERSI", stage: "AKHIR" })).items.map((c) => c.id)).toEqual([w.clientsA[0].id]);
    expect((await listClients(kepala, {})).items).toHaveLength(5); // AKTIF by default
    expect((await listClients(kepala, { status: "SELESAI" })).items.map((c) => c.id)).toEqual([w.clientsB[0].id]);
    expect((await listClients(kepala, { status: "SEMUA" })).items).toHaveLength(6);
    expect((await listClients(kepala, { pk: w.pkB.id })).items).toHaveLength(2);
  });

  it("pages forward and back with keyset cursors, each client once, with tied names", async () => {
    const w = await world();
    for (let i = 0; i < 7; i++) await createClient(prisma, { officeId: w.jks.id, officeCode: "JKS", fullName: "Ahmad Hidayat", assignedPkId: w.pkA.id });
    const kepala = await actorFor(w.kepala.id);
    const all = (await listClients(kepala, {}, 100)).items.map((c) => c.id);
    expect(all).toHaveLength(13);
    const seen: string[] = [];
    const pages: { items: { id: string }[]; prevCursor: string | null }[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await listClients(kepala, { after }, 4);
      seen.push(...page.items.map((c) => c.id));
      pages.push(page);
      if (!page.nextCursor) break;
      after = page.nextCursor;
    }
    expect(seen).toEqual(all);
    expect(pages[0].prevCursor).toBeNull();
    // Going back from the last page gives the page before it.
    const back = await listClients(kepala, { before: pages[pages.length - 1].prevCursor! }, 4);
    expect(back.items.map((c) => c.id)).toEqual(pages[pages.length - 2].items.map((c) => c.id));
    expect(back.nextCursor).not.toBeNull();
  });
});

describe("home pages", () => {
  it("count only the user's own scope", async () => {
    const w = await world();
    expect((await getPkHome(await actorFor(w.pkA.id))).active).toBe(3);
    const overview = await getOfficeOverview(await actorFor(w.kepala.id));
    expect(overview.active).toBe(6);
    expect(overview.pks.map((p) => p.activeClients).sort()).toEqual([3, 3]);
    const admin = await getAdminHome(await actorFor(w.admin.id));
    expect(admin.users.map((u) => u.id).sort()).toEqual([w.kepala.id, w.admin.id, w.pkA.id, w.pkB.id].sort());
    expect(admin.clientsActive).toBe(6);
  });

  it.each([
    ["a PK", "pkA", getOfficeOverview],
    ["a PK", "pkA", getPkWorkloads],
    ["a PK", "pkA", getAdminHome],
    ["a Kepala", "kepala", getAdminHome],
    ["a Kepala", "kepala", getPkHome],
    ["an admin", "admin", getPkHome],
  ] as const)("%s (%s) is refused %o", async (_label, who, fn) => {
    const w = await world();
    const err = await fn(await actorFor(w[who].id)).catch((e) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe("FORBIDDEN");
  });
});
