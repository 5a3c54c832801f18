import { expect, test } from "./fixtures";
import { expectAccessible, loginAndWait, sql } from "./support";

// Guidance contacts, wajib lapor and the inbox. Each journey uses a client picked by a condition
// no other spec relies on and removes what it added.

const PK = "rina.wulandari@bimbing.id";

async function activeClientOf(pkEmail: string, extra = "") {
  const [row] = await sql<{ id: string; fullName: string }>(
    `SELECT c.id, c."fullName" FROM "Client" c JOIN "User" u ON u.id = c."assignedPkId"
     WHERE u.email = $1 AND c.status = 'AKTIF' AND c."deletedAt" IS NULL ${extra} ORDER BY c."fullName" DESC LIMIT 1`,
    [pkEmail],
  );
  if (!row) throw new Error(`seed has no matching client for ${pkEmail}`);
  return row;
}

const contactsWith = async (note: string) =>
  sql<{ id: string; latitude: number | null; accuracyMeters: number | null; type: string; subject: string; outcome: string | null; local: string }>(
    `SELECT id, latitude, "accuracyMeters", type, subject, outcome, to_char("occurredAt" AT TIME ZONE 'Asia/Jakarta', 'HH24.MI') AS local FROM "Contact" WHERE notes = $1`,
    [note],
  );

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, geolocation: { latitude: -6.2607, longitude: 106.8453, accuracy: 20 }, permissions: ["geolocation"] });

  test("a PK logs a home visit with the family (arahan keluarga) and its location in a few taps", async ({ page }) => {
    const client = await activeClientOf(PK);
    const note = `Kunjungan rumah uji e2e ${Date.now()}: klien di rumah, bekerja sebagai ojek daring.`;
    await loginAndWait(page, PK);
    await page.goto(`/clients/${client.id}`);
    await page.getByRole("link", { name: "Catat kontak" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Catat kontak" })).toBeVisible();
    await expectAccessible(page);

    await page.getByLabel("Tanggal dan jam").fill("kemarin 09.15");
    await expect(page.getByText(/Tercatat: .* 09\.15 WIB/)).toBeVisible();
    await expect(page.getByRole("radio", { name: "Kunjungan rumah" })).toBeChecked();
    await page.getByRole("button", { name: "Ambil lokasi" }).click();
    await expect(page.getByText("Lokasi tercatat (akurasi ± 20 m)")).toBeVisible();
    await page.getByRole("radio", { name: "Hadir", exact: true }).check();
    // With the family: who was there is asked for, one row ready to type into (decision 0022).
    await page.getByRole("radio", { name: "Keluarga", exact: true }).check();
    await page.getByLabel("Nama peserta 1").fill("Siti Aminah");
    await page.getByLabel("Hubungan/jabatan").fill("Ibu kandung");
    await expect(page.getByLabel("Jenis bimbingan")).toHaveValue("SOSIAL");
    await page.getByLabel("Catatan").fill(note);
    // The whole form fits a phone: no sideways scrolling.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.getByRole("button", { name: "Simpan kontak" }).click();

    await expect(page).toHaveURL(new RegExp(`/clients/${client.id}\\?kontak=tersimpan`));
    await expect(page.getByText("Kontak tersimpan di buku perkembangan bimbingan.")).toBeVisible();
    await expect(page.getByText(note)).toBeVisible();
    const rows = await contactsWith(note);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ type: "KUNJUNGAN_RUMAH", subject: "KELUARGA", outcome: "HADIR", accuracyMeters: 20, local: "09.15" });
    expect(rows[0].latitude).toBeCloseTo(-6.2607, 4);

    // The printable guidance log lists it.
    await page.goto(`/clients/${client.id}/log`);
    await expect(page.getByRole("heading", { level: 1, name: "Buku perkembangan bimbingan" })).toBeVisible();
    await expect(page.getByText(note)).toBeVisible();
    const entry = page.locator("li", { hasText: note });
    await expect(entry).toContainText("Bersama keluarga");
    await expect(entry).toContainText("Yang hadir: Siti Aminah (Ibu kandung)");
    // Printed: the letterhead with the title and the signature block show; the app's chrome does not.
    await expect(page.getByText("Dicetak dari Bimbing oleh")).toBeHidden();
    await page.emulateMedia({ media: "print" });
    await expect(page.locator("[data-letterhead]")).toBeVisible();
    await expect(page.locator("[data-letterhead]")).toContainText("Buku perkembangan bimbingan");
    await expect(page.locator("[data-signatures]")).toContainText("Mengetahui,");
    await expect(page.getByText("Dicetak dari Bimbing oleh")).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Menu utama" }).first()).toBeHidden();
    await page.emulateMedia({ media: "screen" });
    await sql(`DELETE FROM "Contact" WHERE notes = $1`, [note]);
  });
});

