import { ZUploadDocument } from "@/lib/schemas/documents";
import { jsonNoStore, multipartRoute, refuseJson, UPLOAD_REQUEST_BYTES } from "@/lib/server/route";
import { uploadClientDocument } from "@/lib/server/services/upload-client-document";

export const dynamic = "force-dynamic";

/** Uploads one document to a guidance case (multipart/form-data: file, kind, title). */
export const POST = multipartRoute<{ id: string }>(
  { maxBytes: UPLOAD_REQUEST_BYTES, tooLarge: "Berkas terlalu besar: paling besar 10 MB.", field: "file", notForm: "Kirim berkas melalui formulir unggah." },
  async (user, form, { id }) => {
    const parsed = ZUploadDocument.safeParse({ clientId: id, kind: form.get("kind"), title: form.get("title") ?? undefined });
    if (!parsed.success) return refuseJson("Periksa kembali isian yang ditandai.", 400, { kind: ["Pilih jenis dokumen."] });
    const file = form.get("file");
    if (!(file instanceof File)) return refuseJson("Pilih berkas yang akan diunggah.", 400, { file: ["Pilih berkas yang akan diunggah."] });
    const doc = await uploadClientDocument(user, parsed.data, { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
    return jsonNoStore({ ok: true, id: doc.id, message: "Dokumen tersimpan." });
  },
);
