import { z } from "zod";
import { DEFAULT_REGISTER_FORMAT, DEFAULT_SEQ_DIGITS, registerFormatProblem } from "@/lib/domain/register-number";

// The register-number part of Office.settings: `{ "registerNumber": { "format": ..., "seqDigits": 4 } }`.
// Other features keep their own keys in the same JSON; this schema reads only its own.
export const ZRegisterNumberSettings = z.object({
  format: z.string().trim().default(DEFAULT_REGISTER_FORMAT).superRefine((v, ctx) => {
    const problem = registerFormatProblem(v);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  }),
  seqDigits: z.number().int().min(1, "Minimal 1 digit.").max(8, "Maksimal 8 digit.").default(DEFAULT_SEQ_DIGITS),
});
export type RegisterNumberSettings = z.infer<typeof ZRegisterNumberSettings>;

const ZSettingsWithRegister = z.looseObject({ registerNumber: ZRegisterNumberSettings.default({ format: DEFAULT_REGISTER_FORMAT, seqDigits: DEFAULT_SEQ_DIGITS }) });

/** The office's register-number settings; defaults when absent, an error when set but invalid. */
export function registerSettingsOf(settings: unknown): RegisterNumberSettings {
  const parsed = ZSettingsWithRegister.safeParse(settings ?? {});
  if (!parsed.success) throw new Error(`Pengaturan nomor register kantor tidak valid: ${parsed.error.issues.map((i) => i.message).join("; ")}`);
  return parsed.data.registerNumber;
}