test("a save made offline stays on the device and is sent once when back online", async ({ page, context }) => {
  const client = await activeClientOf(PK, `AND c.id <> (SELECT c2.id FROM "Client" c2 JOIN "User" u2 ON u2.id = c2."assignedPkId" WHERE u2.email = '${PK}' AND c2.status = 'AKTIF' ORDER BY c2."fullName" DESC LIMIT 1)`);
  const note = `Telepon uji luring ${Date.now()}: klien mengabarkan sakit.`;
  await loginAndWait(page, PK);
  await page.goto(`/clients/${client.id}/contacts/new`);
  await page.getByRole("radio", { name: "Telepon/video" }).check();
  await page.getByLabel("Catatan").fill(note);

  await context.setOffline(true);
  await page.getByRole("button", { name: "Simpan kontak" }).click();
  await expect(page.getByText(/Tersimpan di perangkat, belum terkirim \(tidak ada koneksi\)/)).toBeVisible();
  const outbox = page.getByRole("region", { name: "Kontak belum terkirim" });
  await expect(outbox).toContainText("1 catatan kontak belum terkirim");
  await expect(outbox).toContainText("belum terkirim");
  expect(await contactsWith(note)).toHaveLength(0);

  await context.setOffline(false);
  await expect(page.getByText("1 catatan kontak yang tertunda telah terkirim.")).toBeVisible();
  await expect(outbox).toHaveCount(0);
  expect(await contactsWith(note)).toHaveLength(1);

  // Reloading (another flush attempt) and a resend of the same entry add nothing. The entry is put
  // in the former localStorage outbox: it moves once to the signed-in officer's outbox and is sent.
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Catat kontak" })).toBeVisible();
  const [{ key }] = await sql<{ key: string }>(`SELECT "idempotencyKey" AS key FROM "Contact" WHERE notes = $1`, [note]);
  await page.evaluate(([k, clientId, n]) => {
    localStorage.setItem("bimbing.outbox.v1", JSON.stringify([{ key: k, clientId, clientName: "x", savedAt: new Date().toISOString(), payload: { clientId, idempotencyKey: k, occurredAt: new Date().toISOString(), type: "TELEPON_VIDEO", outcome: "HADIR", notes: n } }]));
  }, [key, client.id, note]);
  await page.reload();
  await expect(page.getByText("1 catatan kontak yang tertunda telah terkirim.")).toBeVisible();
  expect(await contactsWith(note)).toHaveLength(1);
  expect(await page.evaluate(() => localStorage.getItem("bimbing.outbox.v1"))).toBeNull();
  await sql(`DELETE FROM "Contact" WHERE notes = $1`, [note]);
});

