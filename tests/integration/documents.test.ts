import { describe, expect, it } from "vitest";
import { MAX_DOCUMENT_BYTES } from "@/lib/domain/documents";
import { prisma } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { getDocumentForDownload, listClientDocuments } from "@/lib/server/queries/documents";
import { uploadClientDocument } from "@/lib/server/services/upload-client-document";
import { createClient, createOffice, createUser } from "../factories";
import { actorFor } from "../support/actors";

async function rejects(p: Promise<unknown>, code: AppError["code"]) {
  const e = await p.then(() => null, (x) => x);
  expect(e, `expected ${code}`).toBeInstanceOf(AppError);
  expect((e as AppError).code).toBe(code);
  return e as AppError;
}

const pdf = new TextEncoder().encode("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

async function world() {
  const jks = await createOffice(prisma, { code: "JKS", timeZone: "Asia/Jakarta" });
  const mks = await createOffice(prisma, { code: "MKS", timeZone: "Asia/Makassar" });
  const pkA = await createUser(prisma, { officeId: jks.id, role: "PK" });
  const pkB = await createUser(prisma, { officeId: jks.id, role: "PK" });
  const kepala = await createUser(prisma, { officeId: jks.id, role: "KEPALA_BAPAS" });
  const kepalaMks = await createUser(prisma, { officeId: mks.id, role: "KEPALA_BAPAS" });
  const client = await createClient(prisma, { officeId: jks.id, officeCode: "JKS", assignedPkId: pkA.id });
  return { pkA, pkB, kepala, kepalaMks, client };
}

describe("documents on a case", () => {
  it("round-trips: upload, list, download with an audit row; only in scope", async () => {
    const w = await world();
    const pk = await actorFor(w.pkA.id);
    const { id } = await uploadClientDocument(pk, { clientId: w.client.id, kind: "SK", title: "SK PB No. PAS-1234" }, { name: "sk.pdf", bytes: pdf });
    const list = await listClientDocuments(await actorFor(w.kepala.id), w.client.id);
    expect(list.map((d) => [d.title, d.kind, d.mimeType, d.size])).toEqual([["SK PB No. PAS-1234", "SK", "application/pdf", pdf.byteLength]]);
    const got = await getDocumentForDownload(pk, id, { ip: "10.0.0.1" });
    expect(Buffer.from(got!.bytes).equals(Buffer.from(pdf))).toBe(true);
    expect(await prisma.auditEvent.count({ where: { action: "document.download", entityId: id } })).toBe(1);
    expect(await prisma.auditEvent.count({ where: { action: "document.upload", entityId: id } })).toBe(1);
    // Another PK and another office see nothing, and nothing is audited as a download for them.
    expect(await getDocumentForDownload(await actorFor(w.pkB.id), id)).toBeNull();
    expect(await getDocumentForDownload(await actorFor(w.kepalaMks.id), id)).toBeNull();
    expect(await listClientDocuments(await actorFor(w.pkB.id), w.client.id)).toEqual([]);
    expect(await prisma.auditEvent.count({ where: { action: "document.download", entityId: id } })).toBe(1);
    await rejects(uploadClientDocument(await actorFor(w.pkB.id), { clientId: w.client.id, kind: "SK" }, { name: "sk.pdf", bytes: pdf }), "NOT_FOUND");
  });

  it("refuses a wrong type and an oversized file, whatever the name says; nothing is stored", async () => {
    const w = await world();
    const pk = await actorFor(w.pkA.id);
    const html = new TextEncoder().encode("<html><script>alert(document.cookie)</script></html>");
    const e1 = await rejects(uploadClientDocument(pk, { clientId: w.client.id, kind: "LAINNYA" }, { name: "surat.pdf", bytes: html }), "VALIDATION");
    expect(e1.message).toMatch(/PDF, JPEG atau PNG/);
    const big = new Uint8Array(MAX_DOCUMENT_BYTES + 1);
    big.set(pdf.subarray(0, 8));
    const e2 = await rejects(uploadClientDocument(pk, { clientId: w.client.id, kind: "PUTUSAN" }, { name: "putusan.pdf", bytes: big }), "VALIDATION");
    expect(e2.message).toMatch(/10 MB/);
    expect(await prisma.clientDocument.count()).toBe(0);
    expect(await prisma.documentContent.count()).toBe(0);
  });
});
