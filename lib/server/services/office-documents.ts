import "server-only";
import { createHash } from "node:crypto";
import { checkDocument, type DocumentMime } from "@/lib/domain/documents";
import type { CurrentUser } from "../auth";
import type { Tx } from "../db";
import { invalid } from "../errors";

export interface UploadedFile { name: string; bytes: Uint8Array }

/** Photos of an outreach: images only (JPEG, PNG), judged by their bytes like every document. */
export const PHOTO_TYPES: readonly DocumentMime[] = ["image/jpeg", "image/png"];
export const MAX_OUTREACH_PHOTOS = 6;

/** The checks of lib/domain/documents.ts (type by the bytes, 10 MB), optionally narrowed to some types. */
export function checkOfficeFile(file: UploadedFile, allowed?: readonly DocumentMime[], field = "file"): DocumentMime {
  const check = checkDocument(file.bytes);
  if (!check.ok) throw invalid(check.message, { [field]: [check.message] });
  if (allowed && !allowed.includes(check.mime)) {
    const message = "Jenis berkas tidak diterima: unggah foto JPEG atau PNG.";
    throw invalid(message, { [field]: [message] });
  }
  return check.mime;
}

/**
 * Stores a file of the office (an agreement's scan, an outreach photo) with its bytes in
 * OfficeDocumentContent, inside the caller's transaction (the caller audits).
 */
export async function storeOfficeDocument(tx: Tx, user: CurrentUser, opts: { purpose: "AGREEMENT" | "OUTREACH_PHOTO"; title: string; file: UploadedFile; mime: DocumentMime; outreachId?: string }) {
  const sha256 = createHash("sha256").update(opts.file.bytes).digest("hex");
  return tx.officeDocument.create({
    data: {
      officeId: user.officeId, purpose: opts.purpose, title: opts.title.slice(0, 160), fileName: opts.file.name.slice(0, 200) || "berkas",
      mimeType: opts.mime, size: opts.file.bytes.byteLength, sha256, uploadedById: user.id, outreachId: opts.outreachId,
      content: { create: { bytes: Buffer.from(opts.file.bytes) } },
    },
    select: { id: true, sha256: true, size: true, mimeType: true },
  });
}