test("wajib lapor: no made-up history; a closed window waits for the PK, whose three confirmed mangkir raise one proposal", async ({ page }) => {
  // An active client without wajib lapor yet, whose guidance began over five weeks ago.
  const [client] = await sql<{ id: string; fullName: string; pk: string }>(
    `SELECT c.id, c."fullName", u.email AS pk FROM "Client" c JOIN "User" u ON u.id = c."assignedPkId" JOIN "Office" o ON o.id = c."officeId"
     WHERE o.code = 'JKS' AND c.status = 'AKTIF' AND c."deletedAt" IS NULL AND c."guidanceStart" <= CURRENT_DATE - 42 AND c."guidanceEnd" > CURRENT_DATE + 7
       AND NOT EXISTS (SELECT 1 FROM "ReportingSchedule" s WHERE s."clientId" = c.id)
       AND NOT EXISTS (SELECT 1 FROM "RevocationProceeding" r WHERE r."clientId" = c.id)
     ORDER BY c."registerNumber" DESC LIMIT 1`,
  );
  expect(client, "seed has an active client without a reporting schedule").toBeTruthy();
  const cleanup = async () => {
    await sql(`DELETE FROM "Violation" WHERE "clientId" = $1`, [client.id]);
    await sql(`DELETE FROM "RevocationProceeding" WHERE "clientId" = $1`, [client.id]);
    await sql(`DELETE FROM "ReportingAttendance" WHERE "clientId" = $1`, [client.id]);
    await sql(`DELETE FROM "ReportingSchedule" WHERE "clientId" = $1`, [client.id]);
  };
  try {
    await loginAndWait(page, client.pk);
    await page.goto(`/clients/${client.id}`);
    await page.getByRole("link", { name: "Wajib lapor" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Wajib lapor" })).toBeVisible();
    // A schedule that starts in the past is refused: it would make up missed reports.
    const [{ start }] = await sql<{ start: string }>(`SELECT to_char((now() AT TIME ZONE 'Asia/Jakarta')::date - 35, 'YYYY-MM-DD') AS start`);
    const form = page.getByRole("form", { name: "Atur jadwal wajib lapor" });
    await form.getByLabel("Frekuensi").selectOption("WEEKLY");
    await form.getByLabel("Berlaku mulai").fill(start);
    await form.getByRole("button", { name: "Simpan jadwal" }).click();
    await expect(form.getByText("Jadwal wajib lapor mulai hari ini atau sesudahnya.")).toBeVisible();
    expect(await sql(`SELECT 1 FROM "ReportingSchedule" WHERE "clientId" = $1`, [client.id])).toHaveLength(0);

    // The schedule as it was kept on paper five weeks ago: weekly, so reports were due 28, 21, 14 and 7 days ago.
    await sql(`INSERT INTO "ReportingSchedule" (id, "clientId", frequency, "startsOn") VALUES ($1, $2, 'WEEKLY', $3::date)`, [`e2e-${client.id}`, client.id, start]);
    await page.reload();
    const confirm = page.getByRole("region", { name: "Perlu konfirmasi: tidak lapor" });
    const forms = confirm.getByRole("form", { name: /^Konfirmasi mangkir/ });
    await expect(forms.first()).toBeVisible();
    const waiting = await forms.count();
    expect(waiting).toBeGreaterThanOrEqual(3);
    expect(await sql(`SELECT 1 FROM "Violation" WHERE "clientId" = $1`, [client.id])).toHaveLength(0); // nothing before the PK confirms
    await expectAccessible(page);

    // A reason is required; then the three oldest are confirmed one by one.
    await forms.first().getByRole("button", { name: "Konfirmasi mangkir" }).click();
    await expect(forms.first().getByText(/Tulis tindak lanjut/)).toBeVisible();
    for (let i = 0; i < 3; i++) {
      await forms.first().getByRole("textbox").fill("Ditelepon dua kali tidak aktif; kunjungan rumah, klien tidak di alamat.");
      await forms.first().getByRole("button", { name: "Konfirmasi mangkir" }).click();
      await expect(forms).toHaveCount(waiting - i - 1);
    }
    const register = page.getByRole("table", { name: "Daftar lapor diri" });
    await expect(register.getByText("Mangkir", { exact: true })).toHaveCount(3);
    await expect(page.getByRole("status", { name: "Peringatan klien" })).toContainText("Mangkir wajib lapor 3 kali berturut-turut");
    const violations = await sql<{ n: string }>(`SELECT count(*) AS n FROM "Violation" WHERE "clientId" = $1 AND NOT "raisedBySystem" AND "revocationId" IS NOT NULL`, [client.id]);
    expect(Number(violations[0].n)).toBe(3);

    await page.getByRole("link", { name: "Tugas saya" }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: "Tugas saya" })).toBeVisible();
    await expectAccessible(page);
    const item = page.getByRole("listitem").filter({ hasText: client.fullName }).filter({ hasText: "Periksa usulan pencabutan" });
    await expect(item).toHaveCount(1);
    await item.getByRole("link", { name: "Buka proses" }).click();
    await expect(page.getByRole("heading", { level: 1, name: `Proses pencabutan: ${client.fullName}` })).toBeVisible();
    await expect(page.getByText("Usulan, menunggu pemeriksaan PK")).toBeVisible();
    await expectAccessible(page);
    // Reading again raises nothing new.
    await page.goto("/tasks");
    const [{ n }] = await sql<{ n: string }>(`SELECT count(*) AS n FROM "RevocationProceeding" WHERE "clientId" = $1`, [client.id]);
    expect(Number(n)).toBe(1);
  } finally {
    await cleanup();
  }
});

