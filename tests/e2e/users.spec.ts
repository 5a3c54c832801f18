import { expect, newContext, test } from "./fixtures";
import { expectAccessible, login, loginAndWait, sql } from "./support";

const EMAIL = "e2e.pk.baru@bimbing.id";

test.afterAll(async () => {
  await sql(`DELETE FROM "Session" WHERE "userId" IN (SELECT id FROM "User" WHERE email = $1)`, [EMAIL]);
  await sql(`DELETE FROM "User" WHERE email = $1`, [EMAIL]);
});

test("an admin adds a PK, the PK signs in, the admin deactivates the account and the PK is out", async ({ browser }) => {
  const adminCtx = await newContext(browser);
  const admin = await adminCtx.newPage();
  await loginAndWait(admin, "admin.jks@bimbing.id");
  await admin.getByRole("navigation", { name: "Menu utama" }).getByRole("link", { name: "Pengguna" }).click();
  await admin.getByRole("link", { name: "Tambah pengguna" }).first().click();
  const form = admin.getByRole("form", { name: "Tambah pengguna" });
  // Bad input first: clear messages, nothing saved.
  await form.getByRole("button", { name: "Tambah pengguna" }).click();
  await expect(form.getByText("Isi nama lengkap beserta gelar.")).toBeVisible();
  await form.getByLabel("Nama lengkap dan gelar").fill("Larasati Putri, S.Psi.");
  await form.getByLabel("Email").fill(EMAIL);
  await form.getByLabel("NIP (opsional)").fill("199502022020122001");
  await form.getByLabel("Peran").selectOption("PK");
  await form.getByLabel("Jenjang PK").selectOption("PK_PERTAMA");
  await form.getByLabel("Kapasitas klien").fill("25");
  await form.getByLabel("Kata sandi awal").fill("Sementara2026");
  await expectAccessible(admin);
  await form.getByRole("button", { name: "Tambah pengguna" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "Larasati Putri, S.Psi." })).toBeVisible();
  await expect(admin.getByText("Pengguna ditambahkan.")).toBeVisible();

  const pkCtx = await newContext(browser);
  const pk = await pkCtx.newPage();
  await login(pk, EMAIL, "Sementara2026");
  // The admin chose this password: the PK must choose her own before anything else opens.
  await expect(pk).toHaveURL(/\/account\/password$/);
  await expect(pk.getByRole("heading", { level: 1, name: "Ganti kata sandi" })).toBeVisible();
  await expect(pk.getByRole("navigation", { name: "Menu utama" }).getByRole("link")).toHaveCount(0);
  await pk.goto("/clients");
  await expect(pk).toHaveURL(/\/account\/password$/);
  await expectAccessible(pk);
  const change = pk.getByRole("form", { name: "Ganti kata sandi" });
  await change.getByLabel("Kata sandi dari admin").fill("Sementara2026");
  await change.getByLabel("Kata sandi baru", { exact: true }).fill("Sementara2026");
  await change.getByLabel("Ulangi kata sandi baru").fill("Sementara2026");
  await change.getByRole("button", { name: "Simpan kata sandi" }).click();
  await expect(change.getByText("Kata sandi baru harus berbeda dari yang lama.")).toBeVisible();
  await change.getByLabel("Kata sandi baru", { exact: true }).fill("PilihanLarasati2027");
  await change.getByLabel("Ulangi kata sandi baru").fill("PilihanLarasati2027");
  await change.getByRole("button", { name: "Simpan kata sandi" }).click();
  await expect(pk.getByRole("heading", { level: 1 })).toHaveText(/^Selamat bekerja, Larasati/);
  const [flag] = await sql<{ mustChangePassword: boolean }>(`SELECT "mustChangePassword" FROM "User" WHERE email = $1`, [EMAIL]);
  expect(flag.mustChangePassword).toBe(false);

  // Deactivate: the PK's open session ends at once. (Her password change moved the account's
  // version on, so the admin reloads first; a stale form would be refused as a conflict.)
  await admin.reload();
  const edit = admin.getByRole("form", { name: "Ubah pengguna" });
  await edit.getByLabel("Akun aktif").uncheck();
  await edit.getByRole("button", { name: "Simpan perubahan" }).click();
  await expect(edit.getByText(/Perubahan disimpan\. 1 sesi pengguna ini diakhiri\./)).toBeVisible();
  await pk.goto("/clients");
  await expect(pk).toHaveURL(/\/login/);
  const [row] = await sql<{ active: boolean }>(`SELECT active FROM "User" WHERE email = $1`, [EMAIL]);
  expect(row.active).toBe(false);
  await adminCtx.close();
  await pkCtx.close();
});

test("a Kepala cannot open user administration", async ({ page }) => {
  await loginAndWait(page, "kepala.jks@bimbing.id");
  await expect(page.getByRole("navigation", { name: "Menu utama" }).getByRole("link", { name: "Pengguna" })).toHaveCount(0);
  expect((await page.goto("/admin/users/new"))?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Tambah pengguna" })).toHaveCount(0);
});
