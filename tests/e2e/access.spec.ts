import { expect, test } from "./fixtures";
import { loginAndWait, sql } from "./support";

// Authorization is enforced in the data layer: these hold with proxy.ts removed too.
async function clientOf(pkEmail: string) {
  const [row] = await sql<{ id: string; fullName: string }>(
    `SELECT c.id, c."fullName" FROM "Client" c JOIN "User" u ON u.id = c."assignedPkId" WHERE u.email = $1 AND c.status = 'AKTIF' ORDER BY c."fullName" LIMIT 1`,
    [pkEmail],
  );
  if (!row) throw new Error(`seed has no client for ${pkEmail}`);
  return row;
}

test("a PK opening another PK's client gets not-found", async ({ page }) => {
  const other = await clientOf("budi.santoso@bimbing.id");
  await loginAndWait(page, "rina.wulandari@bimbing.id");
  const res = await page.goto(`/clients/${other.id}`);
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Klien tidak ditemukan" }).or(page.getByText("Klien tidak ditemukan"))).toBeVisible();
  await expect(page.getByText(other.fullName)).toHaveCount(0);
});

test("a PK opens their own client's file", async ({ page }) => {
  const own = await clientOf("rina.wulandari@bimbing.id");
  await loginAndWait(page, "rina.wulandari@bimbing.id");
  await page.goto(`/clients/${own.id}`);
  await expect(page.getByRole("heading", { level: 1, name: own.fullName })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Identitas" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Tahap bimbingan" })).toBeVisible();
});

test("a Kepala opening another office's client gets not-found", async ({ page }) => {
  const makassar = await clientOf("andi.pratama@bimbing.id");
  await loginAndWait(page, "kepala.jks@bimbing.id");
  const res = await page.goto(`/clients/${makassar.id}`);
  expect(res?.status()).toBe(404);
  await expect(page.getByText(makassar.fullName)).toHaveCount(0);
});

test("an admin opening another office's client gets not-found", async ({ page }) => {
  const jakarta = await clientOf("rina.wulandari@bimbing.id");
  await loginAndWait(page, "admin.mks@bimbing.id");
  const res = await page.goto(`/clients/${jakarta.id}`);
  expect(res?.status()).toBe(404);
});

test("a Kepala opens a client of their own office, and the view is audited", async ({ page }) => {
  const own = await clientOf("budi.santoso@bimbing.id");
  const before = await sql<{ n: string }>(`SELECT count(*) AS n FROM "AuditEvent" WHERE action = 'client.view' AND "clientId" = $1`, [own.id]);
  await loginAndWait(page, "kepala.jks@bimbing.id");
  await page.goto(`/clients/${own.id}`);
  await expect(page.getByRole("heading", { level: 1, name: own.fullName })).toBeVisible();
  const after = await sql<{ n: string }>(`SELECT count(*) AS n FROM "AuditEvent" WHERE action = 'client.view' AND "clientId" = $1`, [own.id]);
  expect(Number(after[0].n)).toBe(Number(before[0].n) + 1);
});
