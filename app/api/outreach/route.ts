import { isSameOrigin } from "@/lib/security/same-origin";
import { ZRecordOutreach } from "@/lib/schemas/community";
import { getActor } from "@/lib/server/auth";
import { env } from "@/lib/server/env";
import { AppError } from "@/lib/server/errors";
import { routeHandler } from "@/lib/server/route";
import { recordOutreach } from "@/lib/server/services/record-outreach";
import { z } from "zod";

export const dynamic = "force-dynamic";

const json = (body: unknown, status = 200) => Response.json(body, { status, headers: { "Cache-Control": "no-store" } });
const refuse = (error: string, status: number, fieldErrors?: Record<string, string[]>) => json({ ok: false, error, ...(fieldErrors ? { fieldErrors } : {}) }, status);

/** Records an office outreach (multipart/form-data, no files: the photos follow one by one). */
export const POST = routeHandler(async (req: Request) => {
  if (!isSameOrigin(req.headers, env.trustProxy)) return refuse("Permintaan ditolak: kirim dari halaman Bimbing.", 403);
  const user = await getActor();
  if (!user) return refuse("Sesi Anda telah berakhir. Silakan masuk kembali.", 401);
  const length = Number(req.headers.get("content-length") ?? "0");
  if (length > 256 * 1024) return refuse("Isian terlalu panjang.", 413);
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
  try {
    // Photos follow one request each (/api/outreach/[id]/photos): a request carries at most 11 MB.
    const row = await recordOutreach(user, parsed.data, []);
    return json({ ok: true, id: row.id, message: "Kegiatan tersimpan." });
  } catch (e) {
    if (e instanceof AppError) return refuse(e.message, e.code === "NOT_FOUND" ? 404 : e.code === "FORBIDDEN" ? 403 : e.code === "VALIDATION" ? 400 : 409, e.fieldErrors);
    throw e;
  }
});
