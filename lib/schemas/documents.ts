import { z } from "zod";
import { DOCUMENT_KINDS } from "@/lib/domain/enums";

/** The fields sent with an uploaded file (the file itself is checked by its bytes). */
export const ZUploadDocument = z.object({
  clientId: z.string().min(1).max(40),
  kind: z.enum(DOCUMENT_KINDS, { message: "Pilih jenis dokumen." }),
  title: z.preprocess((v) => (v === null ? undefined : v), z.string().trim().max(120, "Judul paling banyak 120 karakter.").optional()),
});
export type UploadDocumentInput = z.infer<typeof ZUploadDocument>;
