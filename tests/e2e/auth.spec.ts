import { INVALID_LOGIN_MESSAGE } from "../../lib/auth-messages";
import { expect, test } from "./fixtures";
import { ACCOUNTS, account, expectAccessible, login, loginAndWait, PASSWORD, sql } from "./support";

const HOME_HEADING: Record<string, RegExp> = {
  PK: /^Selamat bekerja/,
  KEPALA_BAPAS: /^Ikhtisar Bapas/,
  ADMIN: /^Administrasi$/,
  KASI: /^Seksi Bimbingan Klien (Dewasa \(BKD\)|Anak \(BKA\))$/,
};

test.describe("login", () => {
  for (const a of ACCOUNTS) {
    test(`${a.role} ${a.email} lands on their home page`, async ({ page }) => {
      await loginAndWait(page, a.email);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(HOME_HEADING[a.role]);
      // The shell names the user and the office.
      await expect(page.getByText(a.name).first()).toBeAttached();
    });
  }

  test("the login page is accessible", async ({ page }) => {
    await page.goto("/login");
    await expectAccessible(page);
  });

  test("a wrong password gets a clear message in Indonesian", async ({ page }) => {
    await login(page, "dewi.lestari@bimbing.id", "salah-sekali-123");
    await expect(page.getByRole("form", { name: "Formulir masuk" }).getByRole("alert")).toHaveText(INVALID_LOGIN_MESSAGE);
    await expect(page).toHaveURL(/\/login/);
    await sql(`UPDATE "User" SET "failedLoginCount" = 0, "lockedUntil" = NULL WHERE email = $1`, ["dewi.lestari@bimbing.id"]);
  });

  test("empty fields are flagged before anything is sent", async ({ page }) => {
    await page.goto("/login");
    await page.getByRole("button", { name: "Masuk" }).click();
    await expect(page.getByText("Isi email Anda.")).toBeVisible();
    await expect(page.getByText("Isi kata sandi Anda.")).toBeVisible();
  });

  test("five failures lock the account, even for the right password, and no answer tells a locked account from an unknown email", async ({ page }) => {
    const email = "yusuf.rahman@bimbing.id";
    const alert = page.getByRole("form", { name: "Formulir masuk" }).getByRole("alert");
    try {
      for (let i = 0; i < 5; i++) {
        await login(page, email, `tebakan-${i}-abc`);
        await expect(alert).toHaveText(INVALID_LOGIN_MESSAGE);
      }
      await login(page, email, PASSWORD);
      await expect(alert).toHaveText(INVALID_LOGIN_MESSAGE);
      await expect(page).toHaveURL(/\/login/);
      await login(page, "tidak.terdaftar@bimbing.id", "tebakan-lain-123");
      await expect(alert).toHaveText(INVALID_LOGIN_MESSAGE);
      const [row] = await sql<{ lockedUntil: Date | null }>(`SELECT "lockedUntil" FROM "User" WHERE email = $1`, [email]);
      expect(row.lockedUntil).not.toBeNull();
    } finally {
      await sql(`UPDATE "User" SET "failedLoginCount" = 0, "lockedUntil" = NULL WHERE email = $1`, [email]);
    }
  });

  test("logout ends the session on the server", async ({ page, context }) => {
    await loginAndWait(page, "budi.santoso@bimbing.id");
    const cookie = (await context.cookies()).find((c) => c.name.endsWith("bimbing.session"));
    expect(cookie).toBeDefined();
    await page.getByRole("button", { name: "Keluar" }).first().click();
    await expect(page).toHaveURL(/\/login/);
    // Replaying the old cookie does not bring the session back.
    await context.addCookies([cookie!]);
    await page.goto("/clients");
    await expect(page).toHaveURL(/\/login/);
  });

  test("deactivating a user ends their session at once", async ({ page }) => {
    const email = "nurul.hidayah@bimbing.id";
    await loginAndWait(page, email);
    try {
      await sql(`UPDATE "User" SET active = false WHERE email = $1`, [email]);
      await page.goto("/clients");
      await expect(page).toHaveURL(/\/login/);
    } finally {
      await sql(`UPDATE "User" SET active = true WHERE email = $1`, [email]);
    }
  });

  test("anonymous visitors are sent to the login page", async ({ page }) => {
    await page.goto("/clients");
    await expect(page).toHaveURL(/\/login/);
    expect(account("admin.jks@bimbing.id").role).toBe("ADMIN");
  });
});
