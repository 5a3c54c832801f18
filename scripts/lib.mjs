// Shared helpers for scripts/start.mjs and scripts/test.mjs.
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

export const root = path.resolve(import.meta.dirname, "..");
const bin = (name) => path.join(root, "node_modules", ".bin", name);

/** Runs a command, inheriting stdio; resolves with its exit code. */
export function run(cmd, args, { env = {}, quiet = false } = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd.includes("/") ? cmd : fs.existsSync(bin(cmd)) ? bin(cmd) : cmd, args, {
      cwd: root,
      stdio: quiet ? ["ignore", "pipe", "pipe"] : "inherit",
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
    });
    let output = "";
    if (quiet) {
      child.stdout.on("data", (d) => (output += d));
      child.stderr.on("data", (d) => (output += d));
    }
    child.on("exit", (code, signal) => {
      if (quiet && code !== 0) process.stderr.write(output);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

export async function must(label, cmd, args, opts) {
  const started = Date.now();
  const code = await run(cmd, args, opts);
  if (code !== 0) {
    console.error(`\n✖ ${label} gagal (exit ${code}).`);
    process.exit(code);
  }
  log(`${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

export function log(msg) {
  console.log(`▸ ${msg}`);
}

export const generate = () =>
  must("prisma generate", "prisma", ["generate"], {
    quiet: true,
    env: { PRISMA_SCHEMA_ENGINE_BINARY: path.join(root, "scripts", "no-schema-engine.sh"), PRISMA_HIDE_UPDATE_MESSAGE: "1" },
  });

export const migrate = (databaseUrl) =>
  must("migrasi database", "node", [path.join(root, "scripts", "migrate-wasm.mjs"), "deploy"], { quiet: true, env: { DATABASE_URL: databaseUrl } });

export const seed = (databaseUrl, extraArgs = []) =>
  must("data demo", "tsx", ["--conditions=react-server", path.join(root, "prisma", "seed.ts"), ...extraArgs], { env: { DATABASE_URL: databaseUrl } });

/** The first-run setup's questions in the terminal (scripts/setup-prompt.ts). Resolves with its exit code. */
export const runSetupPrompt = (databaseUrl) =>
  run("tsx", ["--conditions=react-server", path.join(root, "scripts", "setup-prompt.ts")], { env: { DATABASE_URL: databaseUrl } });

/** Fingerprint of everything `next build` reads, to rebuild only when it changed. */
export function sourceFingerprint() {
  const hash = crypto.createHash("sha256");
  const walk = (p) => {
    if (!fs.existsSync(p)) return;
    const st = fs.statSync(p);
    if (st.isDirectory()) {
      for (const e of fs.readdirSync(p).sort()) if (e !== "generated") walk(path.join(p, e));
    } else {
      hash.update(p).update(String(st.size)).update(String(st.mtimeMs));
    }
  };
  for (const p of ["app", "components", "lib", "worker", "public/icons", "prisma/schema.prisma", "package-lock.json", "next.config.ts", "tailwind.config.ts", "postcss.config.mjs", "tsconfig.json", "proxy.ts"]) {
    walk(path.join(root, p));
  }
  return hash.digest("hex");
}

const distDir = () => path.join(root, process.env.NEXT_DIST_DIR || ".next");

export function needsBuild() {
  const stamp = path.join(distDir(), "bimbing-build-fingerprint");
  if (!fs.existsSync(path.join(distDir(), "BUILD_ID")) || !fs.existsSync(stamp)) return true;
  return fs.readFileSync(stamp, "utf8") !== sourceFingerprint();
}

export async function build(env = {}, { quiet = false } = {}) {
  await must("next build", "next", ["build"], { env, quiet });
  await must("service worker", "node", [path.join(root, "scripts", "build-sw.mjs")], { env, quiet });
  fs.writeFileSync(path.join(distDir(), "bimbing-build-fingerprint"), sourceFingerprint());
}

/** AUTH_SECRET from the environment, else one generated once and kept in .data/. */
export function authSecret() {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const file = path.join(root, ".data", "auth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, crypto.randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return fs.readFileSync(file, "utf8").trim();
}
