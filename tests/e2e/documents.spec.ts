import { expect, test } from "./fixtures";
import { expectAccessible, loginAndWait, sql } from "./support";

// A document attached to a case round-trips on a phone: upload, list, download (audited, an
// attachment with safe headers); a wrong type, an oversized file and a cross-site post are refused.

const PK = "rina.wulandari@bimbing.id";
const PDF = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

test.use({ viewport: { width: 390, height: 844 } });

test("an SK uploaded to the case is listed, downloads as an attachment and is audited; bad files are refused", async ({ page }) => {
  const [client] = await sql<{ id: string }>(
    `SELECT c.id FROM "Client" c JOIN "User" u ON u.id = c."assignedPkId" WHERE u.email = $1 AND c.status = 'AKTIF' AND c."deletedAt" IS NULL ORDER BY c."registerNumber" LIMIT 1`, [PK],
  );
  const title = `SK PB uji ${Date.now()}`;
  try {
    await loginAndWait(page, PK);
    await page.goto(`/clients/${client.id}`);
    const form = page.getByRole("form", { name: "Unggah dokumen" });
    await form.scrollIntoViewIfNeeded();

    // A page disguised as a PDF, then a file over 10 MB: refused with a reason.
    await form.getByLabel("Berkas").setInputFiles({ name: "surat.pdf", mimeType: "application/pdf", buffer: Buffer.from("<html><script>alert(1)</script></html>") });
    await form.getByRole("button", { name: "Unggah dokumen" }).click();
    await expect(form.getByText("Jenis berkas tidak diterima: unggah PDF, JPEG atau PNG.").first()).toBeVisible();
    const big = Buffer.alloc(10 * 1024 * 1024 + 100 * 1024);
    PDF.copy(big);
    await form.getByLabel("Berkas").setInputFiles({ name: "besar.pdf", mimeType: "application/pdf", buffer: big });
    await form.getByRole("button", { name: "Unggah dokumen" }).click();
    await expect(form.getByText(/paling besar 10 MB/).first()).toBeVisible();

    await form.getByLabel("Jenis dokumen").selectOption("SK");
    await form.getByLabel("Judul (opsional)").fill(title);
    await form.getByLabel("Berkas").setInputFiles({ name: "sk.pdf", mimeType: "application/pdf", buffer: PDF });
    await form.getByRole("button", { name: "Unggah dokumen" }).click();
    await expect(form.getByText("Dokumen tersimpan.")).toBeVisible();
    const item = page.getByRole("listitem").filter({ hasText: title });
    await expect(item).toBeVisible();
    await expectAccessible(page);

    const href = await item.getByRole("link", { name: "Unduh" }).getAttribute("href");
    const res = await page.request.get(href!);
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toBe("application/pdf");
    expect(res.headers()["content-disposition"]).toMatch(/^attachment; filename="SK-PB-uji-\d+\.pdf"$/);
    expect(res.headers()["x-content-type-options"]).toBe("nosniff");
    expect(Buffer.from(await res.body()).equals(PDF)).toBe(true);
    const [{ n }] = await sql<{ n: string }>(`SELECT count(*) AS n FROM "AuditEvent" WHERE action = 'document.download' AND "entityId" = $1`, [href!.split("/").pop()]);
    expect(Number(n)).toBe(1);

    // A post from another site is refused, whatever the session.
    const cross = await page.request.post(`/api/clients/${client.id}/documents`, { headers: { Origin: "https://evil.example" }, multipart: { kind: "SK", file: { name: "x.pdf", mimeType: "application/pdf", buffer: PDF } } });
    expect(cross.status()).toBe(403);
  } finally {
    await sql(`DELETE FROM "DocumentContent" WHERE "documentId" IN (SELECT id FROM "ClientDocument" WHERE "clientId" = $1)`, [client.id]);
    await sql(`DELETE FROM "ClientDocument" WHERE "clientId" = $1`, [client.id]);
  }
});

test("the kartu bimbingan and the kontrak bimbingan print from the client file, for the client's PK only", async ({ page }) => {
  const [client] = await sql<{ id: string; registerNumber: string }>(
    `SELECT c.id, c."registerNumber" FROM "Client" c JOIN "User" u ON u.id = c."assignedPkId" WHERE u.email = $1 AND c.status = 'AKTIF' AND c."deletedAt" IS NULL ORDER BY c."registerNumber" LIMIT 1`, [PK],
  );
  await loginAndWait(page, PK);
  await page.goto(`/clients/${client.id}`);
  for (const [link, path] of [["Kartu bimbingan (PDF)", "kartu-bimbingan"], ["Kontrak bimbingan (PDF)", "kontrak-bimbingan"]] as const) {
    await expect(page.getByRole("link", { name: link })).toHaveAttribute("href", `/api/clients/${client.id}/${path}`);
    const res = await page.request.get(`/api/clients/${client.id}/${path}`);
    expect([res.status(), res.headers()["content-type"], res.headers()["cache-control"]]).toEqual([200, "application/pdf", "private, no-store"]);
    expect((await res.body()).subarray(0, 5).toString()).toBe("%PDF-");
  }
  expect(await sql(`SELECT 1 FROM "AuditEvent" WHERE action = 'client.card.download' AND "entityId" = $1`, [client.id])).not.toHaveLength(0);
  // Another PK of the office, and another office's PK, get nothing.
  for (const other of ["budi.santoso@bimbing.id", "andi.pratama@bimbing.id"]) {
    await page.context().clearCookies();
    await loginAndWait(page, other);
    expect((await page.request.get(`/api/clients/${client.id}/kartu-bimbingan`)).status()).toBe(404);
  }
});
