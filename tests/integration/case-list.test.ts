import { describe, expect, it } from "vitest";
import { clock } from "@/lib/clock";
import { prisma } from "@/lib/server/db";
import { listCases, type CaseListParams } from "@/lib/server/queries/cases";
import { listClients } from "@/lib/server/queries/clients";
import { createClient, createLitmas, createOffice, createUser } from "../factories";
import { actorFor } from "../support/actors";

// The list of people and cases (/clients, "Jenis layanan"): each kind through its own scope, one
// row per case, paged by (name, id) across kinds.

async function person(officeId: string, fullName: string) {
  return prisma.person.create({ data: { officeId, fullName } });
}

async function pendampingan(officeId: string, personId: string, over: { assignedPkId?: string | null; createdById?: string | null; status?: "REQUESTED" | "ASSIGNED" | "CLOSED" } = {}) {
  const receivedAt = clock.now();
  return prisma.pendampingan.create({
    data: {
      officeId, personId, requesterType: "KEPOLISIAN", requesterInstitution: "Polres Metro Jakarta Selatan, Unit PPA", offence: "Pencurian",
      receivedAt, dueAt: new Date(receivedAt.getTime() + 24 * 3_600_000), status: over.status ?? (over.assignedPkId ? "ASSIGNED" : "REQUESTED"),
      assignedPkId: over.assignedPkId ?? null, createdById: over.createdById ?? null,
    },
  });
}

/** An office with two PKs, each with a guidance period, a litmas and a pendampingan; another office with its own. */
async function world() {
  const jks = await createOffice(prisma, { code: "JKS", name: "Bapas Kelas I Jakarta Selatan", timeZone: "Asia/Jakarta" });
  const mks = await createOffice(prisma, { code: "MKS", name: "Bapas Kelas I Makassar", timeZone: "Asia/Makassar" });
  const kepala = await createUser(prisma, { officeId: jks.id, role: "KEPALA_BAPAS" });
  const pkA = await createUser(prisma, { officeId: jks.id, role: "PK" });
  const pkB = await createUser(prisma, { officeId: jks.id, role: "PK" });
  const kepalaMks = await createUser(prisma, { officeId: mks.id, role: "KEPALA_BAPAS" });
  const pkMks = await createUser(prisma, { officeId: mks.id, role: "PK" });
  const guidanceA = await createClient(prisma, { officeId: jks.id, officeCode: "JKS", assignedPkId: pkA.id, fullName: "Budi Santoso" });
  const guidanceB = await createClient(prisma, { officeId: jks.id, officeCode: "JKS", assignedPkId: pkB.id, fullName: "Citra Lestari" });
  const litmasA = await createLitmas(prisma, { officeId: jks.id, personId: (await person(jks.id, "Andi Saputra")).id, status: "ASSIGNED", assignedPkId: pkA.id, reviewerId: kepala.id, requesterType: "LAPAS" });
  const litmasB = await createLitmas(prisma, { officeId: jks.id, personId: (await person(jks.id, "Dewi Anggraini")).id, status: "ASSIGNED", assignedPkId: pkB.id, reviewerId: kepala.id, requesterType: "LAPAS" });
  const pendA = await pendampingan(jks.id, (await person(jks.id, "Eko Prasetyo")).id, { assignedPkId: pkA.id });
  const pendB = await pendampingan(jks.id, (await person(jks.id, "Fajar Nugroho")).id, { assignedPkId: pkB.id });
  const guidanceMks = await createClient(prisma, { officeId: mks.id, officeCode: "MKS", assignedPkId: pkMks.id });
  const pendMks = await pendampingan(mks.id, (await person(mks.id, "Gita Ramadhani")).id, { assignedPkId: pkMks.id });
  return { jks, mks, kepala, pkA, pkB, kepalaMks, pkMks, guidanceA, guidanceB, litmasA, litmasB, pendA, pendB, guidanceMks, pendMks };
}

const ids = async (userId: string, params: CaseListParams = {}, size?: number) =>
  (await listCases(await actorFor(userId), params, size)).items.map((c) => `${c.kind}:${c.id}`);

