import { z } from "zod";
import { ZRecordOutreach } from "@/lib/schemas/community";
import { jsonNoStore, multipartRoute, refuseJson } from "@/lib/server/route";
import { recordOutreach } from "@/lib/server/services/record-outreach";

export const dynamic = "force-dynamic";

/** Records an office outreach (multipart/form-data, no files: the photos follow one by one). */
export const POST = multipartRoute<Record<string, never>>({ maxBytes: 256 * 1024, tooLarge: "Isian terlalu panjang." }, async (user, form) => {
  const parsed = ZRecordOutreach.safeParse({
    kind: form.get("kind"), title: form.get("title"), place: form.get("place"), heldOn: form.get("heldOn"), participantCount: form.get("participantCount"),
    villageOfficials: form.get("villageOfficials") ?? "", partnerIds: form.getAll("partnerIds"), summary: form.get("summary"),
  });
  if (!parsed.success) return refuseJson("Periksa kembali isian yang ditandai.", 400, z.flattenError(parsed.error).fieldErrors);
  // Photos follow one request each (/api/outreach/[id]/photos): a request carries at most 11 MB.
  const row = await recordOutreach(user, parsed.data, []);
  return jsonNoStore({ ok: true, id: row.id, message: "Kegiatan tersimpan." });
});
