// `npm run screenshots -- [path ...]`: screenshots of pages at 1366x900 and 390x844 for each role,
// into screenshots/<role>/<page>-<size>.png (docs/ui-patterns.md). Start the app first (`npm start`,
// demo data); BASE_URL (default http://127.0.0.1:3000) says where it runs, ROLES which accounts
// (comma-separated: admin,kepala,kasi,pk). Without paths: the main pages of each role.
// Each screenshot also reports the document's scrollWidth at 390 px when it is too wide.
import fs from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";

const BASE = process.env.BASE_URL ?? "http://127.0.0.1:3000";
const PASSWORD = process.env.DEMO_PASSWORD ?? "Bimbing#2026";
const ACCOUNTS = {
  admin: "admin.jks@bimbing.id",
  kepala: "kepala.jks@bimbing.id",
  kasi: "kasi.bkd.jks@bimbing.id",
  pk: "budi.santoso@bimbing.id",
};
const MAIN = {
  admin: ["/", "/reporting", "/clients", "/litmas", "/pendampingan", "/workload", "/transfers", "/transitions", "/tpp", "/letters", "/violations", "/audit", "/admin/users", "/admin/settings", "/account-changes", "/account"],
  kepala: ["/", "/reporting", "/clients", "/litmas", "/workload", "/transitions", "/tpp", "/letters", "/violations", "/audit", "/account"],
  kasi: ["/", "/clients", "/litmas", "/workload", "/account"],
  pk: ["/", "/tasks", "/reporting", "/clients", "/litmas", "/pendampingan", "/transitions", "/violations", "/account", "@client", "@client/reporting", "@client/stages"],
};
const SIZES = [
  { name: "desktop", width: 1366, height: 900 },
  { name: "phone", width: 390, height: 844 },
];
const roles = (process.env.ROLES ?? "admin,kepala,kasi,pk").split(",").map((r) => r.trim()).filter(Boolean);
const only = process.argv.slice(2);
const out = path.resolve("screenshots");

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox"] });
try {
  for (const role of roles) {
    const context = await browser.newContext({ locale: "id-ID", timezoneId: "Asia/Jakarta", serviceWorkers: "block" });
    const page = await context.newPage();
    await page.goto(`${BASE}/login`);
    await page.getByLabel("Email").fill(ACCOUNTS[role]);
    await page.getByLabel("Kata sandi").fill(PASSWORD);
    await page.getByRole("button", { name: "Masuk" }).click();
    await page.waitForURL(`${BASE}/`);
    // "@client" stands for the first client file in the role's list.
    let client = null;
    const paths = only.length ? only : MAIN[role];
    if (paths.some((p) => p.startsWith("@client"))) {
      await page.goto(`${BASE}/clients`);
      client = await page.locator('tbody a[href^="/clients/"]').first().getAttribute("href");
    }
    fs.mkdirSync(path.join(out, role), { recursive: true });
    for (const p of paths) {
      const url = p.replace("@client", client ?? "/clients");
      for (const size of SIZES) {
        await page.setViewportSize({ width: size.width, height: size.height });
        await page.goto(`${BASE}${url}`);
        await page.waitForLoadState("networkidle").catch(() => {});
        const name = `${url.replace(/^\//, "").replace(/[^a-z0-9]+/gi, "_") || "home"}-${size.name}.png`;
        await page.screenshot({ path: path.join(out, role, name), fullPage: true });
        const sw = await page.evaluate(() => document.documentElement.scrollWidth);
        console.log(`${role} ${url} ${size.name}${sw > size.width ? ` TOO WIDE: scrollWidth ${sw}` : ""} -> screenshots/${role}/${name}`);
      }
    }
    await context.close();
  }
} finally {
  await browser.close();
}
