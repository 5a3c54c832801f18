import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { clock } from "@/lib/clock";
import { prisma } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { listTravelPermits } from "@/lib/server/queries/violations";
import { decideTravelPermit, requestTravelPermit } from "@/lib/server/services/travel-permits";
import { utcDate } from "@/lib/domain/calendar";
import { createClient, createOffice, createUser } from "../factories";
import { actorFor } from "../support/actors";

async function rejects(p: Promise<unknown>, code: AppError["code"]) {
  const e = await p.then(() => null, (x) => x);
  expect(e, `expected ${code}`).toBeInstanceOf(AppError);
  expect((e as AppError).code).toBe(code);
}

describe("permission to travel", () => {
  beforeEach(() => clock.set(new Date("2026-12-02T03:00:00Z")));
  afterEach(() => clock.reset());

  it("the PK records the request; the Kepala grants leaving the city with a letter, or recommends going abroad", async () => {
    const jks = await createOffice(prisma, { code: "JKS", timeZone: "Asia/Jakarta" });
    const pk = await actorFor((await createUser(prisma, { officeId: jks.id, role: "PK" })).id);
    const kepala = await actorFor((await createUser(prisma, { officeId: jks.id, role: "KEPALA_BAPAS" })).id);
    const client = await createClient(prisma, { officeId: jks.id, officeCode: "JKS", assignedPkId: pk.id, program: "PB", guidanceStart: utcDate(2026, 6, 1), guidanceEnd: utcDate(2027, 12, 31) });
    const city = { clientId: client.id, kind: "LUAR_KOTA" as const, destination: "Surabaya", purpose: "Menghadiri pernikahan adik", fromDate: "2026-12-10", toDate: "2026-12-14", reason: "Keluarga menjamin; klien tertib wajib lapor." };
    await rejects(requestTravelPermit(kepala, city), "FORBIDDEN");
    const a = await requestTravelPermit(pk, city);
    await rejects(requestTravelPermit(pk, { ...city, kind: "LUAR_NEGERI", purpose: "WISATA" }), "VALIDATION");
    await rejects(requestTravelPermit(pk, { ...city, kind: "LUAR_NEGERI", purpose: "BEROBAT", toDate: "2027-01-20" }), "VALIDATION"); // over 30 days
    const b = await requestTravelPermit(pk, { ...city, kind: "LUAR_NEGERI", destination: "Penang, Malaysia", purpose: "BEROBAT", toDate: "2026-12-30" });
    await rejects(decideTravelPermit(pk, { permitId: a.id, version: 1, decision: "APPROVE", note: "Disetujui PK" }), "FORBIDDEN");
    const granted = await decideTravelPermit(kepala, { permitId: a.id, version: 1, decision: "APPROVE", note: "Diizinkan dengan wajib lapor ke Bapas Surabaya." });
    expect(granted.letterNumber).toMatch(/JKS/);
    await rejects(decideTravelPermit(kepala, { permitId: a.id, version: 2, decision: "REFUSE", note: "Berubah pikiran" }), "CONFLICT");
    await decideTravelPermit(kepala, { permitId: b.id, version: 1, decision: "APPROVE", note: "Direkomendasikan; surat dokter terlampir." });
    expect((await listTravelPermits(pk, client.id)).map((p) => [p.kind, p.status])).toEqual([["LUAR_NEGERI", "RECOMMENDED"], ["LUAR_KOTA", "APPROVED"]]);
  });

  it("is for PB, CB and CMB only", async () => {
    const jks = await createOffice(prisma, { code: "JKS", timeZone: "Asia/Jakarta" });
    const pk = await actorFor((await createUser(prisma, { officeId: jks.id, role: "PK" })).id);
    const client = await createClient(prisma, { officeId: jks.id, officeCode: "JKS", assignedPkId: pk.id, program: "ASIMILASI", guidanceStart: utcDate(2026, 6, 1), guidanceEnd: utcDate(2027, 12, 31) });
    await rejects(requestTravelPermit(pk, { clientId: client.id, kind: "LUAR_KOTA", destination: "Bandung", purpose: "Keluarga sakit", fromDate: "2026-12-10", toDate: "2026-12-11", reason: "Ibu klien dirawat di rumah sakit." }), "VALIDATION");
  });
});
