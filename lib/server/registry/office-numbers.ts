import "server-only";
import { todayIn } from "@/lib/domain/calendar";
import { formatRegisterNumber } from "@/lib/domain/register-number";
import { registerSettingsOf } from "@/lib/schemas/register-settings";
import type { Tx } from "../db";
import { invalid } from "../errors";
import { clock } from "../../clock";

/**
 * The next register number of an office for the current year in its time zone: the OfficeCounter
 * row (kind REGISTER) is incremented atomically inside the caller's transaction, so a rolled-back
 * registration gives its number back and two registrations never share one.
 */
export async function nextRegisterNumber(tx: Tx, officeId: string, now = clock.now()): Promise<string> {
  const office = await tx.office.findUniqueOrThrow({ where: { id: officeId }, select: { code: true, timeZone: true, settings: true } });
  let settings;
  try {
    settings = registerSettingsOf(office.settings);
  } catch {
    throw invalid("Pengaturan format nomor register kantor tidak valid. Hubungi admin.");
  }
  const year = todayIn(office.timeZone, now).getUTCFullYear();
  const row = await tx.officeCounter.upsert({
    where: { officeId_kind_year: { officeId, kind: "REGISTER", year } },
    create: { officeId, kind: "REGISTER", year, value: 1 },
    update: { value: { increment: 1 } },
    select: { value: true },
  });
  return formatRegisterNumber(settings.format, { seq: row.value, officeCode: office.code, year, seqDigits: settings.seqDigits });
}
