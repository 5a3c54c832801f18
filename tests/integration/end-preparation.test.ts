import { afterEach, describe, expect, it } from "vitest";
import { addDays } from "@/lib/domain/calendar";
import { clock } from "@/lib/clock";
import { AppError } from "@/lib/server/errors";
import { prisma } from "@/lib/server/db";
import { getClientStages } from "@/lib/server/queries/stages";
import { issueEndOfGuidanceLetter } from "@/lib/server/services/issue-end-of-guidance-letter";
import { recordPreparationStep } from "@/lib/server/services/record-preparation-step";
import { createClient, createContact } from "../factories";
import { actorFor } from "../support/actors";
import { tahapAkhirOffices } from "../support/tahap-akhir";

async function expectError(p: Promise<unknown>, code: AppError["code"]) {
  const e = await p.then(() => null, (x) => x);
  expect(e).toBeInstanceOf(AppError);
  expect((e as AppError).code).toBe(code);
}

async function world() {
  const { today, jks, pk, pkOther, pkMks, kepala } = await tahapAkhirOffices();
  const akhir = await createClient(prisma, { officeId: jks.id, officeCode: "JKS", assignedPkId: pk.id, guidanceStart: addDays(today, -300), guidanceEnd: addDays(today, -1), currentStage: "AKHIR" });
  const awal = await createClient(prisma, { officeId: jks.id, officeCode: "JKS", assignedPkId: pk.id, guidanceStart: addDays(today, -10), guidanceEnd: addDays(today, 300) });
  const visit = await createContact(prisma, { officeId: jks.id, clientId: akhir.id, pkId: pk.id, occurredAt: addDays(today, -3), type: "KUNJUNGAN_RUMAH", notes: "Arahan kepada istri dan orang tua klien." });
  return { pk, pkOther, pkMks, kepala, akhir, awal, visit, today };
}

afterEach(() => clock.reset());

describe("tahap akhir preparation", () => {
  it("the PK records steps; the Kepala sees the partly done checklist at the letter, and issuing keeps its state", async () => {
    const w = await world();
    const pk = await actorFor(w.pk.id);
    await recordPreparationStep(pk, { clientId: w.akhir.id, step: "ARAHAN_KELUARGA", state: "DONE", contactId: w.visit.id, note: "" });
    await recordPreparationStep(pk, { clientId: w.akhir.id, step: "BIMBINGAN_TAMBAHAN", state: "NOT_NEEDED", note: "Klien sudah stabil, bekerja tetap." });
    const kepala = await actorFor(w.kepala.id);
    const view = await getClientStages(kepala, w.akhir.id);
    expect(view!.canIssueLetter).toBe(true);
    expect(view!.canRecordPreparation).toBe(false);
    expect(view!.preparation!.complete).toBe(false);
    expect(view!.preparation!.items.map((i) => [i.step, i.state])).toEqual([
      ["BIMBINGAN_PEMANTAPAN", "OPEN"], ["ARAHAN_KELUARGA", "DONE"], ["PENYULUHAN_SOSIAL", "OPEN"], ["BIMBINGAN_TAMBAHAN", "NOT_NEEDED"],
    ]);
    expect(view!.preparation!.items[1].row).toMatchObject({ doneOn: addDays(w.today, -3), contact: { id: w.visit.id } });
    // It warns, it does not block: the letter is issued and its audit keeps what was open.
    await issueEndOfGuidanceLetter(kepala, { clientId: w.akhir.id, statement: "Kepala Bapas menerangkan bahwa klien telah selesai menjalani masa pembimbingan." });
    const ev = await prisma.auditEvent.findFirstOrThrow({ where: { action: "letter.issue" } });
    expect(ev.details).toMatchObject({ preparationComplete: false, preparationOpen: ["BIMBINGAN_PEMANTAPAN", "PENYULUHAN_SOSIAL"] });
  });

  it("refuses bad input, other clients, other roles and offices, with no write", async () => {
    const w = await world();
    const pk = await actorFor(w.pk.id);
    await expectError(recordPreparationStep(pk, { clientId: w.awal.id, step: "ARAHAN_KELUARGA", state: "NOT_NEEDED", note: "Tidak ada keluarga dekat." }), "VALIDATION");
    const otherVisit = await createContact(prisma, { officeId: w.awal.officeId, clientId: w.awal.id, pkId: w.pk.id, occurredAt: addDays(w.today, -1), type: "KUNJUNGAN_RUMAH" });
    await expectError(recordPreparationStep(pk, { clientId: w.akhir.id, step: "ARAHAN_KELUARGA", state: "DONE", contactId: otherVisit.id, note: "" }), "VALIDATION");
    await expectError(recordPreparationStep(pk, { clientId: w.akhir.id, step: "ARAHAN_KELUARGA", state: "DONE", doneOn: "2026-12-01", note: "Dengan istri klien." }), "VALIDATION");
    await expectError(recordPreparationStep(await actorFor(w.pkOther.id), { clientId: w.akhir.id, step: "ARAHAN_KELUARGA", state: "NOT_NEEDED", note: "Tidak ada keluarga dekat." }), "NOT_FOUND");
    await expectError(recordPreparationStep(await actorFor(w.pkMks.id), { clientId: w.akhir.id, step: "ARAHAN_KELUARGA", state: "NOT_NEEDED", note: "Tidak ada keluarga dekat." }), "NOT_FOUND");
    await expectError(recordPreparationStep(await actorFor(w.kepala.id), { clientId: w.akhir.id, step: "ARAHAN_KELUARGA", state: "NOT_NEEDED", note: "Tidak ada keluarga dekat." }), "FORBIDDEN");
    expect(await prisma.endPreparationStep.count()).toBe(0);
  });
});
