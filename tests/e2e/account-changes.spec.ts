import { expect, newContext, test } from "./fixtures";
import { expectAccessible, login, loginAndWait, sql } from "./support";

// Separation of duties (issue 12, part 4): a new Kepala account made by the admin exists only once
// the office's Kepala confirms it (Jakarta Selatan has one admin); the admin cannot confirm it.
const EMAIL = "e2e.kepala.kedua@bimbing.id";

async function cleanUp() {
  await sql(`DELETE FROM "AccountChange" WHERE "targetEmail" = $1`, [EMAIL]);
  await sql(`DELETE FROM "Session" WHERE "userId" IN (SELECT id FROM "User" WHERE email = $1)`, [EMAIL]);
  await sql(`DELETE FROM "User" WHERE email = $1`, [EMAIL]);
}
test.beforeAll(cleanUp);
test.afterAll(cleanUp);

test("an admin's new Kepala waits for the Kepala's confirmation, then must change the password", async ({ browser }) => {
  const adminCtx = await newContext(browser);
  const admin = await adminCtx.newPage();
  await loginAndWait(admin, "admin.jks@bimbing.id");
  await admin.goto("/admin/users/new");
  const form = admin.getByRole("form", { name: "Tambah pengguna" });
  await form.getByLabel("Nama lengkap dan gelar").fill("Hendra Wijaya, S.H., M.H.");
  await form.getByLabel("Email").fill(EMAIL);
  // No NIP: the optional field stays empty and the account is still accepted.
  await form.getByLabel("Peran").selectOption("KEPALA_BAPAS");
  await form.getByLabel("Kata sandi awal").fill("Sementara2026");
  await form.getByRole("button", { name: "Tambah pengguna" }).click();
  await expect(admin).toHaveURL(/\/account-changes\?diajukan=1$/);
  const row = admin.getByTestId("account-change").filter({ hasText: "Hendra Wijaya" });
  await expect(row.getByText("Menunggu konfirmasi")).toBeVisible();
  await expect(row.getByRole("button", { name: "Konfirmasi" })).toHaveCount(0);
  await expect(row.getByRole("button", { name: "Batalkan permintaan" })).toBeVisible();
  await expectAccessible(admin);
  expect(await sql(`SELECT id FROM "User" WHERE email = $1`, [EMAIL])).toHaveLength(0);

  const kepalaCtx = await newContext(browser);
  const kepala = await kepalaCtx.newPage();
  await loginAndWait(kepala, "kepala.jks@bimbing.id");
  await kepala.getByRole("link", { name: "Tinjau perubahan akun" }).click();
  const pending = kepala.getByTestId("account-change").filter({ hasText: "Hendra Wijaya" });
  await pending.getByRole("button", { name: "Konfirmasi" }).click();
  // The row moves to the history (the success note goes with the buttons it belonged to).
  await expect(kepala.getByTestId("account-change").filter({ hasText: "Hendra Wijaya" }).getByText("Dikonfirmasi", { exact: true })).toBeVisible();
  await expect(kepala.getByTestId("account-change").filter({ hasText: "Hendra Wijaya" })).toContainText("dijawab oleh");

  const newCtx = await newContext(browser);
  const fresh = await newCtx.newPage();
  await login(fresh, EMAIL, "Sementara2026");
  await expect(fresh).toHaveURL(/\/account\/password$/);
  await fresh.goto("/litmas");
  await expect(fresh).toHaveURL(/\/account\/password$/);
  for (const ctx of [adminCtx, kepalaCtx, newCtx]) await ctx.close();
});
