import { MAX_DOCUMENT_BYTES } from "@/lib/domain/documents";
import { isSameOrigin } from "@/lib/security/same-origin";
import { ZUploadDocument } from "@/lib/schemas/documents";
import { getActor } from "@/lib/server/auth";
import { env } from "@/lib/server/env";
import { AppError } from "@/lib/server/errors";
import { routeHandler } from "@/lib/server/route";
import { uploadClientDocument } from "@/lib/server/services/upload-client-document";

export const dynamic = "force-dynamic";

const json = (body: unknown, status = 200) => Response.json(body, { status, headers: { "Cache-Control": "no-store" } });
const refuse = (error: string, status: number, fieldErrors?: Record<string, string[]>) => json({ ok: false, error, ...(fieldErrors ? { fieldErrors } : {}) }, status);

/** Uploads one document to a guidance case (multipart/form-data: file, kind, title). */
export const POST = routeHandler(async (req: Request, { params }: { params: Promise<{ id: string }> }) => {
  if (!isSameOrigin(req.headers, env.trustProxy)) return refuse("Permintaan ditolak: kirim dari halaman Bimbing.", 403);
  const user = await getActor();
  if (!user) return refuse("Sesi Anda telah berakhir. Silakan masuk kembali.", 401);
  // Refuse an oversized body before reading it (the form's own fields add a few kilobytes).
  const length = Number(req.headers.get("content-length") ?? "0");
  if (length > MAX_DOCUMENT_BYTES + 64 * 1024) return refuse("Berkas terlalu besar: paling besar 10 MB.", 413, { file: ["Berkas terlalu besar: paling besar 10 MB."] });
  if (!(req.headers.get("content-type") ?? "").startsWith("multipart/form-data")) return refuse("Kirim berkas melalui formulir unggah.", 415);
  let form: FormData;
  try {
    form = await req.formData();
  } catch {
    return refuse("Isi unggahan tidak dapat dibaca. Coba lagi.", 400);
  }
  const { id } = await params;
  const parsed = ZUploadDocument.safeParse({ clientId: id, kind: form.get("kind"), title: form.get("title") ?? undefined });
  if (!parsed.success) return refuse("Periksa kembali isian yang ditandai.", 400, { kind: ["Pilih jenis dokumen."] });
  const file = form.get("file");
  if (!(file instanceof File)) return refuse("Pilih berkas yang akan diunggah.", 400, { file: ["Pilih berkas yang akan diunggah."] });
  try {
    const doc = await uploadClientDocument(user, parsed.data, { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
    return json({ ok: true, id: doc.id, message: "Dokumen tersimpan." });
  } catch (e) {
    if (e instanceof AppError) {
      const status = e.code === "NOT_FOUND" ? 404 : e.code === "FORBIDDEN" ? 403 : e.code === "VALIDATION" ? 400 : 409;
      return refuse(e.message, status, e.fieldErrors);
    }
    throw e;
  }
});
