import { describe, expect, it } from "vitest";
import { ZDecideTransfer } from "@/lib/schemas/client";
import { prisma } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { getLitmasReportData } from "@/lib/server/pdf/litmas-data";
import { getLitmas } from "@/lib/server/queries/litmas";
import { listTransitions } from "@/lib/server/queries/stages";
import { assignClients } from "@/lib/server/services/assign-clients";
import { assignLitmas } from "@/lib/server/services/assign-litmas";
import { decideStageTransition } from "@/lib/server/services/decide-stage-transition";
import { decideTransfer } from "@/lib/server/services/decide-transfer";
import { requestTransfer } from "@/lib/server/services/request-transfer";
import { withdrawStageTransition } from "@/lib/server/services/withdraw-stage-transition";
import { createClient, createLitmas, createOffice, createTppSession, createTransitionRequest, createUser } from "../factories";
import { actorFor } from "../support/actors";

const code = (p: Promise<unknown>) => p.then(() => "OK", (e) => (e instanceof AppError ? e.code : String(e)));

async function transferred() {
  const jks = await createOffice(prisma, { code: "JKS", name: "Bapas Kelas I Jakarta Selatan", timeZone: "Asia/Jakarta" });
  const mks = await createOffice(prisma, { code: "MKS", name: "Bapas Kelas I Makassar", timeZone: "Asia/Makassar" });
  const kepala = await createUser(prisma, { officeId: jks.id, role: "KEPALA_BAPAS" });
  const pk = await createUser(prisma, { officeId: jks.id, role: "PK" });
  const kepalaMks = await createUser(prisma, { officeId: mks.id, role: "KEPALA_BAPAS" });
  const pkMks = await createUser(prisma, { officeId: mks.id, role: "PK" });
  const client = await createClient(prisma, { officeId: jks.id, officeCode: "JKS", assignedPkId: pk.id });
  const approved = await createLitmas(prisma, { officeId: jks.id, clientId: client.id, status: "APPROVED", assignedPkId: pk.id, reviewerId: kepala.id, purpose: "PEMBIMBINGAN_AWAL" });
  const draft = await createLitmas(prisma, { officeId: jks.id, clientId: client.id, status: "DRAFT", assignedPkId: pk.id, reviewerId: kepala.id, purpose: "PEMBIMBINGAN_AWAL" });
  const tpp = await createTppSession(prisma, { officeId: jks.id, createdById: kepala.id });
  const proposal = await createTransitionRequest(prisma, { officeId: jks.id, clientId: client.id, proposedById: pk.id, status: "TPP_REVIEWED", tppSessionId: tpp.id, tppRecommendation: "SETUJU" });
  const t = await requestTransfer(await actorFor(kepala.id), { clientId: client.id, toOfficeId: mks.id, reason: "Klien pindah domisili ke Makassar" });
  await decideTransfer(await actorFor(kepalaMks.id), ZDecideTransfer.parse({ transferId: t.id, version: 1, decision: "ACCEPT", note: "" }));
  return { jks, mks, kepala, pk, kepalaMks, pkMks, client, approved, draft, proposal };
}

describe("a transfer moves the work", () => {
  it("the old office gets not-found on the client's litmas, its PDF and the proposal", async () => {
    const w = await transferred();
    const [oldPk, oldKepala] = [await actorFor(w.pk.id), await actorFor(w.kepala.id)];
    expect(await getLitmas(oldPk, w.draft.id)).toBeNull();
    expect(await getLitmas(oldPk, w.approved.id)).toBeNull();
    expect(await getLitmasReportData(oldPk, w.approved.id)).toBeNull();
    expect(await getLitmas(oldKepala, w.approved.id)).toBeNull();
    expect(await code(decideStageTransition(oldKepala, { transitionId: w.proposal.id, decision: "APPROVE", reason: "Disetujui oleh kantor lama" }))).toBe("NOT_FOUND");
    expect((await listTransitions(oldKepala)).awaitingTpp).toHaveLength(0);
    expect(await code(withdrawStageTransition(oldPk, { transitionId: w.proposal.id }))).toBe("NOT_FOUND");
  });

  it("the new office can act: the report and its PDF, the open litmas awaiting disposition, the proposal back to its own TPP", async () => {
    const w = await transferred();
    const kepalaMks = await actorFor(w.kepalaMks.id);
    expect(await getLitmasReportData(kepalaMks, w.approved.id)).not.toBeNull();
    const open = await prisma.litmas.findUniqueOrThrow({ where: { id: w.draft.id } });
    expect(open).toMatchObject({ officeId: w.mks.id, status: "REQUESTED", assignedPkId: null, dueAt: null });
    expect(open.sections).toEqual(w.draft.sections); // the draft is kept
    await assignLitmas(kepalaMks, { litmasId: w.draft.id, pkId: w.pkMks.id, version: open.version });
    expect((await prisma.litmas.findUniqueOrThrow({ where: { id: w.draft.id } })).assignedPkId).toBe(w.pkMks.id);

    const proposal = await prisma.stageTransitionRequest.findUniqueOrThrow({ where: { id: w.proposal.id } });
    expect(proposal).toMatchObject({ officeId: w.mks.id, status: "PROPOSED", tppSessionId: null, tppRecommendation: null });
    await assignClients(kepalaMks, { clientIds: [w.client.id], pkId: w.pkMks.id, reason: "Klien pelimpahan dari Jakarta Selatan" });
    expect(await code(withdrawStageTransition(await actorFor(w.pkMks.id), { transitionId: w.proposal.id }))).toBe("OK");
  });

  it("the person is per office: the new office gets its own copy, the old one keeps its own", async () => {
    const w = await transferred();
    const client = await prisma.client.findUniqueOrThrow({ where: { id: w.client.id }, include: { person: true } });
    expect(client.personId).not.toBe(w.client.personId);
    expect(client.person).toMatchObject({ officeId: w.mks.id, fullName: w.client.person.fullName, nik: w.client.person.nik });
    expect(await prisma.person.findUniqueOrThrow({ where: { id: w.client.personId } })).toMatchObject({ officeId: w.jks.id });
    expect(await prisma.litmas.count({ where: { clientId: w.client.id, personId: client.personId } })).toBe(2);
    const accepted = await prisma.auditEvent.findFirstOrThrow({ where: { action: "client.transfer.accept" } });
    expect(accepted.details).toMatchObject({ moved: { litmasReopened: [w.draft.id], litmasMoved: 1, transitionsReopened: [w.proposal.id] } });
  });
});
