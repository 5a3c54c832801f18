// The background worker (pg-boss): marks closed reporting windows as TIDAK_LAPOR every hour.
// `npm start` runs it next to the web server; run more than one safely.
//   npx tsx --conditions=react-server scripts/jobs.mts           # keep running
//   npx tsx --conditions=react-server scripts/jobs.mts --once [JKS MKS]   # one run now, then exit
import { prisma } from "../lib/server/db.ts";
import { runMarkUnreported, startJobs } from "../lib/server/jobs.ts";

const args = process.argv.slice(2);
if (args.includes("--once")) {
  const r = await runMarkUnreported(args.filter((a) => !a.startsWith("-")));
  console.log(`${r.unreported} jadwal lapor ditandai tidak lapor di ${r.offices} kantor`);
  await prisma.$disconnect();
} else {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL not set");
  const jobs = await startJobs(url);
  const stop = async () => {
    await jobs.stop();
    await prisma.$disconnect();
    process.exit(0);
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}
