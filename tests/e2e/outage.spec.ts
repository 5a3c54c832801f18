import { encode } from "next-auth/jwt";
import { expect, test } from "./fixtures";

// This project's server has an unreachable database (playwright.config.ts: DEAD_DATABASE_URL).
const SECRET = process.env.AUTH_SECRET ?? "e2e-secret-0123456789abcdef0123456789abcdef";
const LEAKS = /127\.0\.0\.1|:9\b|reach database|database server|Prisma|P1001|ECONNREFUSED|bimbing:tidak-ada/i;

async function expectOutagePage(page: import("@playwright/test").Page) {
  await expect(page.getByRole("heading", { level: 1, name: "Bimbing sedang tidak dapat menghubungi basis data" })).toBeVisible();
  await expect(page.getByText("Tunggu sebentar, lalu muat ulang halaman.")).toBeVisible();
  const text = await page.locator("body").innerText();
  expect(text).not.toMatch(LEAKS);
  const url = new URL(page.url());
  expect(`${url.pathname}${url.search}`).not.toMatch(LEAKS);
}

test("the login page, a public letter check and pages without a session show the Indonesian outage page", async ({ page }) => {
  for (const path of ["/login", "/login?error=CredentialsSignin", "/verifikasi/AbCdEfGhIjKlMnOpQrStUvWx", "/", "/clients"]) {
    await page.goto(path);
    await expectOutagePage(page);
  }
});

test("pages behind a session cookie show the outage page from the layout", async ({ page, context, baseURL }) => {
  const token = await encode({ token: { sid: "sesi-yang-tidak-bisa-diperiksa" }, secret: SECRET });
  await context.addCookies([{ name: "bimbing.session", value: token, url: baseURL! }]);
  for (const path of ["/", "/clients", "/clients/abc", "/litmas", "/tasks", "/admin/users", "/account/password"]) {
    await page.goto(path);
    await expectOutagePage(page);
  }
});

test("a login attempt says the database is unreachable, without its detail", async ({ request }) => {
  // The login form itself cannot render (the page checks for a session first), so post as the form does.
  const csrf = await (await request.get("/api/auth/csrf")).json();
  const res = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken: csrf.csrfToken, email: "kepala.jks@bimbing.id", password: "apa saja", json: "true" },
    maxRedirects: 0,
  });
  const { url } = (await res.json()) as { url: string };
  const target = new URL(url);
  expect(target.searchParams.get("error")).toBe("UNAVAILABLE");
  expect(`${target.pathname}${target.search}`).not.toMatch(LEAKS);
});

test("a download and the health check answer 503 in Indonesian", async ({ request }) => {
  const health = await request.get("/api/health");
  expect(health.status()).toBe(503);
  expect(await health.json()).toEqual({ ok: false, database: "tidak terhubung" });
  const token = await encode({ token: { sid: "sesi" }, secret: SECRET });
  const res = await request.get("/api/letters/abc/pdf", { headers: { cookie: `bimbing.session=${token}` } });
  expect(res.status()).toBe(503);
  const body = await res.text();
  expect(body).toContain("tidak dapat menghubungi basis data");
  expect(body).not.toMatch(LEAKS);
});
