import { type Page } from "@playwright/test";
import { expect, newContext, test } from "./fixtures";
import { expectAccessible, loginAndWait, sql } from "./support";

// One client made through the UI and used only here; soft-deleted at the end so shared counts
// (active clients of the office) are as they were.
const tag = String(Date.now()).slice(-6);
const NAME = `Klien Uji Registrasi ${tag}`;
const NIK = `927101030291${tag.slice(-4).padStart(4, "1").replace(/^0000$/, "1111")}`;

test.describe.configure({ mode: "serial" });

async function fillRegistration(page: Page) {
  await page.getByLabel("Nama lengkap").fill(NAME);
  await page.getByLabel("NIK", { exact: true }).fill(NIK);
  await page.getByLabel("Tempat lahir").fill("Bekasi");
  await page.getByLabel("Tanggal lahir").fill("1991-02-03");
  await page.getByLabel("Alamat tinggal").fill("Jl. Uji Coba No. 1, Jakarta Selatan");
  await page.getByLabel("Nama instansi asal").fill("Lapas Kelas I Cipinang");
  await page.getByLabel("Tindak pidana").fill("Penggelapan");
  // Guidance that started three months ago and runs a year, from the clock the server reads too.
  const start = new Date();
  start.setUTCMonth(start.getUTCMonth() - 3, 1);
  const end = new Date(Date.UTC(start.getUTCFullYear() + 1, start.getUTCMonth(), 0));
  await page.getByLabel("Awal bimbingan").fill(start.toISOString().slice(0, 10));
  await page.getByLabel("Akhir bimbingan").fill(end.toISOString().slice(0, 10));
}

async function chooseRegistration(page: Page) {
  await page.getByLabel("Jenis kelamin").selectOption("LAKI_LAKI");
  await page.getByLabel("Agama").selectOption("KATOLIK");
  await page.getByLabel("Pendidikan terakhir").selectOption("S1");
  await page.getByLabel("Asal klien").selectOption("LAPAS");
  await page.getByLabel("Program").selectOption("PB");
}

