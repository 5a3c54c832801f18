import { expect, test } from "./fixtures";
import { expectAccessible, loginAndWait, sql } from "./support";

// Issue 14 part A: a group session with five clients, recorded once on a phone, shows in each
// client's buku perkembangan. The session is removed afterwards (its audit rows stay, as audit does).

const PK = "budi.santoso@bimbing.id";

test.describe("group sessions on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("a group session with 5 clients, recorded once, shows in each client's buku perkembangan", async ({ page }) => {
    const topic = `Pengendalian amarah uji e2e ${Date.now()}`;
    const clients = await sql<{ id: string; fullName: string; registerNumber: string }>(
      `SELECT c.id, c."fullName", c."registerNumber" FROM "Client" c JOIN "User" u ON u.id = c."assignedPkId"
       WHERE u.email = $1 AND c.status = 'AKTIF' AND c."deletedAt" IS NULL ORDER BY c."registerNumber" LIMIT 5`,
      [PK],
    );
    expect(clients).toHaveLength(5);
    try {
      await loginAndWait(page, PK);
      await page.goto("/group-sessions");
      await page.getByRole("link", { name: "Catat sesi" }).first().click();
      await expect(page.getByRole("heading", { level: 1, name: "Catat sesi kelompok" })).toBeVisible();
      const form = page.getByRole("form", { name: "Catat sesi kelompok" });
      await form.getByLabel("Tempat").fill("Aula Bapas lantai 2");
      await form.getByLabel("Fasilitator").fill("Ibu Rina (psikolog)");
      await form.getByLabel("Pendekatan").selectOption("GROUP");
      await form.getByLabel("Materi").fill(topic);
      // Search, tick, and mark the last one absent.
      for (const c of clients) {
        await form.getByRole("searchbox", { name: "Cari klien" }).fill(c.registerNumber);
        await form.getByRole("checkbox", { name: `Peserta: ${c.fullName}` }).check();
      }
      await form.getByRole("searchbox", { name: "Cari klien" }).fill("");
      await form.getByRole("group", { name: `Kehadiran ${clients[4].fullName}` }).getByRole("button", { name: "Tidak hadir" }).click();
      await expect(form.getByText("5 peserta, 4 hadir.")).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await expectAccessible(page);
      await form.getByRole("button", { name: /Simpan sesi/ }).click();
      await expect(page.getByRole("heading", { level: 1, name: topic })).toBeVisible();
      await expect(page.getByText("4 hadir dari 5 peserta")).toBeVisible();

      const rows = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM "GroupSession" WHERE topic = $1`, [topic]);
      expect(rows[0].n).toBe(1);
      for (const [i, c] of clients.entries()) {
        await page.goto(`/clients/${c.id}/log`);
        const entry = page.locator("li[data-group-session]").filter({ hasText: topic });
        await expect(entry).toHaveCount(1);
        await expect(entry.getByText(i === 4 ? "Tidak hadir" : "Hadir", { exact: true })).toBeVisible();
      }
    } finally {
      await sql(`DELETE FROM "GroupSession" WHERE topic = $1`, [topic]);
    }
  });
});
