import { randomBytes } from "node:crypto";
import { type Browser } from "@playwright/test";
import { expect, newContext, test } from "./fixtures";
import { extractText, getDocumentProxy } from "unpdf";
import { expectAccessible, loginAndWait, sql } from "./support";

// The journey creates its own client (in tahap lanjutan, assigned to a JKS PK) so it depends on
// no other spec's data; the client ends SELESAI with a revoked letter, which no other spec reads.
const PK = "rina.wulandari@bimbing.id";

async function createJourneyClient() {
  const tag = randomBytes(4).toString("hex");
  const id = `e2e-stages-${tag}`;
  const [pk] = await sql<{ id: string; officeId: string }>(`SELECT id, "officeId" FROM "User" WHERE email = $1`, [PK]);
  const fullName = `Zulkifli Tahap ${tag.toUpperCase()}`;
  await sql(
    `INSERT INTO "Person" (id, "officeId", "fullName", "birthPlace", "birthDate", gender, religion, education, address, "updatedAt")
     VALUES ($1, $2, $3, 'Jakarta', '1990-04-12', 'LAKI_LAKI', 'ISLAM', 'SMA', 'Jl. Uji Tahap No. 1, Jakarta Selatan', now())`,
    [`per_${id}`, pk.officeId, fullName],
  );
  // 90 days: awal 1-30 (done), lanjutan 31-60 (active, 40 days in), akhir 61-90.
  await sql(
    `INSERT INTO "Client" (id, "personId", "officeId", "registerNumber", category,
       "originType", "originInstitution", offence, program, "guidanceStart", "guidanceEnd", status, "currentStage", "assignedPkId", "updatedAt")
     VALUES ($1, 'per_' || $1, $2, $3, 'DEWASA',
       'LAPAS', 'Lapas Kelas I Cipinang', 'Pencurian', 'PB', CURRENT_DATE - 70, CURRENT_DATE + 19, 'AKTIF', 'LANJUTAN', $4, now())`,
    [id, pk.officeId, `E2E/${tag}/TAHAP`, pk.id],
  );
  await sql(
    `INSERT INTO "GuidanceStage" (id, "clientId", kind, "plannedStart", "plannedEnd", "actualStart", "actualEnd", status) VALUES
       ($1 || '-a', $1, 'AWAL', CURRENT_DATE - 70, CURRENT_DATE - 41, CURRENT_DATE - 70, CURRENT_DATE - 41, 'COMPLETED'),
       ($1 || '-l', $1, 'LANJUTAN', CURRENT_DATE - 40, CURRENT_DATE - 11, CURRENT_DATE - 40, NULL, 'ACTIVE'),
       ($1 || '-k', $1, 'AKHIR', CURRENT_DATE - 10, CURRENT_DATE + 19, NULL, NULL, 'PLANNED')`,
    [id],
  );
  await sql(`INSERT INTO "CaseloadAssignment" (id, "officeId", "clientId", "pkId", reason) VALUES ($1 || '-as', $2, $1, $3, 'Penugasan awal')`, [id, pk.officeId, pk.id]);
  return { id, fullName };
}

async function as(browser: Browser, email: string) {
  const context = await newContext(browser);
  const page = await context.newPage();
  await loginAndWait(page, email);
  return { page, close: () => context.close() };
}

