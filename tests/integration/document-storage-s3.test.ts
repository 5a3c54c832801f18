// Documents in S3-compatible storage (DOCUMENT_STORAGE=s3): the same round trip as in PostgreSQL,
// against a real S3 API server (s3rver, from npm, on a random local port). s3rver does not verify
// V4 signatures; lib/server/storage/s3.test.ts checks those against AWS's published examples.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { AddressInfo } from "node:net";
import S3rver from "s3rver";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { getDocumentForDownload, listClientDocuments } from "@/lib/server/queries/documents";
import { uploadClientDocument } from "@/lib/server/services/upload-client-document";
import { postgresStorage, s3Storage, setDocumentStorageForTests } from "@/lib/server/storage/documents";
import { S3Client } from "@/lib/server/storage/s3";
import { createClient, createOffice, createUser } from "../factories";
import { actorFor } from "../support/actors";
import { clock } from "@/lib/clock";
import { utcDate } from "@/lib/domain/calendar";
import { ZRetentionDecision } from "@/lib/schemas/retention";
import { decideRetention } from "@/lib/server/services/retention";

const pdf = new TextEncoder().encode("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
const BUCKET = "bimbing-dokumen";
let server: S3rver;
let dir: string;
let s3: S3Client;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "s3rver-"));
  server = new S3rver({ address: "127.0.0.1", port: 0, silent: true, directory: dir, configureBuckets: [{ name: BUCKET, configs: [] }] });
  const addr = (await server.run()) as AddressInfo;
  s3 = new S3Client({ endpoint: `http://127.0.0.1:${addr.port}`, bucket: BUCKET, region: "us-east-1", accessKeyId: "S3RVER", secretAccessKey: "S3RVER" });
});
afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});
afterEach(() => setDocumentStorageForTests(null));

async function world() {
  const jks = await createOffice(prisma, { code: "JKS", timeZone: "Asia/Jakarta" });
  const pkA = await createUser(prisma, { officeId: jks.id, role: "PK" });
  const pkB = await createUser(prisma, { officeId: jks.id, role: "PK" });
  const client = await createClient(prisma, { officeId: jks.id, officeCode: "JKS", assignedPkId: pkA.id });
  return { client, pk: await actorFor(pkA.id), otherPk: await actorFor(pkB.id) };
}

describe("documents in S3-compatible storage", () => {
  it("round-trips through the bucket: upload, list, download with an audit row; nothing in PostgreSQL's content table", async () => {
    const w = await world();
    setDocumentStorageForTests(s3Storage(s3));
    const { id } = await uploadClientDocument(w.pk, { clientId: w.client.id, kind: "PUTUSAN", title: "Putusan PN" }, { name: "putusan.pdf", bytes: pdf });
    const row = await prisma.clientDocument.findUniqueOrThrow({ where: { id } });
    expect(row.storage).toBe("s3");
    expect(row.storageKey).toMatch(new RegExp(`^documents/${w.client.officeId}/${w.client.id}/[0-9a-f-]{36}$`));
    expect(await prisma.documentContent.count()).toBe(0);
    expect(Buffer.from((await s3.getObject(row.storageKey!))!).equals(Buffer.from(pdf))).toBe(true);

    expect((await listClientDocuments(w.pk, w.client.id)).map((d) => d.title)).toEqual(["Putusan PN"]);
    const got = await getDocumentForDownload(w.pk, id);
    expect(Buffer.from(got!.bytes).equals(Buffer.from(pdf))).toBe(true);
    expect(await prisma.auditEvent.count({ where: { action: "document.download", entityId: id } })).toBe(1);
    expect(await getDocumentForDownload(w.otherPk, id)).toBeNull();
  });

  it("refuses a wrong type before anything reaches the bucket", async () => {
    const w = await world();
    setDocumentStorageForTests(s3Storage(s3));
    const e = await uploadClientDocument(w.pk, { clientId: w.client.id, kind: "SK", title: "" }, { name: "x.pdf", bytes: new TextEncoder().encode("<html>bukan pdf</html>") }).catch((x) => x);
    expect(e).toBeInstanceOf(AppError);
    expect(await prisma.clientDocument.count()).toBe(0);
  });

  it("a document kept in PostgreSQL before the switch stays readable", async () => {
    const w = await world();
    setDocumentStorageForTests(postgresStorage);
    const { id } = await uploadClientDocument(w.pk, { clientId: w.client.id, kind: "SK", title: "SK lama" }, { name: "sk.pdf", bytes: pdf });
    setDocumentStorageForTests(s3Storage(s3));
    expect(Buffer.from((await getDocumentForDownload(w.pk, id))!.bytes).equals(Buffer.from(pdf))).toBe(true);
  });

  it("an object altered in the bucket is refused on download", async () => {
    const w = await world();
    setDocumentStorageForTests(s3Storage(s3));
    const { id } = await uploadClientDocument(w.pk, { clientId: w.client.id, kind: "SK", title: "SK" }, { name: "sk.pdf", bytes: pdf });
    const row = await prisma.clientDocument.findUniqueOrThrow({ where: { id } });
    await s3.putObject(row.storageKey!, new TextEncoder().encode("%PDF-1.4 diubah"), "application/pdf");
    await expect(getDocumentForDownload(w.pk, id)).rejects.toThrow(/checksum/);
    expect(await prisma.auditEvent.count({ where: { action: "document.download", entityId: id } })).toBe(0);
  });

  it("anonymising a person past retention removes their objects from the bucket as well", async () => {
    clock.set(new Date("2026-12-02T03:00:00Z"));
    try {
      const jks = await createOffice(prisma, { code: "JKS", timeZone: "Asia/Jakarta" });
      const kepala = await createUser(prisma, { officeId: jks.id, role: "KEPALA_BAPAS" });
      const pk = await createUser(prisma, { officeId: jks.id, role: "PK" });
      const old = await createClient(prisma, { officeId: jks.id, officeCode: "JKS", assignedPkId: pk.id, status: "SELESAI", guidanceStart: utcDate(2013, 1, 1), guidanceEnd: utcDate(2014, 1, 1), statusDate: utcDate(2014, 1, 1) });
      setDocumentStorageForTests(s3Storage(s3));
      // Uploaded while the client was in guidance (the service refuses a closed file): stored straight into the bucket.
      const key = `documents/${jks.id}/${old.id}/00000000-0000-4000-8000-000000000000`;
      await s3.putObject(key, pdf, "application/pdf");
      await prisma.clientDocument.create({ data: { officeId: jks.id, clientId: old.id, kind: "SK", title: "SK", fileName: "sk.pdf", mimeType: "application/pdf", size: pdf.length, sha256: "x", storage: "s3", storageKey: key, uploadedById: pk.id } });
      await decideRetention(await actorFor(kepala.id), ZRetentionDecision.parse({ personId: old.personId, decision: "ANONYMISE", reason: "Masa simpan lewat", confirm: "ANONIMKAN" }));
      expect(await prisma.clientDocument.count({ where: { clientId: old.id } })).toBe(0);
      expect(await s3.getObject(key)).toBeNull();
    } finally {
      clock.reset();
    }
  });
});
