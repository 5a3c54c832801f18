// `npx tsx tests/bench/lighthouse.mts [base]`: Lighthouse 12.2.3 in mobile mode (its default: a
// Moto G class phone, simulated slow 4G and 4x CPU slowdown) on the pages of issue 15, against a
// running app with the demo data (`PORT=3935 npm start`). Signs in through the real login and
// passes the session cookie to Lighthouse. Prints performance / accessibility / best practices and
// total blocking time per page; results are recorded in docs/benchmarks.md.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const base = process.argv[2] ?? "http://127.0.0.1:3935";
const chrome = process.env.CHROME_PATH ?? "/usr/bin/chromium";
const PASSWORD = "Bimbing#2026";

async function login(email: string): Promise<string> {
  const c1 = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await c1.json()) as { csrfToken: string };
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST", redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: c1.headers.getSetCookie().map((c) => c.split(";")[0]).join("; "), origin: base },
    body: new URLSearchParams({ csrfToken, email, password: PASSWORD, json: "true" }),
  });
  const session = res.headers.getSetCookie().map((c) => c.split(";")[0]).find((c) => c.startsWith("bimbing.session="));
  if (!session) throw new Error(`login ${email} gagal (HTTP ${res.status})`);
  return session;
}

const pk = await login("budi.santoso@bimbing.id");
const kepala = await login("kepala.jks@bimbing.id");
const list = await (await fetch(`${base}/clients`, { headers: { cookie: pk } })).text();
const clientId = /href="\/clients\/([a-z0-9]{20,})"/.exec(list)?.[1];
if (!clientId) throw new Error("tidak ada klien di daftar PK");

const pages: { label: string; path: string; cookie: string | null }[] = [
  { label: "login", path: "/login", cookie: null },
  { label: "client list (PK)", path: "/clients", cookie: pk },
  { label: "client file (PK)", path: `/clients/${clientId}`, cookie: pk },
  { label: "contact form (PK)", path: `/clients/${clientId}/contacts/new`, cookie: pk },
  { label: "/tasks (PK)", path: "/tasks", cookie: pk },
  { label: "Kepala dashboard", path: "/", cookie: kepala },
];

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "bimbing-lh-"));
const rows: string[] = ["| page (mobile) | performance | accessibility | best practices | TBT ms | LCP s | transfer KB |", "|---|---:|---:|---:|---:|---:|---:|"];
for (const p of pages) {
  const out = path.join(tmp, "report.json");
  const headers = p.cookie ? JSON.stringify({ Cookie: p.cookie }) : null;
  execFileSync("npx", [
    "-y", "lighthouse@12.2.3", base + p.path, "--quiet", "--output=json", `--output-path=${out}`,
    "--only-categories=performance,accessibility,best-practices",
    `--chrome-path=${chrome}`, "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage",
    ...(headers ? [`--extra-headers=${headers}`] : []),
  ], { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, CHROME_PATH: chrome } });
  const r = JSON.parse(fs.readFileSync(out, "utf8"));
  if (r.finalDisplayedUrl && new URL(r.finalDisplayedUrl).pathname !== p.path.split("?")[0]) throw new Error(`${p.path} berakhir di ${r.finalDisplayedUrl}`);
  const score = (k: string) => Math.round((r.categories[k]?.score ?? 0) * 100);
  const tbt = Math.round(r.audits["total-blocking-time"].numericValue);
  const lcp = (r.audits["largest-contentful-paint"].numericValue / 1000).toFixed(1);
  const kb = Math.round(r.audits["total-byte-weight"].numericValue / 1024);
  rows.push(`| ${p.label} | ${score("performance")} | ${score("accessibility")} | ${score("best-practices")} | ${tbt} | ${lcp} | ${kb} |`);
  console.log(rows.at(-1));
}
fs.rmSync(tmp, { recursive: true, force: true });
console.log(`\nLighthouse 12.2.3, mobile, ${chrome}; load average ${os.loadavg().map((l) => l.toFixed(2)).join("/")}\n\n${rows.join("\n")}`);
