// Documents attached to a case: what may be stored, judged by the file's own bytes. Pure.
import type { DocumentKind } from "./enums";

/** 10 MiB: a scanned SK or putusan of several pages fits; a video does not. */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

export const DOCUMENT_TYPES = {
  "application/pdf": { ext: "pdf", label: "PDF" },
  "image/jpeg": { ext: "jpg", label: "JPEG" },
  "image/png": { ext: "png", label: "PNG" },
} as const;
export type DocumentMime = keyof typeof DOCUMENT_TYPES;

const starts = (b: Uint8Array, sig: number[]) => sig.every((x, i) => b[i] === x);

/** The type the bytes really are (never the name or the browser's claim), or null when not allowed. */
export function sniffDocumentType(bytes: Uint8Array): DocumentMime | null {
  if (starts(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return "application/pdf"; // %PDF-
  if (starts(bytes, [0xff, 0xd8, 0xff])) return "image/jpeg";
  if (starts(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  return null;
}

/** A safe file name for the download: letters, digits, dot, dash; with the type's extension. */
export function downloadName(title: string, mime: DocumentMime): string {
  const base = title.normalize("NFKD").replace(/[^A-Za-z0-9.-]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 80) || "dokumen";
  return `${base.replace(/\.(pdf|jpe?g|png)$/i, "")}.${DOCUMENT_TYPES[mime].ext}`;
}

export type DocumentCheck = { ok: true; mime: DocumentMime } | { ok: false; message: string };

export function checkDocument(bytes: Uint8Array): DocumentCheck {
  if (bytes.byteLength === 0) return { ok: false, message: "Berkas kosong. Pilih berkas lain." };
  if (bytes.byteLength > MAX_DOCUMENT_BYTES) return { ok: false, message: "Berkas terlalu besar: paling besar 10 MB. Pindai dengan resolusi lebih rendah atau pisahkan halamannya." };
  const mime = sniffDocumentType(bytes);
  if (!mime) return { ok: false, message: "Jenis berkas tidak diterima: unggah PDF, JPEG atau PNG." };
  return { ok: true, mime };
}

export const DOCUMENT_KIND_DEFAULT_TITLE: Record<DocumentKind, string> = {
  SK: "Surat keputusan program",
  PUTUSAN: "Putusan pengadilan",
  BA_SERAH_TERIMA: "Berita acara serah terima klien",
  SURAT_PERNYATAAN: "Surat pernyataan klien",
  SURAT_JAMINAN: "Surat jaminan keluarga",
  LAINNYA: "Dokumen",
};
