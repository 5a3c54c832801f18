import { expect, test } from "./fixtures";
import { loginAndWait } from "./support";

// The headers a browser needs to refuse injected scripts and framing, and proof that the strict
// policy does not break the app: every page here hydrates with no policy violation.
test.describe("security headers", () => {
  test("a page carries a nonce policy, no framing and no sniffing", async ({ page }) => {
    const res = await page.goto("/login");
    const h = res!.headers();
    expect(h["x-frame-options"]).toBe("DENY");
    expect(h["x-content-type-options"]).toBe("nosniff");
    const csp = h["content-security-policy"];
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(csp).toContain("frame-ancestors 'none'");
    // A fresh nonce per request.
    const again = (await page.request.get("/login")).headers()["content-security-policy"];
    expect(again).not.toBe(csp);
    // The app's icon is served to anyone (no 404 on every page, no login redirect).
    const icon = await page.request.get((await page.locator('link[rel="icon"]').first().getAttribute("href"))!, { maxRedirects: 0 });
    expect(icon.status()).toBe(200);
    expect(icon.headers()["content-type"]).toContain("image/svg+xml");
    // Over plain http (a local trial) the browser is not pinned to https.
    expect(h["strict-transport-security"]).toBeUndefined();
  });

  test("the app runs under the policy with no violation", async ({ page }) => {
    const violations: string[] = [];
    page.on("console", (m) => {
      if (/Content Security Policy|Content-Security-Policy/i.test(m.text())) violations.push(m.text());
    });
    await loginAndWait(page, "rina.wulandari@bimbing.id");
    await page.goto("/clients");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    // Hydrated: a client-side navigation works.
    await page.getByRole("link", { name: "Beranda" }).first().click();
    await expect(page).toHaveURL(/\/$/);
    expect(violations).toEqual([]);
  });
});

test.describe("bad request bodies", () => {
  const action = { "next-action": "0000000000000000000000000000000000000000" };
  test("an oversized, a malformed and a deeply nested action body get 4xx in Indonesian", async ({ page }) => {
    const big = await page.request.post("/login", { headers: { ...action, "content-type": "text/plain;charset=UTF-8" }, data: "x".repeat(1024 * 1024 + 10) });
    expect(big.status()).toBe(413);
    expect(await big.text()).toContain("terlalu besar");
    const bad = await page.request.post("/login", { headers: { ...action, "content-type": "text/plain;charset=UTF-8" }, data: "bukan json {" });
    expect(bad.status()).toBe(400);
    expect(await bad.text()).toContain("tidak dapat dibaca");
    const deep = await page.request.post("/login", { headers: { ...action, "content-type": "text/plain;charset=UTF-8" }, data: "[".repeat(5000) + "]".repeat(5000) });
    expect(deep.status()).toBe(400);
    const xml = await page.request.post("/login", { headers: { ...action, "content-type": "application/xml" }, data: "<a/>" });
    expect(xml.status()).toBe(415);
  });
});
