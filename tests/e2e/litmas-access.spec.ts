import { expect, test } from "./fixtures";
import { loginAndWait, sql } from "./support";

// Authorization is enforced in the data layer: these hold with proxy.ts switched off too.
async function approvedLitmasOf(pkEmail: string) {
  const [row] = await sql<{ id: string; fullName: string; number: string }>(
    `SELECT l.id, c."fullName", l.number FROM "Litmas" l JOIN "Client" c ON c.id = l."clientId" JOIN "User" u ON u.id = l."assignedPkId"
     WHERE u.email = $1 AND l.status = 'APPROVED' ORDER BY l.number LIMIT 1`,
    [pkEmail],
  );
  if (!row) throw new Error(`seed has no approved litmas for ${pkEmail}`);
  return row;
}

test("a PK opening another PK's litmas, or its PDF, gets not-found", async ({ page }) => {
  const other = await approvedLitmasOf("budi.santoso@bimbing.id");
  await loginAndWait(page, "rina.wulandari@bimbing.id");
  expect((await page.goto(`/litmas/${other.id}`))?.status()).toBe(404);
  expect((await page.goto(`/litmas/${other.id}/versions/1`))?.status()).toBe(404);
  expect((await page.request.get(`/api/litmas/${other.id}/pdf`)).status()).toBe(404);
  const own = await approvedLitmasOf("rina.wulandari@bimbing.id");
  expect((await page.request.get(`/api/litmas/${own.id}/pdf`)).status()).toBe(200);
});

test("another office's Kepala gets not-found for a litmas and its PDF; anonymous gets nothing", async ({ page }) => {
  const jks = await approvedLitmasOf("rina.wulandari@bimbing.id");
  // Anonymous: 401 from the route itself, or the proxy's redirect to the login page; never the PDF.
  const anon = await page.request.get(`/api/litmas/${jks.id}/pdf`, { maxRedirects: 0 });
  expect(anon.status() === 401 || (anon.status() >= 300 && anon.status() < 400)).toBe(true);
  expect(anon.headers()["content-type"] ?? "").not.toContain("application/pdf");
  await loginAndWait(page, "kepala.mks@bimbing.id");
  expect((await page.goto(`/litmas/${jks.id}`))?.status()).toBe(404);
  await expect(page.getByText(jks.fullName)).toHaveCount(0);
  expect((await page.request.get(`/api/litmas/${jks.id}/pdf`)).status()).toBe(404);
});
