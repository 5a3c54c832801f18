// Marks every reporting day that passed without attendance as MANGKIR, for every office (or the
// offices whose codes are given), raising violations and revocation proposals as the inbox does.
// Idempotent; meant for a nightly job:
//   npx tsx --conditions=react-server scripts/mark-missed-reports.ts [JKS MKS ...]
import { prisma } from "../lib/server/db.ts";
import { markMissedReports } from "../lib/server/services/mark-missed-reports.ts";

const codes = process.argv.slice(2);
const offices = await prisma.office.findMany({ where: codes.length ? { code: { in: codes } } : {}, select: { id: true, code: true } });
for (const o of offices) {
  const r = await markMissedReports({ officeId: o.id });
  console.log(`${o.code}: ${r.missed} jadwal lapor ditandai mangkir, ${r.proposals} usulan pencabutan baru`);
}
await prisma.$disconnect();
