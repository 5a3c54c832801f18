import "server-only";
import type { Tx } from "../db";

import { formatLetterNumber } from "@/lib/domain/letter-number";

export { formatLetterNumber };

/** Takes the office's next LETTER number for the year, inside the issuing transaction. */
export async function nextLetterNumber(tx: Tx, officeId: string, officeCode: string, year: number): Promise<string> {
  const row = await tx.officeCounter.upsert({
    where: { officeId_kind_year: { officeId, kind: "LETTER", year } },
    create: { officeId, kind: "LETTER", year, value: 1 },
    update: { value: { increment: 1 } },
    select: { value: true },
  });
  return formatLetterNumber(row.value, officeCode, year);
}
