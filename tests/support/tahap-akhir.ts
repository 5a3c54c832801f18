import { clock } from "@/lib/clock";
import { todayIn } from "@/lib/domain/calendar";
import { prisma } from "@/lib/server/db";
import { createOffice, createUser } from "../factories";

/**
 * The offices and officers of the tahap akhir tests, on 20 November 2026 10.00 WIB: Jakarta Selatan
 * with two PKs and the Kepala, and Makassar with a PK (another office).
 */
export async function tahapAkhirOffices() {
  clock.set(new Date("2026-11-20T03:00:00Z"));
  const today = todayIn("Asia/Jakarta");
  const jks = await createOffice(prisma, { code: "JKS", timeZone: "Asia/Jakarta" });
  const mks = await createOffice(prisma, { code: "MKS", timeZone: "Asia/Makassar" });
  const pk = await createUser(prisma, { officeId: jks.id, role: "PK" });
  const pkOther = await createUser(prisma, { officeId: jks.id, role: "PK" });
  const pkMks = await createUser(prisma, { officeId: mks.id, role: "PK" });
  const kepala = await createUser(prisma, { officeId: jks.id, role: "KEPALA_BAPAS" });
  return { today, jks, mks, pk, pkOther, pkMks, kepala };
}
