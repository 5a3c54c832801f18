// `npm start`: serve Bimbing on http://localhost:$PORT (default 3000).
// Without DATABASE_URL (and not NODE_ENV=production): a local trial on an embedded PostgreSQL kept in
// .data/pg, with demo data. A production start or a configured DATABASE_URL never gets demo
// accounts: an empty database goes through the first-run setup (scripts/start-plan.mjs says which).
import { spawn } from "node:child_process";
import path from "node:path";
import { authSecret, build, generate, log, migrate, needsBuild, root, runSetupPrompt, seed } from "./lib.mjs";
import { countDemoAccounts, countOffices, openDatabase } from "./database.mjs";
import { startPlan } from "./start-plan.mjs";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);

let databaseUrl;
let embedded = null;
try {
  ({ url: databaseUrl, embedded } = await openDatabase());
} catch (e) {
  console.error(`\n✖ ${e.message}`);
  process.exit(1);
}

async function stopDatabase() {
  if (embedded) await Promise.race([embedded.stop().catch(() => {}), new Promise((r) => setTimeout(r, 10_000))]);
}

await generate();
await migrate(databaseUrl);

const plan = startPlan({ nodeEnv: process.env.NODE_ENV, hasDatabaseUrl: Boolean(process.env.DATABASE_URL), seed: process.env.SEED, officeCount: await countOffices(databaseUrl) });
if (plan.warning) log(plan.warning);
if (plan.seedDemo) await seed(databaseUrl, ["--if-empty"]);
if (plan.needsSetup) {
  if (process.stdin.isTTY) {
    const code = await runSetupPrompt(databaseUrl);
    if (code !== 0) {
      await stopDatabase();
      process.exit(code);
    }
  } else {
    console.error("\n✖ Basis data masih kosong. Siapkan kantor pertama dan akun admin serta Kepala Bapas dengan `npm run setup`, lalu jalankan `npm start` lagi.");
    await stopDatabase();
    process.exit(1);
  }
}

const appUrl = process.env.APP_URL ?? `http://localhost:${port}`;
const env = {
  DATABASE_URL: databaseUrl,
  AUTH_SECRET: authSecret(),
  NEXTAUTH_URL: appUrl,
  AUTH_TRUST_HOST: "true",
  APP_URL: appUrl,
  NEXT_TELEMETRY_DISABLED: "1",
};

if (!dev && needsBuild()) await build(env);

const { default: demo } = await import("../prisma/demo-accounts.json", { with: { type: "json" } });
const demoAccounts = await countDemoAccounts(databaseUrl, demo.accounts.map((a) => a.email));

const next = spawn(path.join(root, "node_modules", ".bin", "next"), [dev ? "dev" : "start", "-p", String(port)], {
  cwd: root,
  stdio: ["ignore", "pipe", "inherit"],
  env: { ...process.env, ...env },
});
// The background worker (pg-boss, scripts/jobs.mts): marks closed reporting windows every hour.
// BIMBING_JOBS=off leaves it to another instance; a failing worker never stops the web server.
const jobs = process.env.BIMBING_JOBS === "off" ? null : spawn(path.join(root, "node_modules", ".bin", "tsx"), ["--conditions=react-server", "scripts/jobs.mts"], {
  cwd: root,
  stdio: ["ignore", "inherit", "inherit"],
  env: { ...process.env, ...env },
});
jobs?.on("exit", (code) => { if (!stopping && code) console.error(`⚠ Pekerja latar berhenti (kode ${code}); penandaan jadwal lapor tetap berjalan saat halaman dibuka.`); });

let announced = false;
next.stdout.on("data", (chunk) => {
  process.stdout.write(chunk);
  if (!announced && /Ready|ready/.test(String(chunk))) {
    announced = true;
    console.log(`\n  Bimbing siap di ${appUrl}\n`);
    if (demoAccounts > 0 && process.env.NODE_ENV === "production") {
      console.log(`  ⚠ Basis data ini berisi ${demoAccounts} akun demo aktif dengan kata sandi yang diterbitkan di README.`);
      console.log("    Nonaktifkan akun tersebut di menu Pengguna sebelum dipakai untuk data sungguhan.\n");
    } else if (demoAccounts > 0) {
      console.log("  UJI COBA LOKAL. Akun demo di bawah ini hanya untuk mencoba aplikasi, bukan untuk data sungguhan:");
      console.log(`  kata sandinya sama dan tercantum di README. Kata sandi semua akun demo: ${demo.password}`);
      for (const a of demo.accounts) console.log(`    ${a.role.padEnd(13)} ${a.office}  ${a.email.padEnd(28)} ${a.name}`);
      console.log("  Untuk kantor sungguhan: NODE_ENV=production dengan DATABASE_URL ke basis data baru, lalu `npm run setup`.\n");
    }
  }
});

let stopping = false;
async function shutdown(code = 0) {
  if (stopping) return;
  stopping = true;
  jobs?.kill("SIGTERM");
  next.kill("SIGTERM");
  await stopDatabase();
  process.exit(code);
}
process.on("SIGINT", () => shutdown(0));
process.on("SIGTERM", () => shutdown(0));
next.on("exit", (code) => shutdown(code ?? 0));
