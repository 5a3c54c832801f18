import { request as pwRequest, type APIRequestContext } from "@playwright/test";
import { expect, newContext, test } from "./fixtures";
import { loginAndWait, PASSWORD, sql } from "./support";

// Two instances of the same build on one PostgreSQL (the suite's main server and its second one,
// playwright.config.ts): sessions live in the database, so a logout or a deactivation on one
// instance holds on the other at once, with no shared memory between them.
const PORT = Number(process.env.E2E_PORT ?? 3417);
const OTHER = `http://127.0.0.1:${PORT + 1}`;
const EMAIL = "e2e.dua.instans@bimbing.id";

async function signInOn(base: string, email: string): Promise<APIRequestContext> {
  const ctx = await pwRequest.newContext({ baseURL: base });
  const { csrfToken } = (await (await ctx.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const res = await ctx.post("/api/auth/callback/credentials", { form: { csrfToken, email, password: PASSWORD, json: "true" }, headers: { origin: base }, maxRedirects: 0 });
  expect(res.status()).toBe(200);
  return ctx;
}

/** The status of /clients on the other instance with this cookie: 200 signed in, a redirect to /login out. */
async function clientsOn(ctx: APIRequestContext, cookie?: string) {
  const res = await ctx.get(`${OTHER}/clients`, { maxRedirects: 0, headers: cookie ? { cookie } : {} });
  return { status: res.status(), location: res.headers()["location"] ?? "" };
}

test.afterAll(async () => {
  await sql(`DELETE FROM "Session" WHERE "userId" IN (SELECT id FROM "User" WHERE email = $1)`, [EMAIL]);
  await sql(`DELETE FROM "AuditEvent" WHERE "actorId" IN (SELECT id FROM "User" WHERE email = $1)`, [EMAIL]).catch(() => {});
  await sql(`DELETE FROM "LoginAttempt" WHERE email = $1`, [EMAIL]);
  await sql(`DELETE FROM "User" WHERE email = $1`, [EMAIL]).catch(() => {});
});

test("a logout on one instance ends the session on the other", async ({ browser }) => {
  const ctx = await newContext(browser);
  const page = await ctx.newPage();
  await loginAndWait(page, "dewi.lestari@bimbing.id");
  const session = (await ctx.cookies()).find((c) => c.name === "bimbing.session");
  expect(session).toBeTruthy();
  const cookie = `bimbing.session=${session!.value}`;
  const api = await pwRequest.newContext();
  expect((await clientsOn(api, cookie)).status).toBe(200);

  await page.getByRole("button", { name: "Keluar" }).first().click();
  const stay = page.getByRole("button", { name: "Tetap keluar" });
  if (await stay.isVisible().catch(() => false)) await stay.click();
  await expect(page).toHaveURL(/\/login/);

  const after = await clientsOn(api, cookie);
  expect(after.status).toBeGreaterThanOrEqual(300);
  expect(after.location).toMatch(/\/login/);
  await api.dispose();
  await ctx.close();
});

test("a deactivation on one instance ends the user's session on the other", async ({ browser }) => {
  // A PK without clients (so the admin may deactivate her), with the demo password.
  await sql(`DELETE FROM "User" WHERE email = $1`, [EMAIL]).catch(() => {});
  await sql(
    `INSERT INTO "User" (id, "officeId", name, email, "passwordHash", role, "pkLevel", section, "updatedAt")
     SELECT 'e2e-dua-instans', "officeId", 'Wulan Sari, S.Sos.', $1, "passwordHash", 'PK', 'PK_PERTAMA', 'BKD', now() FROM "User" WHERE email = 'dewi.lestari@bimbing.id'`,
    [EMAIL],
  );
  const pk = await signInOn(OTHER, EMAIL);
  expect((await clientsOn(pk)).status).toBe(200);

  const adminCtx = await newContext(browser);
  const admin = await adminCtx.newPage();
  await loginAndWait(admin, "admin.jks@bimbing.id");
  await admin.goto("/admin/users/e2e-dua-instans");
  const edit = admin.getByRole("form", { name: "Ubah pengguna" });
  await edit.getByLabel("Akun aktif").uncheck();
  await edit.getByRole("button", { name: "Simpan perubahan" }).click();
  await expect(edit.getByText(/Perubahan disimpan\. 1 sesi pengguna ini diakhiri\./)).toBeVisible();

  const after = await clientsOn(pk);
  expect(after.status).toBeGreaterThanOrEqual(300);
  expect(after.location).toMatch(/\/login/);
  await pk.dispose();
  await adminCtx.close();
});
