import "server-only";
import { createHash } from "node:crypto";
import { checkDocument, DOCUMENT_KIND_DEFAULT_TITLE } from "@/lib/domain/documents";
import type { UploadDocumentInput } from "@/lib/schemas/documents";
import { assertCan, type CurrentUser } from "../auth";
import { audit } from "../audit";
import { prisma } from "../db";
import { invalid, notFound } from "../errors";
import { clientScope } from "../queries/scope";
import { documentStorage } from "../storage/documents";

/**
 * Attaches a document to a guidance case the user may work on: a PDF, JPEG or PNG (judged by its
 * bytes) of at most 10 MB. The row, its audit row and (in PostgreSQL) its bytes are written in one
 * transaction; in S3 the object is written first and removed again if the transaction fails.
 */
export async function uploadClientDocument(user: CurrentUser, input: UploadDocumentInput, file: { name: string; bytes: Uint8Array }): Promise<{ id: string }> {
  assertCan(user, "client:update");
  const client = await prisma.client.findFirst({ where: { AND: [clientScope(user), { id: input.clientId }] }, select: { id: true, officeId: true } });
  if (!client) throw notFound("Klien tidak ditemukan.");
  const check = checkDocument(file.bytes);
  if (!check.ok) throw invalid(check.message, { file: [check.message] });
  const sha256 = createHash("sha256").update(file.bytes).digest("hex");
  const fileName = file.name.slice(0, 200) || "berkas";
  const storage = documentStorage();
  const storageKey = await storage.stage(file.bytes, { officeId: client.officeId, clientId: client.id, mimeType: check.mime });
  try {
    return await prisma.$transaction(async (tx) => {
      const doc = await tx.clientDocument.create({
        data: {
          officeId: client.officeId, clientId: client.id, kind: input.kind, title: input.title || DOCUMENT_KIND_DEFAULT_TITLE[input.kind],
          fileName, mimeType: check.mime, size: file.bytes.byteLength, sha256, uploadedById: user.id, storage: storage.kind, storageKey,
        },
        select: { id: true },
      });
      await storage.commit(tx, doc.id, file.bytes);
      await audit(tx, user, { action: "document.upload", entityType: "ClientDocument", entityId: doc.id, clientId: client.id, details: { kind: input.kind, mimeType: check.mime, size: file.bytes.byteLength, sha256, storage: storage.kind } });
      return doc;
    });
  } catch (e) {
    await storage.discard(storageKey);
    throw e;
  }
}
