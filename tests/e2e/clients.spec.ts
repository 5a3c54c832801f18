import { expect, test } from "./fixtures";
import { expectAccessible, loginAndWait, sql } from "./support";

test("a PK's list shows only their own caseload", async ({ page }) => {
  const [{ n }] = await sql<{ n: string }>(
    `SELECT count(*) AS n FROM "Client" c JOIN "User" u ON u.id = c."assignedPkId" WHERE u.email = $1 AND c.status = 'AKTIF' AND c."deletedAt" IS NULL`,
    ["rina.wulandari@bimbing.id"],
  );
  await loginAndWait(page, "rina.wulandari@bimbing.id");
  await page.goto("/clients");
  await expect(page.getByRole("heading", { level: 1, name: "Klien & layanan saya" })).toBeVisible();
  const rows = page.getByRole("table", { name: "Daftar klien" }).locator("tbody tr");
  await expect(rows).toHaveCount(Math.min(Number(n), 25));
  await expectAccessible(page);
});

test("the Kepala searches by name and register number, filters, and pages through", async ({ page }) => {
  const [c] = await sql<{ fullName: string; registerNumber: string }>(
    `SELECT c."fullName", c."registerNumber" FROM "Client" c JOIN "Office" o ON o.id = c."officeId" WHERE o.code = 'JKS' AND c.status = 'AKTIF' ORDER BY c."registerNumber" LIMIT 1`,
  );
  await loginAndWait(page, "kepala.jks@bimbing.id");
  await page.goto("/clients");
  const table = page.getByRole("table", { name: "Daftar klien" });

  // Partial, case-insensitive name search.
  const part = c.fullName.split(" ")[0].toLowerCase();
  await page.getByLabel("Cari nama, nomor register atau NIK").fill(part);
  await page.getByRole("button", { name: "Terapkan" }).click();
  await expect(table.getByRole("link", { name: c.fullName })).toBeVisible();

  // Register number.
  await page.getByLabel("Cari nama, nomor register atau NIK").fill(c.registerNumber);
  await page.getByRole("button", { name: "Terapkan" }).click();
  await expect(table.locator("tbody tr")).toHaveCount(1);
  await expect(table.getByText(c.registerNumber)).toBeVisible();

  // Every status, all pages: keyset pagination visits each client exactly once.
  await page.goto("/clients?status=SEMUA");
  // The list streams in (loading.tsx): wait for the first full page before reading it.
  await expect(table.locator("tbody tr")).toHaveCount(25);
  const [{ n }] = await sql<{ n: string }>(`SELECT count(*) AS n FROM "Client" c JOIN "Office" o ON o.id = c."officeId" WHERE o.code = 'JKS' AND c."deletedAt" IS NULL`);
  const seen = new Set<string>();
  for (let i = 0; i < 10; i++) {
    for (const href of await table.locator("tbody tr a").evaluateAll((as) => as.map((a) => a.getAttribute("href")))) seen.add(href!);
    const next = page.getByRole("link", { name: "Berikutnya →" });
    if ((await next.count()) === 0) break;
    const firstBefore = await table.locator("tbody tr a").first().getAttribute("href");
    await next.click();
    await expect(table.locator("tbody tr a").first()).not.toHaveAttribute("href", firstBefore!);
  }
  expect(seen.size).toBe(Number(n));
  // And back.
  await page.getByRole("link", { name: "← Sebelumnya" }).click();
  await expect(table.locator("tbody tr")).toHaveCount(25);

  // A filter with no match shows what to do next.
  await page.goto("/clients?q=zzzz-tidak-ada");
  // Within the page's main region: while React streams the result in, a hidden copy of the same
  // text can sit outside it for a moment (CI saw two matches once).
  await expect(page.locator("#konten").getByText("Tidak ada klien yang cocok")).toBeVisible();
});

test("the Kepala's overview shows workloads; the admin's home shows users and the office", async ({ page }) => {
  await loginAndWait(page, "kepala.jks@bimbing.id");
  await expect(page.getByRole("heading", { name: "Beban kerja PK" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Beban kerja PK" }).getByText("Rina Wulandari, S.Psi.")).toBeVisible();
  await expectAccessible(page);

  await page.context().clearCookies();
  await loginAndWait(page, "admin.mks@bimbing.id");
  await expect(page.getByRole("table", { name: "Pengguna" }).getByText("andi.pratama@bimbing.id")).toBeVisible();
  await expect(page.getByRole("table", { name: "Pengguna" }).getByText("rina.wulandari@bimbing.id")).toHaveCount(0);
  await expect(page.getByText("WITA (Asia/Makassar)")).toBeVisible();
});

test("the list of people and cases: each kind of service, and every kind together", async ({ page }) => {
  const [{ n: litmas }] = await sql<{ n: number }>(
    `SELECT count(*)::int AS n FROM "Litmas" l JOIN "Office" o ON o.id = l."officeId" LEFT JOIN "Client" c ON c.id = l."clientId"
     WHERE o.code = 'JKS' AND l.status NOT IN ('APPROVED', 'CANCELLED') AND (c.id IS NULL OR c."deletedAt" IS NULL)`,
  );
  await loginAndWait(page, "kepala.jks@bimbing.id");
  await page.goto("/clients");
  await expect(page.getByRole("heading", { level: 1, name: "Klien & layanan" })).toBeVisible();
  const kinds = page.getByRole("navigation", { name: "Jenis layanan" });
  await expect(kinds.getByRole("link", { name: "Pembimbingan" })).toHaveAttribute("aria-current", "page");

  await kinds.getByRole("link", { name: "Litmas" }).click();
  const table = page.getByRole("table", { name: "Daftar klien dan layanan" });
  await expect(table.locator("tbody tr")).toHaveCount(Math.min(litmas, 25));
  for (const href of await table.locator("tbody tr a").evaluateAll((as) => as.map((a) => a.getAttribute("href")))) expect(href).toMatch(/^\/litmas\//);
  await expectAccessible(page);

  await kinds.getByRole("link", { name: "Semua layanan" }).click();
  await expect(table.locator("tbody tr")).toHaveCount(25);
  const hrefs = await table.locator("tbody tr a").evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
  expect(hrefs.some((h) => h.startsWith("/clients/"))).toBe(true);
});
