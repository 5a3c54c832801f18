import { z } from "zod";
import { parseIsoDate } from "@/lib/domain/calendar";

const optIsoDate = z.string().trim().refine((v) => v === "" || parseIsoDate(v) !== null, "Tanggal tidak valid.");

/** The Kepala's decision on one person past retention. */
export const ZRetentionDecision = z.object({
  personId: z.string().trim().min(1, "Orang tidak dikenal.").max(40, "Orang tidak dikenal."),
  decision: z.enum(["KEEP", "ANONYMISE"], { message: "Pilih simpan atau anonimkan." }),
  reason: z.string().trim().min(5, "Tulis alasannya (paling sedikit 5 karakter).").max(500, "Alasan paling banyak 500 karakter."),
  reviewAgainOn: optIsoDate.default(""),
  confirm: z.string().optional(),
}).superRefine((v, ctx) => {
  if (v.decision === "ANONYMISE" && v.confirm !== "ANONIMKAN") ctx.addIssue({ code: "custom", path: ["confirm"], message: "Ketik ANONIMKAN untuk memastikan. Anonimisasi tidak dapat dibatalkan." });
}).transform(({ reviewAgainOn, confirm: _confirm, ...v }) => ({ ...v, reviewAgainOn: reviewAgainOn ? parseIsoDate(reviewAgainOn) : null }));

export type RetentionDecisionInput = z.output<typeof ZRetentionDecision>;