test("admin registers a client, assigns it, and the PK sees it in their caseload", async ({ page, browser }) => {
  await loginAndWait(page, "admin.jks@bimbing.id");
  await page.goto("/clients");
  await page.getByRole("link", { name: "Daftarkan klien" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Daftarkan klien" })).toBeVisible();

  // Nothing about the person is presumed: the choices left alone are asked for, nothing is saved.
  await fillRegistration(page);
  await expect(page.getByLabel("Agama")).toHaveValue("");
  await page.getByRole("button", { name: "Daftarkan klien" }).click();
  await expect(page.getByText("Ada 5 isian yang perlu diperbaiki")).toBeVisible();
  await expect(page.getByText("Pilih jenis kelamin.").first()).toBeVisible();
  await expect(page.getByText("Pilih agama.").first()).toBeVisible();
  await expect(page.getByText("Pilih program.").first()).toBeVisible();
  await chooseRegistration(page);

  // A NIK that does not match the birth date is refused with a clear message, nothing is saved.
  await page.getByLabel("Tanggal lahir").fill("1991-02-04");
  await page.getByRole("button", { name: "Daftarkan klien" }).click();
  await expect(page.getByText(/Digit ke-7 sampai ke-12 NIK tidak sesuai/).first()).toBeVisible();
  await page.getByLabel("Tanggal lahir").fill("1991-02-03");
  await page.getByRole("button", { name: "Daftarkan klien" }).click();

  await expect(page.getByRole("heading", { level: 1, name: NAME })).toBeVisible();
  await expect(page.getByText("Klien berhasil didaftarkan.")).toBeVisible();
  const [row] = await sql<{ id: string; registerNumber: string; stages: string }>(
    `SELECT c.id, c."registerNumber", (SELECT count(*) FROM "GuidanceStage" s WHERE s."clientId" = c.id)::text AS stages FROM "Client" c WHERE c."fullName" = $1`, [NAME]);
  expect(row.registerNumber).toMatch(/^\d{4}\/PK\/JKS\/\d{4}$/);
  expect(row.stages).toBe("3");
  await expect(page.getByText(row.registerNumber).first()).toBeVisible();
  await expect(page.getByText("Belum ada PK yang ditugaskan.")).toBeVisible();

  // Assign from the file: the least-loaded eligible PK is suggested and preselected.
  await page.getByRole("link", { name: "Tugaskan PK" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Tugaskan PK" })).toBeVisible();
  await expectAccessible(page);
  const suggested = page.locator("label", { has: page.getByText("Disarankan", { exact: true }) });
  const pkName = (await suggested.locator("span.font-medium").first().textContent())!.trim();
  await expect(suggested.getByRole("radio")).toBeChecked();
  await page.getByLabel("Alasan penugasan").fill("Penugasan awal klien baru");
  await page.getByRole("button", { name: "Tugaskan", exact: true }).click();
  await expect(page.getByText("Penugasan PK disimpan.")).toBeVisible();
  await expect(page.getByText("Penugasan awal klien baru")).toBeVisible();

  // The PK sees it in their caseload.
  const [pk] = await sql<{ email: string }>(`SELECT u.email FROM "User" u JOIN "Client" c ON c."assignedPkId" = u.id WHERE c.id = $1`, [row.id]);
  expect(pk.email).toBeTruthy();
  const pkPage = await (await newContext(browser)).newPage();
  await loginAndWait(pkPage, pk.email);
  await pkPage.goto(`/clients?q=${encodeURIComponent(NAME)}`);
  await expect(pkPage.getByRole("heading", { level: 1, name: "Klien & layanan saya" })).toBeVisible();
  await pkPage.getByRole("table", { name: "Daftar klien" }).getByRole("link", { name: NAME }).click();
  await expect(pkPage.getByRole("heading", { level: 1, name: NAME })).toBeVisible();
  await expect(pkPage.getByText(pkName).first()).toBeVisible();
  // A PK has no assignment action.
  await expect(pkPage.getByRole("link", { name: "Tugaskan PK" })).toHaveCount(0);
  await pkPage.context().close();
});

test("two officers edit the same client: the second save is refused and shows what changed", async ({ browser }) => {
  const [c] = await sql<{ id: string }>(`SELECT id FROM "Client" WHERE "fullName" = $1`, [NAME]);
  const admin = await (await newContext(browser)).newPage();
  const kepala = await (await newContext(browser)).newPage();
  await loginAndWait(admin, "admin.jks@bimbing.id");
  await loginAndWait(kepala, "kepala.jks@bimbing.id");
  await admin.goto(`/clients/${c.id}/edit`);
  await kepala.goto(`/clients/${c.id}/edit`);
  await expect(kepala.getByRole("heading", { level: 1 })).toContainText("Ubah data");

  await admin.getByLabel("Alamat tinggal").fill("Jl. Alamat Baru No. 9, Jakarta Selatan");
  await admin.getByRole("button", { name: "Simpan perubahan" }).click();
  await expect(admin.getByText("Perubahan data klien disimpan.")).toBeVisible();

  await kepala.getByLabel("Telepon klien").fill("0812 0000 1111");
  await kepala.getByRole("button", { name: "Simpan perubahan" }).click();
  await expect(kepala.getByText("Perubahan tidak disimpan")).toBeVisible();
  await expect(kepala.getByRole("alert").first()).toContainText("Alamat: Jl. Alamat Baru No. 9");
  const [after] = await sql<{ address: string; phone: string | null; version: number }>(`SELECT p.address, p.phone, c.version FROM "Client" c JOIN "Person" p ON p.id = c."personId" WHERE c.id = $1`, [c.id]);
  expect(after).toEqual({ address: "Jl. Alamat Baru No. 9, Jakarta Selatan", phone: null, version: 2 });

  // After loading the latest data the Kepala's change goes through, on top of the admin's.
  await kepala.getByRole("button", { name: "Muat data terbaru" }).click();
  await expect(kepala.getByLabel("Alamat tinggal")).toHaveValue("Jl. Alamat Baru No. 9, Jakarta Selatan");
  await kepala.getByLabel("Telepon klien").fill("0812 0000 1111");
  await kepala.getByRole("button", { name: "Simpan perubahan" }).click();
  await expect(kepala.getByText("Perubahan data klien disimpan.")).toBeVisible();
  const [final] = await sql<{ address: string; phone: string }>(`SELECT p.address, p.phone FROM "Client" c JOIN "Person" p ON p.id = c."personId" WHERE c.id = $1`, [c.id]);
  expect(final).toEqual({ address: "Jl. Alamat Baru No. 9, Jakarta Selatan", phone: "0812 0000 1111" });
  await admin.context().close();
  await kepala.context().close();
});

test("workload and NIK search by POST", async ({ page }) => {
  await loginAndWait(page, "kepala.jks@bimbing.id");
  await page.getByRole("link", { name: "Beban kerja" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Beban kerja PK" })).toBeVisible();
  const [{ n }] = await sql<{ n: string }>(`SELECT count(*) AS n FROM "User" u JOIN "Office" o ON o.id = u."officeId" WHERE o.code = 'JKS' AND u.role = 'PK'`);
  await expect(page.getByRole("table", { name: "Beban kerja per PK" }).locator("tbody tr")).toHaveCount(Number(n));
  // The Kepala cannot edit capacity (admin only).
  await expect(page.getByRole("button", { name: "Simpan" })).toHaveCount(0);

  await page.goto("/clients");
  const nikRequests: string[] = [];
  page.on("request", (r) => { if (r.url().includes(NIK)) nikRequests.push(r.url()); });
  await page.getByLabel("Cari dengan NIK").fill(NIK);
  await page.getByRole("button", { name: "Cari NIK" }).click();
  await expect(page.getByRole("list", { name: "Hasil pencarian NIK" }).getByRole("link", { name: NAME })).toBeVisible();
  expect(nikRequests).toEqual([]);
  expect(page.url()).not.toContain(NIK);

});

test("transfer between offices: origin requests, target accepts, the file moves; the target's admin removes the test client", async ({ browser }) => {
  const [c] = await sql<{ id: string }>(`SELECT id FROM "Client" WHERE "fullName" = $1`, [NAME]);
  const origin = await (await newContext(browser)).newPage();
  await loginAndWait(origin, "kepala.jks@bimbing.id");
  await origin.goto(`/clients/${c.id}`);
  await origin.getByRole("link", { name: "Pindahkan" }).click();
  await origin.getByLabel("Bapas tujuan").selectOption({ label: "Bapas Kelas I Makassar" });
  await origin.getByLabel("Alasan pelimpahan").fill("Klien pindah domisili ke Makassar");
  await origin.getByRole("button", { name: "Kirim permintaan" }).click();
  await expect(origin.getByText("Permintaan pelimpahan bimbingan dikirim.")).toBeVisible();
  const outgoing = origin.getByRole("region", { name: "Keluar" });
  await expect(outgoing.getByText(NAME)).toBeVisible();
  await expect(outgoing.getByText("Menunggu jawaban")).toBeVisible();

  const target = await (await newContext(browser)).newPage();
  await loginAndWait(target, "kepala.mks@bimbing.id");
  await target.getByRole("link", { name: "Pelimpahan bimbingan" }).first().click();
  const item = target.locator("li", { hasText: NAME });
  await item.getByRole("button", { name: "Terima" }).click();
  await expect(item.getByText("Diterima")).toBeVisible();
  await item.getByRole("link", { name: NAME }).click();
  await expect(target.getByRole("heading", { level: 1, name: NAME })).toBeVisible();
  await expect(target.getByText(/\/PK\/MKS\//).first()).toBeVisible();

  // The origin keeps the record but no longer opens the file.
  await origin.goto("/transfers");
  await expect(origin.locator("li", { hasText: NAME }).getByText("Diterima")).toBeVisible();
  await expect(origin.locator("li", { hasText: NAME }).getByRole("link")).toHaveCount(0);
  expect((await origin.goto(`/clients/${c.id}`))?.status()).toBe(404);
  await origin.context().close();
  await target.context().close();

  // Clean-up through the UI: the new office's admin soft-deletes the test client.
  const admin = await (await newContext(browser)).newPage();
  await loginAndWait(admin, "admin.mks@bimbing.id");
  await admin.goto(`/clients/${c.id}/status`);
  await admin.getByLabel("Alasan penghapusan").fill("Data uji otomatis");
  admin.once("dialog", (d) => d.accept());
  await admin.getByRole("button", { name: "Hapus klien" }).click();
  await expect(admin).toHaveURL(/\/clients\?deleted=1/);
  const [gone] = await sql<{ deletedAt: Date | null; assignedPkId: string | null }>(`SELECT "deletedAt", "assignedPkId" FROM "Client" WHERE id = $1`, [c.id]);
  expect(gone.deletedAt).not.toBeNull();
  expect(gone.assignedPkId).toBeNull();
  expect((await admin.goto(`/clients/${c.id}`))?.status()).toBe(404);
  await admin.context().close();
});
