// Warnings before revocation: teguran lisan by the PK, peringatan tertulis I-III by the Kepala in
// order with numbered letters, and the office's count of written warnings before a proposal.
import { extractText, getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import { addDays, toIsoDate, todayIn } from "@/lib/domain/calendar";
import { prisma } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { renderWarningLetterPdf } from "@/lib/server/pdf/warning-letter";
import { getWarningLetterForPdf, listClientWarnings } from "@/lib/server/queries/violations";
import { issueWarning } from "@/lib/server/services/issue-warning";
import { reportViolation } from "@/lib/server/services/report-violation";
import { createClient, createOffice, createUser } from "../factories";
import { actorFor } from "../support/actors";

async function rejects(p: Promise<unknown>, code: AppError["code"]) {
  const e = await p.then(() => null, (x) => x);
  expect(e, `expected ${code}`).toBeInstanceOf(AppError);
  expect((e as AppError).code).toBe(code);
  return e as AppError;
}

async function world(settings: object = {}) {
  const jks = await createOffice(prisma, { code: "JKS", timeZone: "Asia/Jakarta" });
  await prisma.office.update({ where: { id: jks.id }, data: { settings } });
  const pkUser = await createUser(prisma, { officeId: jks.id, role: "PK" });
  const otherPk = await createUser(prisma, { officeId: jks.id, role: "PK" });
  const kepalaUser = await createUser(prisma, { officeId: jks.id, role: "KEPALA_BAPAS" });
  const client = await createClient(prisma, { officeId: jks.id, officeCode: "JKS", assignedPkId: pkUser.id, program: "ASIMILASI", guidanceStart: addDays(todayIn("Asia/Jakarta"), -60) });
  return { client, pk: await actorFor(pkUser.id), otherPk: await actorFor(otherPk.id), kepala: await actorFor(kepalaUser.id) };
}

const reason = "Klien dua kali tidak lapor diri tanpa alasan yang sah.";
const propose = (w: Awaited<ReturnType<typeof world>>) =>
  reportViolation(w.pk, { clientId: w.client.id, type: "MANGKIR_WAJIB_LAPOR", occurredOn: toIsoDate(todayIn("Asia/Jakarta")), description: "Klien tidak lapor diri bulan ini.", proposeRevocation: true });

describe("warnings before revocation", () => {
  it("the PK records a teguran lisan; the Kepala issues written warnings in order, each a numbered letter", async () => {
    const w = await world();
    await issueWarning(w.pk, { clientId: w.client.id, level: "TEGURAN_LISAN", reason });
    await rejects(issueWarning(w.pk, { clientId: w.client.id, level: "PERINGATAN_I", reason }), "FORBIDDEN");
    await rejects(issueWarning(w.otherPk, { clientId: w.client.id, level: "TEGURAN_LISAN", reason }), "NOT_FOUND");
    await rejects(issueWarning(w.kepala, { clientId: w.client.id, level: "PERINGATAN_II", reason }), "VALIDATION");
    const first = await issueWarning(w.kepala, { clientId: w.client.id, level: "PERINGATAN_I", reason });
    expect(first.number).toMatch(/JKS/);
    await rejects(issueWarning(w.kepala, { clientId: w.client.id, level: "PERINGATAN_I", reason }), "VALIDATION"); // next is II
    expect((await listClientWarnings(w.pk, w.client.id)).map((x) => x.level)).toEqual(["TEGURAN_LISAN", "PERINGATAN_I"]);
    const letter = (await getWarningLetterForPdf(w.pk, first.id))!;
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(await renderWarningLetterPdf(letter))), { mergePages: true });
    for (const s of ["SURAT PERINGATAN TERTULIS I", first.number!, reason]) expect(text).toContain(s);
    expect(await getWarningLetterForPdf(w.otherPk, first.id)).toBeNull();
  });

  it("an office that requires three written warnings first refuses an earlier proposal, and nothing is written", async () => {
    const w = await world({ warnings: { beforeProposal: { ASIMILASI: 3 } } });
    const e = await rejects(propose(w), "VALIDATION");
    expect(e.message).toMatch(/3 peringatan tertulis/);
    expect(await prisma.violation.count()).toBe(0);
    for (const level of ["PERINGATAN_I", "PERINGATAN_II", "PERINGATAN_III"] as const) await issueWarning(w.kepala, { clientId: w.client.id, level, reason });
    expect((await propose(w)).revocationId).not.toBeNull();
  });

  it("without a policy a proposal needs no warning", async () => {
    const w = await world();
    expect((await propose(w)).revocationId).not.toBeNull();
  });
});