describe("the list of people and cases", () => {
  it("a PK sees only their own case of each kind; the Kepala the office's; another office nothing", async () => {
    const w = await world();
    expect(await ids(w.pkA.id, { kind: "ALL" })).toEqual([`LITMAS:${w.litmasA.id}`, `GUIDANCE:${w.guidanceA.id}`, `PENDAMPINGAN:${w.pendA.id}`]);
    expect(await ids(w.pkA.id, { kind: "LITMAS" })).toEqual([`LITMAS:${w.litmasA.id}`]);
    expect(await ids(w.pkA.id, { kind: "PENDAMPINGAN" })).toEqual([`PENDAMPINGAN:${w.pendA.id}`]);
    expect(await ids(w.pkB.id, { kind: "GUIDANCE" })).toEqual([`GUIDANCE:${w.guidanceB.id}`]);
    expect(await ids(w.kepala.id, { kind: "ALL" })).toEqual([
      `LITMAS:${w.litmasA.id}`, `GUIDANCE:${w.guidanceA.id}`, `GUIDANCE:${w.guidanceB.id}`, `LITMAS:${w.litmasB.id}`, `PENDAMPINGAN:${w.pendA.id}`, `PENDAMPINGAN:${w.pendB.id}`,
    ]);
    // Makassar sees none of Jakarta's, whatever is asked.
    const mks = await ids(w.kepalaMks.id, { kind: "ALL", state: "ALL" });
    expect(mks.sort()).toEqual([`GUIDANCE:${w.guidanceMks.id}`, `PENDAMPINGAN:${w.pendMks.id}`].sort());
    expect(await ids(w.pkMks.id, { kind: "LITMAS", state: "ALL" })).toEqual([]);
    // A PK cannot widen the scope through the PK filter.
    expect(await ids(w.pkA.id, { kind: "ALL", pk: w.pkB.id })).toHaveLength(3);
  });

  it("a PK sees a pendampingan request they recorded while it awaits a PK", async () => {
    const w = await world();
    const recorded = await pendampingan(w.jks.id, (await person(w.jks.id, "Hana Putri")).id, { createdById: w.pkA.id });
    expect(await ids(w.pkA.id, { kind: "PENDAMPINGAN" })).toContain(`PENDAMPINGAN:${recorded.id}`);
    expect(await ids(w.pkB.id, { kind: "PENDAMPINGAN" })).not.toContain(`PENDAMPINGAN:${recorded.id}`);
  });

  it("filters by name, PK and whether the case still runs; shows the clock", async () => {
    const w = await world();
    await prisma.pendampingan.update({ where: { id: w.pendB.id }, data: { status: "CLOSED", closedAt: clock.now() } });
    expect(await ids(w.kepala.id, { kind: "ALL", q: "eko" })).toEqual([`PENDAMPINGAN:${w.pendA.id}`]);
    expect(await ids(w.kepala.id, { kind: "ALL", pk: w.pkB.id })).toEqual([`GUIDANCE:${w.guidanceB.id}`, `LITMAS:${w.litmasB.id}`]);
    expect(await ids(w.kepala.id, { kind: "PENDAMPINGAN", state: "CLOSED" })).toEqual([`PENDAMPINGAN:${w.pendB.id}`]);
    const page = await listCases(await actorFor(w.kepala.id), { kind: "PENDAMPINGAN" });
    expect(page.items[0]).toMatchObject({ personName: "Eko Prasetyo", href: `/pendampingan/${w.pendA.id}`, clock: { label: "PK hadir paling lambat", at: w.pendA.dueAt } });
  });

  it("pages forward and back across kinds, each case once, with tied names", async () => {
    const w = await world();
    // The same name on every kind: the id breaks the tie, across tables.
    for (let i = 0; i < 3; i++) {
      await createClient(prisma, { officeId: w.jks.id, officeCode: "JKS", assignedPkId: w.pkA.id, fullName: "Ahmad Hidayat" });
      await createLitmas(prisma, { officeId: w.jks.id, personId: (await person(w.jks.id, "Ahmad Hidayat")).id, status: "REQUESTED", requesterType: "LAPAS" });
      await pendampingan(w.jks.id, (await person(w.jks.id, "Ahmad Hidayat")).id, { assignedPkId: w.pkA.id });
    }
    const kepala = await actorFor(w.kepala.id);
    for (const kind of ["ALL", "LITMAS", "PENDAMPINGAN", "GUIDANCE"] as const) {
      const all = (await listCases(kepala, { kind }, 100)).items.map((c) => c.id);
      const seen: string[] = [];
      const pages: { items: { id: string }[]; prevCursor: string | null; total: number }[] = [];
      let after: string | undefined;
      for (;;) {
        const page = await listCases(kepala, { kind, after }, 4);
        seen.push(...page.items.map((c) => c.id));
        pages.push(page);
        if (!page.nextCursor) break;
        after = page.nextCursor;
      }
      expect(seen, kind).toEqual(all);
      // "1–4 dari N": the exact count under the same filters, the same on every page.
      expect(pages.map((p) => p.total), kind).toEqual(pages.map(() => all.length));
      expect(pages[0].prevCursor).toBeNull();
      if (pages.length > 1) {
        const back = await listCases(kepala, { kind, before: pages[pages.length - 1].prevCursor! }, 4);
        expect(back.items.map((c) => c.id), kind).toEqual(pages[pages.length - 2].items.map((c) => c.id));
      }
    }
    expect((await listCases(kepala, { kind: "ALL" }, 100)).items).toHaveLength(15);
  });

  it("the client list counts what its filters match, not what a page shows", async () => {
    const w = await world();
    for (let i = 0; i < 5; i++) await createClient(prisma, { officeId: w.jks.id, officeCode: "JKS", assignedPkId: w.pkA.id, fullName: `Hadi ${i}` });
    const kepala = await actorFor(w.kepala.id);
    const first = await listClients(kepala, {}, 3);
    const second = await listClients(kepala, { after: first.nextCursor! }, 3);
    expect([first.total, second.total]).toEqual([7, 7]);
    expect((await listClients(kepala, { q: "Hadi" }, 3)).total).toBe(5);
    expect((await listClients(await actorFor(w.pkB.id), {}, 3)).total).toBe(1);
  });

  it("shows the person's new name after a rename (the database keeps the list's copy)", async () => {
    const w = await world();
    await prisma.person.update({ where: { id: w.guidanceA.personId }, data: { fullName: "Zainal Abidin" } });
    const pk = await actorFor(w.pkA.id);
    expect((await listClients(pk, {})).items.map((c) => c.fullName)).toEqual(["Zainal Abidin"]);
    expect((await listClients(pk, { q: "zainal" })).items.map((c) => c.id)).toEqual([w.guidanceA.id]);
    expect((await listCases(pk, { kind: "ALL" })).items.map((c) => c.personName)).toEqual(["Andi Saputra", "Eko Prasetyo", "Zainal Abidin"]);
  });
});
