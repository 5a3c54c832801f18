import { jsonNoStore, multipartRoute, refuseJson, UPLOAD_REQUEST_BYTES } from "@/lib/server/route";
import { addOutreachPhoto } from "@/lib/server/services/record-outreach";

export const dynamic = "force-dynamic";

/** Adds one photo to an outreach (multipart/form-data: photo). */
export const POST = multipartRoute<{ id: string }>(
  { maxBytes: UPLOAD_REQUEST_BYTES, tooLarge: "Foto terlalu besar: paling besar 10 MB.", field: "photos" },
  async (user, form, { id }) => {
    const file = form.get("photo");
    if (!(file instanceof File) || file.size === 0) return refuseJson("Pilih foto yang akan diunggah.", 400, { photos: ["Pilih foto."] });
    const doc = await addOutreachPhoto(user, id, { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
    return jsonNoStore({ ok: true, id: doc.id, message: "Foto tersimpan." });
  },
);
