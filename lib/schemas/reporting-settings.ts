// The wajib-lapor part of Office.settings: { reporting: { defaults: { PB: { AWAL: "MONTHLY" } } } }.
// Read leniently: an invalid or missing part falls back to the built-in defaults.
import { z } from "zod";
import { PROGRAMS, REPORTING_FREQUENCIES, STAGE_KINDS } from "@/lib/domain/enums";
import type { ReportingDefaults } from "@/lib/domain/reporting";

const ZFrequencyOrNone = z.enum([...REPORTING_FREQUENCIES, "NONE"]);
const ZPerStage = z.partialRecord(z.enum(STAGE_KINDS), ZFrequencyOrNone);

export const ZReportingSettings = z.object({
  defaults: z.partialRecord(z.enum(PROGRAMS), ZPerStage).default({}),
});
export type ReportingSettings = z.infer<typeof ZReportingSettings>;

/** The office's reporting defaults from its settings JSON; {} when absent or invalid. */
export function reportingDefaultsFrom(settings: unknown): ReportingDefaults {
  const raw = settings && typeof settings === "object" ? (settings as Record<string, unknown>).reporting : undefined;
  const parsed = ZReportingSettings.safeParse(raw ?? {});
  return parsed.success ? parsed.data.defaults : {};
}
