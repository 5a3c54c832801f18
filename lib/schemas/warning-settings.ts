// The warning part of Office.settings: { warnings: { defaultBeforeProposal: 0, beforeProposal: { ASIMILASI: 3 } } }.
// Read leniently: an invalid or missing part falls back to no requirement.
import { z } from "zod";
import { PROGRAMS } from "@/lib/domain/enums";
import { DEFAULT_WARNING_POLICY, type WarningPolicy } from "@/lib/domain/warnings";

const count = z.coerce.number({ message: "Isi angka 0 sampai 3." }).int("Isi bilangan bulat.").min(0, "Paling sedikit 0.").max(3, "Paling banyak 3.");

export const ZWarningSettings = z.object({
  defaultBeforeProposal: count.default(0),
  beforeProposal: z.partialRecord(z.enum(PROGRAMS), count).default({}),
});

export function warningPolicyFrom(settings: unknown): WarningPolicy {
  const raw = settings && typeof settings === "object" ? (settings as Record<string, unknown>).warnings : undefined;
  const parsed = ZWarningSettings.safeParse(raw ?? {});
  return parsed.success ? parsed.data : DEFAULT_WARNING_POLICY;
}