test("stage journey: PK proposal, TPP session, Kepala approval, letter issued, PDF, verification, revoked", async ({ browser }) => {
  test.setTimeout(120_000);
  const client = await createJourneyClient();

  // 1. The PK proposes tahap akhir; the summary comes from the record.
  const pk = await as(browser, PK);
  await pk.page.goto(`/clients/${client.id}/stages`);
  await expect(pk.page.getByRole("heading", { level: 1, name: "Tahap bimbingan" })).toBeVisible();
  await expect(pk.page.getByText("Peninjauan tahap terlambat")).toBeVisible();
  await expect(pk.page.getByRole("heading", { name: "Ringkasan dari catatan klien" })).toBeVisible();
  await expectAccessible(pk.page);
  await pk.page.getByLabel(/Penilaian PK/).fill("Klien bekerja tetap, tertib wajib lapor, dan siap memasuki tahap akhir pembimbingan.");
  await pk.page.getByRole("button", { name: "Kirim usulan ke sidang TPP" }).click();
  await expect(pk.page.getByText("Usulan perubahan tahap dikirim ke sidang TPP.")).toBeVisible();
  await expect(pk.page.getByText("Menunggu dibahas dalam sidang TPP.")).toBeVisible();
  const [t] = await sql<{ id: string; status: string; fromStage: string; toStage: string }>(`SELECT id, status, "fromStage", "toStage" FROM "StageTransitionRequest" WHERE "clientId" = $1`, [client.id]);
  expect(t).toMatchObject({ status: "PROPOSED", fromStage: "LANJUTAN", toStage: "AKHIR" });
  // A PK cannot reach the TPP form.
  expect((await pk.page.goto("/tpp/new"))?.status()).toBe(404);
  await pk.close();

  // 2. The admin records the TPP session with a recommendation for this proposal only.
  const admin = await as(browser, "admin.jks@bimbing.id");
  await admin.page.goto("/tpp/new");
  await admin.page.getByLabel("Nama anggota 2").fill("Lia Amalia, S.H.");
  await admin.page.getByRole("checkbox", { name: new RegExp(client.fullName) }).check();
  await admin.page.getByLabel(`Rekomendasi untuk ${client.fullName}`).selectOption("SETUJU");
  await admin.page.getByLabel("Notulen sidang").fill(`Sidang TPP membahas usulan tahap akhir untuk ${client.fullName}; TPP merekomendasikan persetujuan.`);
  await admin.page.getByRole("button", { name: "Simpan hasil sidang" }).click();
  await expect(admin.page).toHaveURL(/\/tpp\?tercatat=1/);
  await expect(admin.page.getByText("Hasil sidang TPP dicatat.")).toBeVisible();
  await admin.close();

  // 3. The Kepala approves with a reason, right on the client's stage page (no dead end): the stage moves.
  const kepala = await as(browser, "kepala.jks@bimbing.id");
  await kepala.page.goto(`/clients/${client.id}/stages`);
  await expect(kepala.page.getByText("Usulan sudah dibahas sidang TPP")).toBeVisible();
  const form = kepala.page.getByRole("form", { name: `Keputusan untuk ${client.fullName}` });
  await form.getByLabel("Alasan keputusan").fill("Disetujui sesuai rekomendasi TPP.");
  await form.getByRole("button", { name: "Setujui" }).click();
  await expect(kepala.page.getByText("Usulan disetujui; tahap klien diperbarui.")).toBeVisible();
  const [c1] = await sql<{ currentStage: string }>(`SELECT "currentStage" FROM "Client" WHERE id = $1`, [client.id]);
  expect(c1.currentStage).toBe("AKHIR");

  // 4. The Kepala issues the letter from the client's stage page. The period runs another 50 days,
  // so the ordinary letter ("telah selesai ... sampai dengan") is not offered: only the early end.
  await kepala.page.goto(`/clients/${client.id}/stages`);
  await expect(kepala.page.getByRole("button", { name: "Terbitkan surat", exact: true })).toHaveCount(0);
  await expect(kepala.page.getByText(/dapat diterbitkan mulai/)).toBeVisible();
  await kepala.page.getByText("Akhiri pembimbingan lebih awal").click();
  await kepala.page.getByLabel("Alasan pembimbingan diakhiri lebih awal").fill("Klien menunjukkan perubahan perilaku yang baik; TPP merekomendasikan pengakhiran.");
  await kepala.page.getByRole("button", { name: "Akhiri pembimbingan dan terbitkan surat" }).click();
  // The page refreshes with the letter listed (the form is gone: one letter per client).
  await expect(kepala.page.getByText("Surat keterangan akhir pembimbingan diterbitkan; status klien menjadi Selesai.")).toBeVisible();
  const surat = kepala.page.getByRole("region", { name: "Surat keterangan akhir pembimbingan" });
  await expect(surat.getByText(/\d{4}\/SKAP\/JKS\/\d{4}/)).toBeVisible();
  await expect(surat.getByRole("button", { name: /Terbitkan surat/ })).toHaveCount(0);
  const [letter] = await sql<{ id: string; number: string; verificationToken: string }>(`SELECT id, number, "verificationToken" FROM "EndOfGuidanceLetter" WHERE "clientId" = $1`, [client.id]);
  const [c2] = await sql<{ status: string }>(`SELECT status FROM "Client" WHERE id = $1`, [client.id]);
  expect(c2.status).toBe("SELESAI");

  // 5. The PDF downloads and says what it should.
  await expect(surat.getByText(letter.number)).toBeVisible();
  const downloadPromise = kepala.page.waitForEvent("download");
  await surat.getByRole("link", { name: "Unduh PDF" }).click();
  const download = await downloadPromise;
  const bytes = await (await import("node:fs/promises")).readFile((await download.path())!);
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
  expect(text).toContain("SURAT KETERANGAN AKHIR PEMBIMBINGAN");
  expect(text).toContain(letter.number);
  expect(text).toContain(client.fullName);
  expect(text).toContain("KEMENTERIAN");
  expect(text).toMatch(/NIP|Kepala Bapas Kelas I Jakarta Selatan/);

  // 6. The public verification page (no login) confirms it, with initials only.
  const anon = await newContext(browser);
  const pub = await anon.newPage();
  await pub.goto(`/verifikasi/${letter.verificationToken}`);
  await expect(pub.getByText("Surat ini SAH dan berlaku")).toBeVisible();
  await expect(pub.getByText(letter.number)).toBeVisible();
  await expect(pub.getByText(client.fullName)).toHaveCount(0);
  await expect(pub.getByText("Z. T.", { exact: false })).toBeVisible();
  await expectAccessible(pub);

  // 7. The Kepala revokes it; the verification page says so.
  await kepala.page.goto("/letters");
  const row = kepala.page.getByRole("row").filter({ hasText: letter.number });
  await row.getByRole("button", { name: `Batalkan surat ${letter.number}` }).click();
  await kepala.page.getByLabel("Alasan pembatalan").fill("Terdapat kesalahan penulisan identitas klien.");
  await kepala.page.getByRole("button", { name: "Batalkan surat", exact: true }).click();
  await expect(row.getByText("Dibatalkan", { exact: true })).toBeVisible();
  await pub.reload();
  await expect(pub.getByText("Surat ini telah DIBATALKAN")).toBeVisible();
  await anon.close();
  await kepala.close();
});

