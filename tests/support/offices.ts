import { prisma } from "@/lib/server/db";
import { createOffice, createUser } from "../factories";

/**
 * Two offices in two time zones and their staff: in JKS (Jakarta) one user of each role and a second
 * PK; in MKS (Makassar) a Kepala, an admin and a PK. For the tests of scope (office, caseload, role).
 */
export async function twoOfficeStaff() {
  const jks = await createOffice(prisma, { code: "JKS", timeZone: "Asia/Jakarta" });
  const mks = await createOffice(prisma, { code: "MKS", timeZone: "Asia/Makassar" });
  const u = {
    kepala: await createUser(prisma, { officeId: jks.id, role: "KEPALA_BAPAS" }),
    admin: await createUser(prisma, { officeId: jks.id, role: "ADMIN" }),
    kasi: await createUser(prisma, { officeId: jks.id, role: "KASI" }),
    pk: await createUser(prisma, { officeId: jks.id, role: "PK" }),
    otherPk: await createUser(prisma, { officeId: jks.id, role: "PK" }),
    kepalaMks: await createUser(prisma, { officeId: mks.id, role: "KEPALA_BAPAS" }),
    adminMks: await createUser(prisma, { officeId: mks.id, role: "ADMIN" }),
    pkMks: await createUser(prisma, { officeId: mks.id, role: "PK" }),
  };
  return { jks, mks, u };
}
