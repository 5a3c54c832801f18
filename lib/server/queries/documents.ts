import "server-only";
import { createHash } from "node:crypto";
import { assertCan, type CurrentUser } from "../auth";
import { audit } from "../audit";
import { prisma } from "../db";
import { storageFor } from "../storage/documents";
import { clientScope } from "./scope";

/** The documents of a guidance case, newest first, without their bytes. */
export async function listClientDocuments(user: CurrentUser, clientId: string) {
  assertCan(user, "client:read");
  return prisma.clientDocument.findMany({
    where: { clientId, deletedAt: null, client: clientScope(user) },
    orderBy: { createdAt: "desc" },
    select: { id: true, kind: true, title: true, fileName: true, mimeType: true, size: true, createdAt: true },
  });
}

/** One document with its bytes, for download: in the user's scope, else null. Every download is audited. */
export async function getDocumentForDownload(user: CurrentUser, id: string, meta: { ip?: string | null } = {}) {
  assertCan(user, "client:read");
  const doc = await prisma.clientDocument.findFirst({
    where: { id, deletedAt: null, client: clientScope(user) },
    select: { id: true, clientId: true, title: true, mimeType: true, size: true, sha256: true, storage: true, storageKey: true },
  });
  if (!doc) return null;
  const bytes = await storageFor(doc.storage).read(doc);
  if (!bytes) return null;
  // What comes back from outside storage must be what was checked and stored.
  if (doc.storage !== "db" && createHash("sha256").update(bytes).digest("hex") !== doc.sha256) throw new Error("A stored document does not match its checksum");
  await audit(prisma, user, { action: "document.download", entityType: "ClientDocument", entityId: doc.id, clientId: doc.clientId, details: { ip: meta.ip ?? null } });
  return { id: doc.id, clientId: doc.clientId, title: doc.title, mimeType: doc.mimeType, size: doc.size, bytes };
}