test("an unknown verification code says so; a PK cannot decide; another office cannot see the stage page", async ({ browser }) => {
  const anon = await newContext(browser);
  const pub = await anon.newPage();
  await pub.goto(`/verifikasi/${"A".repeat(43)}`);
  await expect(pub.getByText("Surat tidak dikenal")).toBeVisible();
  await anon.close();

  const pk = await as(browser, PK);
  await pk.page.goto("/transitions");
  await expect(pk.page.getByRole("heading", { level: 1, name: "Usulan tahap saya" })).toBeVisible();
  await expect(pk.page.getByRole("button", { name: "Setujui" })).toHaveCount(0);
  await pk.close();

  const [jks] = await sql<{ id: string }>(`SELECT c.id FROM "Client" c JOIN "Office" o ON o.id = c."officeId" WHERE o.code = 'JKS' AND c."deletedAt" IS NULL LIMIT 1`);
  const mks = await as(browser, "kepala.mks@bimbing.id");
  expect((await mks.page.goto(`/clients/${jks.id}/stages`))?.status()).toBe(404);
  expect((await mks.page.request.get(`/api/letters/${(await sql<{ id: string }>(`SELECT l.id FROM "EndOfGuidanceLetter" l JOIN "Office" o ON o.id = l."officeId" WHERE o.code = 'JKS' LIMIT 1`))[0]?.id ?? "x"}/pdf`)).status()).toBe(404);
  await mks.close();
});
