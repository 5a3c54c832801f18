import "server-only";
import { assertCan, type CurrentUser } from "../auth";
import { audit } from "../audit";
import { prisma } from "../db";
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
    select: { id: true, clientId: true, title: true, mimeType: true, size: true, content: { select: { bytes: true } } },
  });
  if (!doc?.content) return null;
  await audit(prisma, user, { action: "document.download", entityType: "ClientDocument", entityId: doc.id, clientId: doc.clientId, details: { ip: meta.ip ?? null } });
  return { ...doc, bytes: doc.content.bytes };
}
