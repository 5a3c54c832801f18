import { z } from "zod";
import { ZAddAgreement } from "@/lib/schemas/community";
import { jsonNoStore, multipartRoute, refuseJson, UPLOAD_REQUEST_BYTES } from "@/lib/server/route";
import { addAgreement } from "@/lib/server/services/manage-partners";

export const dynamic = "force-dynamic";

/** Records a perjanjian kerja sama (multipart/form-data: number, signedOn, expiresOn, note, file optional). */
export const POST = multipartRoute<{ id: string }>(
  { maxBytes: UPLOAD_REQUEST_BYTES, tooLarge: "Berkas terlalu besar: paling besar 10 MB.", field: "file" },
  async (user, form, { id }) => {
    const parsed = ZAddAgreement.safeParse({ partnerId: id, number: form.get("number"), signedOn: form.get("signedOn"), expiresOn: form.get("expiresOn"), note: form.get("note") });
    if (!parsed.success) return refuseJson("Periksa kembali isian yang ditandai.", 400, z.flattenError(parsed.error).fieldErrors);
    const file = form.get("file");
    const upload = file instanceof File && file.size > 0 ? { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } : null;
    const row = await addAgreement(user, parsed.data, upload);
    return jsonNoStore({ ok: true, id: row.id, message: "Perjanjian kerja sama tersimpan." });
  },
);
