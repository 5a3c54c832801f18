import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { NIK_LOOKUP_LIMIT, NIK_LOOKUP_THROTTLED } from "@/lib/server/nik-lookups";
import { findNikMatches, searchClientsByNik } from "@/lib/server/queries/client-registry";
import { findPersonMatches } from "@/lib/server/queries/persons";
import { createClient, createOffice, createUser } from "../factories";
import { actorFor } from "../support/actors";

const code = (p: Promise<unknown>) => p.then(() => "OK", (e) => (e instanceof AppError ? e.code : String(e)));

describe("the NIK duplicate check is throttled and audited", () => {
  it("a burst of parallel lookups gets at most the limit answered; each is audited without the NIK", async () => {
    const jks = await createOffice(prisma);
    const pk = await createUser(prisma, { officeId: jks.id, role: "PK" });
    const other = await createUser(prisma, { officeId: jks.id, role: "PK" });
    const client = await createClient(prisma, { officeId: jks.id, assignedPkId: other.id });
    const nik = client.person.nik!;
    const actor = await actorFor(pk.id);
    const results = await Promise.all(Array.from({ length: NIK_LOOKUP_LIMIT + 10 }, () => code(findNikMatches(actor, nik))));
    expect(results.filter((r) => r === "OK")).toHaveLength(NIK_LOOKUP_LIMIT);
    expect(results.filter((r) => r === "VALIDATION")).toHaveLength(10);
    // Every lookup path shares the allowance.
    await expect(searchClientsByNik(actor, nik)).rejects.toThrow(NIK_LOOKUP_THROTTLED);
    await expect(findPersonMatches(actor, { nik })).rejects.toThrow(NIK_LOOKUP_THROTTLED);
    const events = await prisma.auditEvent.findMany({ where: { userId: pk.id } });
    expect(events.filter((e) => e.action === "client.nik.check")).toHaveLength(NIK_LOOKUP_LIMIT);
    expect(events.filter((e) => e.action === "nik.lookup.throttled")).toHaveLength(12);
    expect(JSON.stringify(events.map((e) => e.details))).not.toContain(nik);
    // Another user has their own allowance.
    expect(await code(findNikMatches(await actorFor(other.id), nik))).toBe("OK");
  });
});
