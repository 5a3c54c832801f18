import { expect, test } from "./fixtures";

// Runs only against the server with proxy.ts switched off (project "no-proxy").
test("without the proxy, anonymous visitors still get no data", async ({ page, request }) => {
  for (const path of ["/", "/clients", "/account"]) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/login/);
  }
  const res = await request.get("/clients", { maxRedirects: 0 });
  expect(res.status()).toBeGreaterThanOrEqual(300);
  expect(await res.text()).not.toContain("Daftar klien");
});

test("without the proxy, a forged session cookie gets nothing", async ({ page, context, baseURL }) => {
  await context.addCookies([{ name: "bimbing.session", value: "palsu.palsu.palsu.palsu.palsu", url: baseURL! }]);
  await page.goto("/clients");
  await expect(page).toHaveURL(/\/login/);
});
