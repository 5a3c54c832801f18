// `npm run test:clock`: the suite at instants where a wall-clock dependence would show, under
// libfaketime (Debian's `faketime`). Each run also sets the process time zone to the office zone
// of that instant, so code that leans on the server's local zone fails too.
//
//   npm run test:clock                      all three instants, every tier
//   npm run test:clock -- --only=wib unit integration   one instant, some tiers
//
// The test runner, the built server and PostgreSQL run at the faked instant. Chromium cannot run
// under libfaketime, so it keeps the real clock and each browser context's clock is set to the
// runner's faked "now" (tests/e2e/fixtures.ts).
import { spawn, spawnSync } from "node:child_process";
import path from "node:path";
import { log, root } from "./lib.mjs";

export const INSTANTS = [
  { id: "wib", label: "00.30 WIB, 2 Desember 2026", tz: "Asia/Jakarta", local: "2026-12-02 00:30:00" },
  { id: "wit", label: "23.50 WIT, 31 Desember 2026", tz: "Asia/Jayapura", local: "2026-12-31 23:50:00" },
  { id: "wita", label: "12.00 WITA, 29 Februari 2028", tz: "Asia/Makassar", local: "2028-02-29 12:00:00" },
];

const args = process.argv.slice(2);
const onlyArg = args.find((a) => a.startsWith("--only="));
const tiers = args.filter((a) => !a.startsWith("--"));
const chosen = onlyArg ? INSTANTS.filter((i) => onlyArg.slice(7).split(",").includes(i.id)) : INSTANTS;
if (chosen.length === 0) {
  console.error(`✖ Tidak ada instan bernama ${onlyArg.slice(7)}. Pilihan: ${INSTANTS.map((i) => i.id).join(", ")}.`);
  process.exit(2);
}

function ensureFaketime() {
  if (spawnSync("faketime", ["--help"], { stdio: "ignore" }).status === 0) return;
  if (process.getuid?.() === 0) {
    log("faketime belum terpasang: apt-get install -y faketime");
    const r = spawnSync("sh", ["-c", "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq faketime >/dev/null"], { stdio: "inherit" });
    if (r.status === 0) return;
  }
  console.error("✖ faketime tidak ditemukan. Pasang dengan: sudo apt-get install -y faketime");
  process.exit(1);
}

function findChromium() {
  return [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].find((p) => p && spawnSync("test", ["-x", p]).status === 0);
}

ensureFaketime();
const started = Date.now();
const outcomes = [];
for (const instant of chosen) {
  log(`uji pada ${instant.label} (${instant.tz})`);
  const t0 = Date.now();
  const code = await new Promise((resolve) => {
    const child = spawn("faketime", ["-f", `@${instant.local}`, process.execPath, path.join(root, "scripts", "test.mjs"), ...tiers], {
      cwd: root,
      stdio: "inherit",
      env: {
        ...process.env,
        TZ: instant.tz,
        FAKETIME_DONT_FAKE_MONOTONIC: "1", // timers and timeouts keep real durations
        E2E_FAKE_CLOCK: "1",
        CHROMIUM_REAL_PATH: findChromium() ?? "/usr/bin/chromium",
        CHROMIUM_PATH: path.join(root, "scripts", "chromium-real-clock.sh"),
      },
    });
    child.on("exit", (c, signal) => resolve(c ?? (signal ? 1 : 0)));
  });
  outcomes.push({ instant, code, seconds: Math.round((Date.now() - t0) / 1000) });
}

console.log("");
for (const o of outcomes) console.log(`  ${o.code === 0 ? "✓" : "✖"} ${o.instant.label.padEnd(30)} ${o.seconds} s`);
console.log(`  waktu total ${Math.round((Date.now() - started) / 1000)} s`);
process.exit(outcomes.every((o) => o.code === 0) ? 0 : 1);
