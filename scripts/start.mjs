// `npm start`: serve Bimbing on http://localhost:$PORT (default 3000).
// Without DATABASE_URL: an embedded PostgreSQL kept in .data/pg (migrated, seeded once).
// With DATABASE_URL: that server (migrated; seeded only if it is empty).
import { spawn } from "node:child_process";
import path from "node:path";
import { authSecret, build, generate, log, migrate, needsBuild, root, seed } from "./lib.mjs";
import { startEmbeddedPostgres } from "./pg.mjs";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);

let databaseUrl = process.env.DATABASE_URL;
let embedded = null;
if (!databaseUrl) {
  embedded = await startEmbeddedPostgres({
    dir: path.join(root, ".data", "pg"),
    port: Number(process.env.EMBEDDED_PG_PORT ?? 54329),
    database: "bimbing",
    persistent: true,
  });
  databaseUrl = embedded.url;
  log(`PostgreSQL lokal berjalan (${databaseUrl.replace(/:[^:@/]+@/, ":***@")}, data di .data/pg)`);
} else {
  log("memakai DATABASE_URL");
}

await generate();
await migrate(databaseUrl);
if (process.env.SEED !== "0") await seed(databaseUrl, ["--if-empty"]);

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

const next = spawn(path.join(root, "node_modules", ".bin", "next"), [dev ? "dev" : "start", "-p", String(port)], {
  cwd: root,
  stdio: ["ignore", "pipe", "inherit"],
  env: { ...process.env, ...env },
});
let announced = false;
next.stdout.on("data", (chunk) => {
  process.stdout.write(chunk);
  if (!announced && /Ready|ready/.test(String(chunk))) {
    announced = true;
    console.log(`\n  Bimbing siap di ${appUrl}\n`);
    console.log(`  Akun demo (kata sandi semua akun: ${demo.password})`);
    for (const a of demo.accounts) console.log(`    ${a.role.padEnd(13)} ${a.office}  ${a.email.padEnd(28)} ${a.name}`);
    console.log("");
  }
});

let stopping = false;
async function shutdown(code = 0) {
  if (stopping) return;
  stopping = true;
  next.kill("SIGTERM");
  if (embedded) await Promise.race([embedded.stop().catch(() => {}), new Promise((r) => setTimeout(r, 10_000))]);
  process.exit(code);
}
process.on("SIGINT", () => shutdown(0));
process.on("SIGTERM", () => shutdown(0));
next.on("exit", (code) => shutdown(code ?? 0));
