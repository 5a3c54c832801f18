import "server-only";
import { randomUUID } from "node:crypto";
import { env } from "../env";
import { prisma, type Tx } from "../db";
import { S3Client, type S3Config } from "./s3";
import { clock } from "../../clock";

// Where a document's bytes live (decision 19). PostgreSQL by default (DocumentContent, apart from the
// row so lists never load them); S3-compatible storage when DOCUMENT_STORAGE=s3. Each row records its
// own storage, so documents kept before a switch stay readable where they are.

export type StorageKind = "db" | "s3";

export interface DocumentStorage {
  readonly kind: StorageKind;
  /** Before the transaction: S3 uploads the object and returns its key; PostgreSQL keeps nothing yet (null). */
  stage(bytes: Uint8Array, meta: { officeId: string; clientId: string; mimeType: string }): Promise<string | null>;
  /** Inside the transaction that creates the row: PostgreSQL writes the bytes; S3 has them already. */
  commit(tx: Tx, documentId: string, bytes: Uint8Array): Promise<void>;
  /** The transaction failed: S3 removes the staged object (PostgreSQL rolled back by itself). */
  discard(key: string | null): Promise<void>;
  /** The bytes of a stored document, or null when they are missing. */
  read(doc: { id: string; storageKey: string | null }): Promise<Uint8Array | null>;
}

export const postgresStorage: DocumentStorage = {
  kind: "db",
  stage: async () => null,
  commit: async (tx, documentId, bytes) => {
    await tx.documentContent.create({ data: { documentId, bytes: Buffer.from(bytes) } });
  },
  discard: async () => undefined,
  read: async (doc) => (await prisma.documentContent.findUnique({ where: { documentId: doc.id }, select: { bytes: true } }))?.bytes ?? null,
};

export function s3Storage(client: S3Client): DocumentStorage {
  return {
    kind: "s3",
    stage: async (bytes, meta) => {
      // Never the file's own name: it is the officer's, and may carry a client's name.
      const key = `documents/${meta.officeId}/${meta.clientId}/${randomUUID()}`;
      await client.putObject(key, bytes, meta.mimeType);
      return key;
    },
    commit: async () => undefined,
    discard: async (key) => {
      if (key) await client.deleteObject(key).catch(() => console.error("Could not remove a staged document object after a failed save"));
    },
    read: async (doc) => (doc.storageKey ? client.getObject(doc.storageKey) : null),
  };
}

let configured: DocumentStorage | null = null;

/** The storage new documents go to, from the environment (lib/server/env.ts). */
export function documentStorage(): DocumentStorage {
  if (!configured) configured = env.documentStorage.kind === "s3" ? s3Storage(new S3Client(env.documentStorage as S3Config, () => clock.now())) : postgresStorage;
  return configured;
}

/** The storage a stored document was written to (its row says which). */
export function storageFor(kind: string): DocumentStorage {
  if (kind === "db") return postgresStorage;
  const current = documentStorage();
  if (kind === "s3" && current.kind === "s3") return current;
  throw new Error(`Document storage "${kind}" is not configured`);
}

/** Tests: use this storage for new documents and for reading S3 ones. */
export function setDocumentStorageForTests(s: DocumentStorage | null): void {
  configured = s;
}
