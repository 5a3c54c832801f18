// The retention part of Office.settings: { retention: { years: 10 } }. Read leniently: an invalid
// or missing part falls back to the default.
import { z } from "zod";
import { DEFAULT_RETENTION_YEARS, RETENTION_YEARS_MAX, RETENTION_YEARS_MIN } from "@/lib/domain/retention";

const ZRetentionSettings = z.object({ years: z.number().int().min(RETENTION_YEARS_MIN).max(RETENTION_YEARS_MAX) });

export function retentionYearsFrom(settings: unknown): number {
  const raw = settings && typeof settings === "object" ? (settings as Record<string, unknown>).retention : undefined;
  const parsed = ZRetentionSettings.safeParse(raw);
  return parsed.success ? parsed.data.years : DEFAULT_RETENTION_YEARS;
}
