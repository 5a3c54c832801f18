import { expect, test } from "./fixtures";
import { expectAccessible, loginAndWait, sql } from "./support";

// The Kepala's dashboard, the audit viewer and the exports (issue 13), on the seeded demo data.

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the Kepala's dashboard: what waits first, charts with their tables, no serious axe violation", async ({ page }) => {
    await loginAndWait(page, "kepala.jks@bimbing.id");
    const waiting = page.getByRole("region", { name: "Menunggu Anda" });
    await expect(waiting).toBeVisible();
    await expect(page.getByRole("heading", { name: "Layanan berjalan saat ini" })).toBeVisible();
    // A segment links to the list it counts.
    await expect(page.locator('svg a[href="/clients?kind=GUIDANCE"]')).toHaveCount(1);
    await expect(page.getByRole("table", { name: "Tabel: Klien aktif per program" })).toBeAttached();
    await page.screenshot({ path: "test-results/screens/kepala-dashboard-390.png", fullPage: true });
    await expectAccessible(page);
  });

  test("the period filter keeps its choice", async ({ page }) => {
    await loginAndWait(page, "kepala.jks@bimbing.id");
    await page.getByRole("combobox", { name: "Periode", exact: true }).selectOption("tahun");
    await page.getByRole("button", { name: "Tampilkan" }).click();
    await expect(page).toHaveURL(/periode=tahun/);
    await expect(page.getByText(/^Tahun ini: /).first()).toBeVisible();
  });

  test("the audit viewer passes axe", async ({ page }) => {
    await loginAndWait(page, "kepala.jks@bimbing.id");
    // Opening a client file is audited: the viewer then has a person to show.
    const [client] = await sql<{ id: string }>(`SELECT c.id FROM "Client" c JOIN "Office" o ON o.id = c."officeId" WHERE o.code = 'JKS' AND c."deletedAt" IS NULL LIMIT 1`);
    await page.goto(`/clients/${client.id}`);
    await page.goto("/audit");
    await expect(page.getByRole("heading", { level: 1, name: "Jejak audit" })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("link", { name: "Orang terdampak" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Orang terdampak" })).toBeVisible();
    await page.getByLabel("Dari tanggal").fill("2000-01-01");
    await page.getByRole("button", { name: "Terapkan" }).click();
    await expect(page).toHaveURL(/view=terdampak/);
    await expect(page.getByRole("table", { name: "Orang terdampak" })).toBeVisible();
    await expectAccessible(page);
  });
});

test("the dashboard at 1366x900", async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await loginAndWait(page, "kepala.jks@bimbing.id");
  await page.screenshot({ path: "test-results/screens/kepala-dashboard-1366.png", fullPage: true });
  await expectAccessible(page);
});

test("a PK's export holds only their clients, NIK masked; the audit viewer and the audit export are closed to a PK", async ({ page }) => {
  await loginAndWait(page, "rina.wulandari@bimbing.id");
  const res = await page.request.get("/api/export/klien?format=csv&status=SEMUA");
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toContain("text/csv");
  const csv = await res.text();
  const own = await sql<{ registerNumber: string }>(
    `SELECT c."registerNumber" FROM "Client" c JOIN "User" u ON u.id = c."assignedPkId" WHERE u.email = $1 AND c."deletedAt" IS NULL`, ["rina.wulandari@bimbing.id"]);
  const others = await sql<{ registerNumber: string }>(
    `SELECT c."registerNumber" FROM "Client" c LEFT JOIN "User" u ON u.id = c."assignedPkId" WHERE (u.email IS NULL OR u.email <> $1)`, ["rina.wulandari@bimbing.id"]);
  const lines = csv.trim().split("\r\n");
  expect(lines).toHaveLength(own.length + 1);
  for (const o of others) expect(csv).not.toContain(o.registerNumber);
  expect(csv).not.toMatch(/\d{16}/);
  expect((await page.request.get("/api/export/audit?format=xlsx")).status()).toBe(404);
  expect((await page.goto("/audit"))?.status()).toBe(404);
});

test("the laporan bulanan downloads as PDF and Excel for the Kepala, not for a PK", async ({ page }) => {
  // Last month and yesterday in the office's zone, from the same clock the server reads (never a fixed date).
  const [{ month, day }] = await sql<{ month: string; day: string }>(
    `SELECT to_char(date_trunc('month', now() AT TIME ZONE 'Asia/Jakarta') - interval '1 day', 'YYYY-MM') AS month,
            to_char((now() AT TIME ZONE 'Asia/Jakarta')::date - 1, 'YYYY-MM-DD') AS day`);
  await loginAndWait(page, "kepala.jks@bimbing.id");
  const pdf = await page.request.get(`/api/reports/monthly?bulan=${month}&format=pdf`);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
  const xlsx = await page.request.get(`/api/reports/monthly?bulan=${month}&format=xlsx`);
  expect(xlsx.status()).toBe(200);
  expect((await xlsx.body()).subarray(0, 2).toString()).toBe("PK");
  const daily = await page.request.get(`/api/reports/daily?tanggal=${day}&format=pdf`);
  expect(daily.status()).toBe(200);
  expect(daily.headers()["content-disposition"]).toContain(`laporan-harian-jks-${day}.pdf`);
  expect((await daily.body()).subarray(0, 5).toString()).toBe("%PDF-");
  await page.context().clearCookies();
  await loginAndWait(page, "budi.santoso@bimbing.id");
  expect((await page.request.get("/api/reports/monthly?format=pdf")).status()).toBe(404);
  expect((await page.request.get("/api/reports/daily?format=xlsx")).status()).toBe(404);
});

test.describe("the retention review on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the Kepala anonymises a file past retention: typed confirmation first, then the name is gone and the list is shorter", async ({ page }) => {
    await loginAndWait(page, "kepala.jks@bimbing.id");
    await page.goto("/audit/retensi");
    await expect(page.getByRole("heading", { level: 1, name: "Tinjauan masa simpan" })).toBeVisible();
    const item = page.getByRole("listitem").filter({ hasText: "Sutrisno Wibowo" });
    await expect(item).toBeVisible();
    await expectAccessible(page);
    await item.getByText("Anonimkan", { exact: true }).first().click();
    const form = item.getByRole("form", { name: "Anonimkan data Sutrisno Wibowo" });
    await form.getByLabel("Dasar anonimisasi").fill("Masa simpan 10 tahun lewat, tidak ada perkara berjalan");
    await form.getByRole("button", { name: "Anonimkan" }).click();
    await expect(form.getByText("Ketik ANONIMKAN untuk memastikan. Anonimisasi tidak dapat dibatalkan.")).toBeVisible();
    const [before] = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM "Person" WHERE "fullName" = 'Sutrisno Wibowo'`);
    expect(before.n).toBe(1);
    await form.getByLabel("Ketik ANONIMKAN untuk memastikan").fill("ANONIMKAN");
    await form.getByRole("button", { name: "Anonimkan" }).click();
    await expect(page.getByRole("listitem").filter({ hasText: "Sutrisno Wibowo" })).toHaveCount(0);
    const [after] = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM "Person" WHERE "fullName" = 'Sutrisno Wibowo'`);
    expect(after.n).toBe(0);
    const [audited] = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM "AuditEvent" WHERE action = 'person.anonymise'`);
    expect(audited.n).toBe(1);
    await page.screenshot({ path: "test-results/screens/retention-390.png", fullPage: true });
  });
});
