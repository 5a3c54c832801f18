import { MAX_DOCUMENT_BYTES } from "@/lib/domain/documents";
import { isSameOrigin } from "@/lib/security/same-origin";
import { ZRecordOutreach } from "@/lib/schemas/community";
import { getActor } from "@/lib/server/auth";
import { env } from "@/lib/server/env";
import { AppError } from "@/lib/server/errors";
import { routeHandler } from "@/lib/server/route";
import { MAX_OUTREACH_PHOTOS } from "@/lib/server/services/office-documents";
import { recordOutreach } from "@/lib/server/services/record-outreach";
import { z } from "zod";

export const dynamic = "force-dynamic";

const json = (body: unknown, status = 200) => Response.json(body, { status, headers: { "Cache-Control": "no-store" } });
const refuse = (error: string, status: number, fieldErrors?: Record<string, string[]>) => json({ ok: false, error, ...(fieldErrors ? { fieldErrors } : {}) }, status);

/** Records an office outreach with its photos (multipart/form-data). */
export const POST = routeHandler(async (req: Request) => {
  if (!isSameOrigin(req.headers, env.trustProxy)) return refuse("Permintaan ditolak: kirim dari halaman Bimbing.", 403);
  const user = await getActor();
  if (!user) return refuse("Sesi Anda telah berakhir. Silakan masuk kembali.", 401);
  const length = Number(req.headers.get("content-length") ?? "0");
  if (length > MAX_OUTREACH_PHOTOS * MAX_DOCUMENT_BYTES + 64 * 1024) return refuse(`Foto terlalu besar: paling banyak ${MAX_OUTREACH_PHOTOS} foto, masing-masing 10 MB.`, 413, { photos: ["Foto terlalu besar."] });
  if (!(req.headers.get("content-type") ?? "").startsWith("multipart/form-data")) return refuse("Kirim melalui formulir.", 415);
  let form: FormData;
  try {
    form = await req.formData();
  } catch {
    return refuse("Isi unggahan tidak dapat dibaca. Coba lagi.", 400);
  }
  const parsed = ZRecordOutreach.safeParse({
    kind: form.get("kind"), title: form.get("title"), place: form.get("place"), heldOn: form.get("heldOn"), participantCount: form.get("participantCount"),
    villageOfficials: form.get("villageOfficials") ?? "", partnerIds: form.getAll("partnerIds"), summary: form.get("summary"),
  });
  if (!parsed.success) return refuse("Periksa kembali isian yang ditandai.", 400, z.flattenError(parsed.error).fieldErrors as Record<string, string[]>);
  const files = form.getAll("photos").filter((f): f is File => f instanceof File && f.size > 0);
  if (files.length > MAX_OUTREACH_PHOTOS) return refuse(`Paling banyak ${MAX_OUTREACH_PHOTOS} foto.`, 400, { photos: [`Pilih paling banyak ${MAX_OUTREACH_PHOTOS} foto.`] });
  const photos = await Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
  try {
    const row = await recordOutreach(user, parsed.data, photos);
    return json({ ok: true, id: row.id, message: "Kegiatan tersimpan." });
  } catch (e) {
    if (e instanceof AppError) return refuse(e.message, e.code === "NOT_FOUND" ? 404 : e.code === "FORBIDDEN" ? 403 : e.code === "VALIDATION" ? 400 : 409, e.fieldErrors);
    throw e;
  }
});