test("a PK cannot log a contact for another PK's client", async ({ page }) => {
  const other = await activeClientOf("budi.santoso@bimbing.id");
  await loginAndWait(page, PK);
  const res = await page.goto(`/clients/${other.id}/contacts/new`);
  expect(res?.status()).toBe(404);
  const res2 = await page.goto(`/clients/${other.id}/reporting`);
  expect(res2?.status()).toBe(404);
  await expect(page.getByText(other.fullName)).toHaveCount(0);
});

test("the front desk records a walk-in's arrival with one tap, once", async ({ page }) => {
  // An active JKS client without wajib lapor (the other end of the list from the journey above), given a
  // weekly schedule from 7 days ago: due today, its window open.
  const [client] = await sql<{ id: string; fullName: string; registerNumber: string }>(
    `SELECT c.id, c."fullName", c."registerNumber" FROM "Client" c JOIN "Office" o ON o.id = c."officeId"
     WHERE o.code = 'JKS' AND c.status = 'AKTIF' AND c."deletedAt" IS NULL AND c."guidanceStart" <= CURRENT_DATE - 14 AND c."guidanceEnd" > CURRENT_DATE + 7
       AND NOT EXISTS (SELECT 1 FROM "ReportingSchedule" s WHERE s."clientId" = c.id)
     ORDER BY c."registerNumber" ASC LIMIT 1`,
  );
  expect(client, "seed has an active client without a reporting schedule").toBeTruthy();
  await sql(`INSERT INTO "ReportingSchedule" (id, "clientId", frequency, "startsOn") VALUES ($1, $2, 'WEEKLY', (now() AT TIME ZONE 'Asia/Jakarta')::date - 7)`, [`e2e-desk-${client.id}`, client.id]);
  try {
    await loginAndWait(page, "admin.jks@bimbing.id");
    await page.getByRole("link", { name: "Lapor diri", exact: true }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: "Lapor diri hari ini" })).toBeVisible();
    await page.getByRole("searchbox", { name: /Cari klien yang datang/ }).fill(client.registerNumber);
    await page.getByRole("button", { name: "Cari" }).click();
    const found = page.getByRole("region", { name: /^Hasil pencarian/ });
    await found.getByRole("button", { name: `Catat hadir ${client.fullName}` }).click();
    await expect(found.getByText("Sudah lapor hari ini")).toBeVisible();
    await expectAccessible(page);
    const rows = await sql<{ status: string; channel: string }>(`SELECT status, channel FROM "ReportingAttendance" WHERE "clientId" = $1`, [client.id]);
    expect(rows).toEqual([{ status: "HADIR", channel: "KANTOR" }]);
  } finally {
    await sql(`DELETE FROM "ReportingAttendance" WHERE "clientId" = $1`, [client.id]);
    await sql(`DELETE FROM "ReportingSchedule" WHERE "clientId" = $1`, [client.id]);
  }
});
