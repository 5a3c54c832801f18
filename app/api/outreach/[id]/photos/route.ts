import { MAX_DOCUMENT_BYTES } from "@/lib/domain/documents";
import { isSameOrigin } from "@/lib/security/same-origin";
import { getActor } from "@/lib/server/auth";
import { env } from "@/lib/server/env";
import { AppError } from "@/lib/server/errors";
import { routeHandler } from "@/lib/server/route";
import { addOutreachPhoto } from "@/lib/server/services/record-outreach";

export const dynamic = "force-dynamic";

const json = (body: unknown, status = 200) => Response.json(body, { status, headers: { "Cache-Control": "no-store" } });
const refuse = (error: string, status: number, fieldErrors?: Record<string, string[]>) => json({ ok: false, error, ...(fieldErrors ? { fieldErrors } : {}) }, status);

/** Adds one photo to an outreach (multipart/form-data: photo). */
export const POST = routeHandler(async (req: Request, { params }: { params: Promise<{ id: string }> }) => {
  if (!isSameOrigin(req.headers, env.trustProxy)) return refuse("Permintaan ditolak: kirim dari halaman Bimbing.", 403);
  const user = await getActor();
  if (!user) return refuse("Sesi Anda telah berakhir. Silakan masuk kembali.", 401);
  const length = Number(req.headers.get("content-length") ?? "0");
  if (length > MAX_DOCUMENT_BYTES + 64 * 1024) return refuse("Foto terlalu besar: paling besar 10 MB.", 413, { photos: ["Foto terlalu besar: paling besar 10 MB."] });
  if (!(req.headers.get("content-type") ?? "").startsWith("multipart/form-data")) return refuse("Kirim melalui formulir.", 415);
  let form: FormData;
  try {
    form = await req.formData();
  } catch {
    return refuse("Isi unggahan tidak dapat dibaca. Coba lagi.", 400);
  }
  const file = form.get("photo");
  if (!(file instanceof File) || file.size === 0) return refuse("Pilih foto yang akan diunggah.", 400, { photos: ["Pilih foto."] });
  const { id } = await params;
  try {
    const doc = await addOutreachPhoto(user, id, { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
    return json({ ok: true, id: doc.id, message: "Foto tersimpan." });
  } catch (e) {
    if (e instanceof AppError) return refuse(e.message, e.code === "NOT_FOUND" ? 404 : e.code === "FORBIDDEN" ? 403 : e.code === "VALIDATION" ? 400 : 409, e.fieldErrors);
    throw e;
  }
});
