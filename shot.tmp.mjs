import { chromium } from "@playwright/test";
const base = process.argv[2], out = process.argv[3], mode = process.argv[4];
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
for (const [name, vp] of [["desktop", { width: 1366, height: 900 }], ["phone", { width: 390, height: 844 }]]) {
  const ctx = await browser.newContext({ viewport: vp, locale: "id-ID" });
  const page = await ctx.newPage();
  if (mode === "password") {
    await page.goto(base + "/login");
    await page.getByLabel("Email").fill("dewi.lestari@bimbing.id");
    await page.getByLabel("Kata sandi").fill("Bimbing#2026");
    await page.getByRole("button", { name: "Masuk" }).click();
    await page.waitForURL(/account\/password/);
    await page.getByRole("button", { name: "Simpan kata sandi" }).focus();
    await page.keyboard.press("Shift+Tab");
  } else {
    await page.goto(base + (mode === "outage" ? "/login" : "/"));
  }
  await page.waitForTimeout(500);
  await page.screenshot({ path: `${out}-${name}.png`, fullPage: true });
  await ctx.close();
}
await browser.close();
