import { type Browser, type Page } from "@playwright/test";
import { expect, newContext, test } from "./fixtures";
import { extractText, getDocumentProxy } from "unpdf";
import { expectAccessible, loginAndWait, sql } from "./support";

const PK_EMAIL = "rina.wulandari@bimbing.id";
const KEPALA_EMAIL = "kepala.jks@bimbing.id";
const randomTag = () => String(100000 + Math.floor(Math.random() * 900000));

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const context = await newContext(browser);
  const page = await context.newPage();
  await loginAndWait(page, email);
  return page;
}

test("litmas journey: request, disposition, draft, return with notes, resubmit, approval, PDF", async ({ browser }) => {
  test.setTimeout(120_000);
  // A client of Rina's that has no litmas at all: this test's litmas is the only one, and is removed afterwards.
  const [client] = await sql<{ id: string; fullName: string }>(
    `SELECT c.id, c."fullName" FROM "Client" c JOIN "User" u ON u.id = c."assignedPkId"
     WHERE u.email = $1 AND c.status = 'AKTIF' AND c."deletedAt" IS NULL AND NOT EXISTS (SELECT 1 FROM "Litmas" l WHERE l."clientId" = c.id)
     ORDER BY c."registerNumber" DESC LIMIT 1`,
    [PK_EMAIL],
  );
  const [rina] = await sql<{ id: string; name: string }>(`SELECT id, name FROM "User" WHERE email = $1`, [PK_EMAIL]);
  const [kepalaUser] = await sql<{ name: string }>(`SELECT name FROM "User" WHERE email = $1`, [KEPALA_EMAIL]);
  let litmasId: string | null = null;
  const kepala = await signedIn(browser, KEPALA_EMAIL);
  const pk = await signedIn(browser, PK_EMAIL);
  try {
    // 1. The request is logged.
    await kepala.goto("/litmas/new");
    await kepala.getByRole("radio", { name: /Klien pembimbingan/ }).check();
    // The picker searches the office as the officer types; no list of every client is shipped.
    await kepala.getByRole("combobox", { name: "Klien" }).fill(client.fullName);
    await kepala.getByRole("option", { name: new RegExp(client.fullName) }).first().click();
    await expect(kepala.getByRole("button", { name: `Ganti klien (${client.fullName})` })).toBeVisible();
    await kepala.getByLabel("Tujuan litmas").selectOption("INTEGRASI_PB");
    await kepala.getByLabel("Jenis instansi peminta").selectOption("LAPAS");
    await kepala.getByLabel("Instansi peminta", { exact: true }).fill("Lapas Kelas I Cipinang (uji e2e)");
    await kepala.getByLabel("Nomor surat permintaan (jika ada)").fill("W10.PAS.1-PK.01.05.02-E2E");
    await kepala.getByRole("button", { name: "Catat permintaan" }).click();
    await kepala.waitForURL((u) => /^\/litmas\/(?!new$)[a-z0-9]+$/.test(u.pathname));
    litmasId = kepala.url().split("/").pop()!;
    await expect(kepala.getByText("Menunggu disposisi").first()).toBeVisible();

    // 2. Disposition to Rina: she sees it in her list at once.
    await kepala.getByLabel("Tugaskan kepada PK").selectOption(rina.id);
    await kepala.getByRole("button", { name: "Disposisikan" }).click();
    await expect(kepala.getByText("Didisposisikan", { exact: true }).first()).toBeVisible();
    await pk.goto("/litmas");
    await pk.getByRole("table", { name: "Daftar litmas" }).getByRole("link", { name: client.fullName }).click();
    await expect(pk).toHaveURL(new RegExp(`/litmas/${litmasId}$`));

    // 3. The PK writes and saves a draft (identity prefilled from the client's file), then submits.
    await expect(pk.getByLabel("1. Identitas klien")).toHaveValue(new RegExp(client.fullName));
    await expectAccessible(pk);
    // Integrasi: the sections include the criminal history, the local government, the progress in the Lapas and the RRI.
    const texts: Record<string, string> = {
      "2. Latar belakang keluarga": "Klien anak kedua dari tiga bersaudara; keluarga bersedia menerima klien.",
      "3. Kondisi sosial dan ekonomi": "Tinggal bersama orang tua; penghasilan keluarga sekitar Rp3.000.000 per bulan.",
      "4. Riwayat pelanggaran / pidana sebelumnya": "Belum pernah dihukum sebelumnya.",
      "5. Tindak pidana dan tanggapan klien": "Klien mengakui perbuatannya dan menyesal.",
      "6. Tanggapan korban dan masyarakat": "Korban telah memaafkan; Ketua RT tidak keberatan.",
      "7. Tanggapan pemerintah setempat": "Lurah tidak keberatan.",
      "8. Perkembangan pembinaan di Lapas": "Mengikuti pembinaan kepribadian dan kemandirian dengan baik.",
      "9. Hasil asesmen risiko dan kebutuhan (RRI)": "Risiko residivisme rendah.",
      "10. Penjamin": "Ibu kandung klien bersedia menjadi penjamin.",
      "11. Analisis": "Risiko pengulangan sedang.",
      "12. Kesimpulan dan rekomendasi": "Klien layak diusulkan pembebasan bersyarat.",
    };
    for (const [label, text] of Object.entries(texts)) await pk.getByLabel(label).fill(text);
    await pk.getByRole("button", { name: "Simpan draf" }).click();
    await expect(pk.getByText("Draf disimpan sebagai versi 1.")).toBeVisible();
    await pk.getByRole("button", { name: "Ajukan ke Kepala Bapas" }).click();
    await expect(pk.getByText("Menunggu persetujuan").first()).toBeVisible();
    await expect(pk.getByRole("button", { name: "Simpan draf" })).toHaveCount(0);

    // 4. The Kepala returns it with notes.
    await kepala.reload();
    await expectAccessible(kepala);
    await kepala.getByLabel("Catatan perbaikan").fill("Lengkapi hasil asesmen risiko dan kebutuhan.");
    await kepala.getByRole("button", { name: "Kembalikan untuk perbaikan" }).click();
    await expect(kepala.getByText("Dikembalikan untuk perbaikan").first()).toBeVisible();

    // 5. The PK sees the notes, revises and resubmits (the submit saves the change first).
    await pk.reload();
    await expect(pk.getByText("Lengkapi hasil asesmen risiko dan kebutuhan.").first()).toBeVisible();
    await pk.getByLabel("11. Analisis").fill("Hasil asesmen risiko dan kebutuhan: risiko pengulangan rendah; kebutuhan utama pekerjaan tetap.");
    await pk.getByRole("button", { name: "Ajukan ke Kepala Bapas" }).click();
    await expect(pk.getByText("Menunggu persetujuan").first()).toBeVisible();

    // 6. Integrasi: the Kepala's approval waits for a sidang TPP; the TPP is recorded with its recommendation.
    await kepala.reload();
    await expect(kepala.getByText("Menunggu sidang TPP")).toBeVisible();
    await kepala.goto("/tpp/new");
    const tpp = kepala.getByRole("form", { name: "Catat sidang TPP" });
    await tpp.getByLabel("Nama anggota 2").fill("Budi Santoso, S.Sos.");
    await tpp.getByRole("group", { name: "Litmas integrasi dan asimilasi yang dibahas" }).getByRole("checkbox", { name: new RegExp(client.fullName) }).check();
    await tpp.getByLabel(`Rekomendasi untuk ${client.fullName}`).selectOption("SETUJU");
    await tpp.getByLabel("Notulen sidang").fill("TPP membahas litmas integrasi PB dan merekomendasikan setuju diusulkan.");
    await tpp.getByRole("button", { name: "Simpan hasil sidang" }).click();
    await expect(kepala).toHaveURL(/\/tpp\?tercatat=1$/);
    await kepala.goto(`/litmas/${litmasId}`);
    await expect(kepala.getByRole("region", { name: "Sidang TPP" }).getByText("Setuju")).toBeVisible();

    // 7. Approval: the report locks and takes a number.
    await kepala.getByRole("button", { name: "Setujui litmas" }).click();
    await kepala.getByRole("alertdialog").getByRole("button", { name: "Ya, setujui" }).click();
    await expect(kepala.getByText("Disetujui", { exact: true }).first()).toBeVisible();
    const [row] = await sql<{ number: string; status: string }>(`SELECT number, status FROM "Litmas" WHERE id = $1`, [litmasId]);
    expect(row.status).toBe("APPROVED");
    expect(row.number).toMatch(/^LIT\/\d{4}\/JKS\/\d{4}$/);
    await expect(kepala.getByText(row.number).first()).toBeVisible();

    // The timeline shows every step and who took it; both versions are kept.
    const timeline = kepala.getByRole("list", { name: "Riwayat status" });
    for (const step of ["Permintaan dicatat", "Didisposisikan kepada PK", "Draf disimpan", "Diajukan kepada Kepala Bapas", "Dikembalikan untuk perbaikan", "Dibahas dalam sidang TPP", "Disetujui Kepala Bapas"]) {
      await expect(timeline.getByText(step).first()).toBeVisible();
    }
    await expect(timeline.getByText(kepalaUser.name).first()).toBeVisible();
    await expect(timeline.getByText(rina.name).first()).toBeVisible();
    await kepala.getByRole("link", { name: "Versi 1" }).click();
    await expect(kepala.getByText("Risiko pengulangan sedang.")).toBeVisible();
    await kepala.goBack();

    // Delivery to the requester: recorded (today by default); the list shows it.
    await expect(kepala.getByText("Belum dikirim").first()).toBeVisible();
    await kepala.getByLabel("Diserahkan kepada").fill("Petugas registrasi Lapas Kelas I Cipinang");
    await kepala.getByRole("button", { name: "Catat pengiriman" }).click();
    await expect(kepala.getByRole("region", { name: "Pengiriman kepada peminta" }).getByText("Petugas registrasi Lapas Kelas I Cipinang")).toBeVisible();
    await kepala.goto("/litmas?kirim=SUDAH");
    await expect(kepala.getByRole("table", { name: "Daftar litmas" }).getByRole("row", { name: new RegExp(client.fullName) }).getByText(/^Terkirim /)).toBeVisible();
    await kepala.goto(`/litmas/${litmasId}`);

    // 8. The PDF, downloaded by the PK.
    await pk.reload();
    const href = await pk.getByRole("link", { name: "Unduh PDF" }).getAttribute("href");
    const res = await pk.request.get(href!);
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toBe("application/pdf");
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(await res.body())), { mergePages: true });
    expect(text).toContain(client.fullName);
    expect(text).toContain(row.number);
    expect(text).toContain("Yang membuat");
  } finally {
    if (litmasId) {
      const [t] = await sql<{ tppSessionId: string | null }>(`SELECT "tppSessionId" FROM "Litmas" WHERE id = $1`, [litmasId]);
      await sql(`DELETE FROM "Litmas" WHERE id = $1`, [litmasId]);
      if (t?.tppSessionId) await sql(`DELETE FROM "TppSession" WHERE id = $1`, [t.tppSessionId]);
    }
    await kepala.context().close();
    await pk.context().close();
  }
});

test("the litmas list flags deadlines and its pages pass the accessibility check", async ({ page }) => {
  const [{ n }] = await sql<{ n: string }>(
    `SELECT count(*) AS n FROM "Litmas" l JOIN "Office" o ON o.id = l."officeId"
     WHERE o.code = 'JKS' AND l.status IN ('ASSIGNED','DRAFT','RETURNED','SUBMITTED') AND l."dueAt" < now()`,
  );
  await loginAndWait(page, KEPALA_EMAIL);
  await page.goto("/litmas?overdue=1");
  await expect(page.getByRole("heading", { level: 1, name: "Litmas" })).toBeVisible();
  if (Number(n) > 0) {
    await expect(page.getByRole("table", { name: "Daftar litmas" }).locator("tbody tr")).toHaveCount(Math.min(Number(n), 100));
    await expect(page.getByRole("table", { name: "Daftar litmas" }).getByText("Lewat tenggat").first()).toBeVisible();
  } else {
    await expect(page.getByText("Tidak ada litmas yang cocok")).toBeVisible();
  }
  await expectAccessible(page);
  await page.goto("/litmas/new");
  await expectAccessible(page);
  await page.getByRole("radio", { name: /belum menjadi klien/ }).check();
  await expectAccessible(page);
});

test("a litmas for a prisoner who is not a client: recorded, the known person suggested, disposed, and no client created", async ({ browser }) => {
  test.setTimeout(90_000); // two officers, two requests, a disposition
  const tag = randomTag();
  const nik = `31740515039${tag.slice(0, 5).padStart(5, "0")}`;
  const [{ n: clientsBefore }] = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM "Client"`);
  const kepala = await signedIn(browser, KEPALA_EMAIL);
  await kepala.goto("/litmas/new");
  const form = kepala.getByRole("form", { name: "Permintaan litmas" });
  // Nothing chosen yet: the form says what is missing, in Indonesian, and saves nothing.
  await form.getByRole("button", { name: "Catat permintaan" }).click();
  await expect(form.getByText("Pilih tentang siapa litmas ini.")).toBeVisible();
  await form.getByRole("radio", { name: /belum menjadi klien/ }).check();
  await form.getByLabel("Nama lengkap").fill(`Joko Prasetyo ${tag}`);
  await form.getByLabel("NIK (jika ada)").fill(nik);
  await form.getByLabel("Tempat penahanan atau pembinaan (jika ada)").fill("Lapas Kelas I Cipinang");
  await form.getByLabel("Perkara (jika ada)").fill("Pencurian dengan pemberatan");
  await form.getByLabel("Tujuan litmas").selectOption("INTEGRASI_PB");
  await form.getByLabel("Jenis instansi peminta").selectOption("LAPAS");
  await form.getByLabel("Instansi peminta", { exact: true }).fill("Lapas Kelas I Cipinang");
  await expectAccessible(kepala);
  await form.getByRole("button", { name: "Catat permintaan" }).click();
  await expect(kepala).toHaveURL(/\/litmas\/[a-z0-9]+$/);
  await expect(kepala.getByRole("heading", { level: 1, name: `Litmas Joko Prasetyo ${tag}` })).toBeVisible();
  await expect(kepala.getByText("Belum klien pembimbingan")).toBeVisible();
  const firstId = kepala.url().split("/").pop()!;

  // A second request with the same NIK: the person on file is suggested, and chosen.
  await kepala.goto("/litmas/new");
  await form.getByRole("radio", { name: /belum menjadi klien/ }).check();
  await form.getByLabel("Nama lengkap").fill(`Joko P ${tag}`);
  await form.getByLabel("NIK (jika ada)").fill(nik);
  await form.getByLabel("Tujuan litmas").selectOption("CUTI_MENGUNJUNGI_KELUARGA");
  await form.getByLabel("Jenis instansi peminta").selectOption("LAPAS");
  await form.getByLabel("Instansi peminta", { exact: true }).fill("Lapas Kelas I Cipinang");
  await form.getByRole("button", { name: "Catat permintaan" }).click();
  const suggestion = form.getByRole("region", { name: "Mungkin orang ini sudah tercatat" });
  await expect(suggestion.getByText(`Joko Prasetyo ${tag}`)).toBeVisible();
  await expect(suggestion).not.toContainText(nik);
  await suggestion.getByRole("button", { name: "Pakai data ini" }).click();
  await expect(kepala.getByRole("heading", { level: 1, name: `Litmas Joko Prasetyo ${tag}` })).toBeVisible();
  const secondId = kepala.url().split("/").pop()!;
  const rows = await sql<{ personId: string; clientId: string | null }>(`SELECT "personId", "clientId" FROM "Litmas" WHERE id = ANY($1)`, [[firstId, secondId]]);
  expect(new Set(rows.map((r) => r.personId)).size).toBe(1);
  expect(rows.every((r) => r.clientId === null)).toBe(true);

  // Disposition to Rina: the request shows in her list with its clock; still no client anywhere.
  const [rina] = await sql<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [PK_EMAIL]);
  await kepala.goto(`/litmas/${firstId}`);
  await kepala.getByLabel("Tugaskan kepada PK").selectOption(rina.id);
  await kepala.getByRole("button", { name: "Disposisikan" }).click();
  await expect(kepala.getByText("Didisposisikan", { exact: true }).first()).toBeVisible();
  const pk = await signedIn(browser, PK_EMAIL);
  await pk.goto("/litmas");
  await pk.getByRole("table", { name: "Daftar litmas" }).getByRole("link", { name: `Joko Prasetyo ${tag}` }).click();
  await expect(pk.getByLabel("1. Identitas klien")).toHaveValue(/Tempat penahanan \/ pembinaan: Lapas Kelas I Cipinang/);
  // The person's page: the cases Rina may open (the disposed litmas), not the other request.
  await pk.getByRole("link", { name: `Joko Prasetyo ${tag}` }).click();
  await expect(pk.getByRole("heading", { level: 1, name: `Joko Prasetyo ${tag}` })).toBeVisible();
  const timeline = pk.getByRole("list", { name: "Riwayat layanan" });
  await expect(timeline.getByRole("listitem")).toHaveCount(1);
  await expect(timeline.getByRole("link", { name: "Litmas Integrasi: Pembebasan Bersyarat" })).toBeVisible();
  await expectAccessible(pk);
  const [{ n: clientsAfter }] = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM "Client"`);
  expect(clientsAfter).toBe(clientsBefore);
  await sql(`DELETE FROM "LitmasEvent" WHERE "litmasId" = ANY($1)`, [[firstId, secondId]]);
  await sql(`DELETE FROM "LitmasVersion" WHERE "litmasId" = ANY($1)`, [[firstId, secondId]]);
  await sql(`DELETE FROM "Litmas" WHERE id = ANY($1)`, [[firstId, secondId]]);
  await sql(`DELETE FROM "Person" WHERE id = $1`, [rows[0].personId]);
  await pk.context().close();
  await kepala.context().close();
});

test("a PK who records a request for her own client lands on it", async ({ page }) => {
  const [client] = await sql<{ id: string }>(`SELECT c.id FROM "Client" c JOIN "User" u ON u.id = c."assignedPkId" WHERE u.email = $1 AND c.status = 'AKTIF' AND c."deletedAt" IS NULL ORDER BY c."registerNumber" LIMIT 1`, [PK_EMAIL]);
  await loginAndWait(page, PK_EMAIL);
  await page.goto(`/litmas/new?client=${client.id}`);
  await expect(page.getByRole("radio", { name: /Klien pembimbingan/ })).toBeChecked();
  await page.getByLabel("Tujuan litmas").selectOption("PEMBIMBINGAN_AWAL");
  await page.getByLabel("Jenis instansi peminta").selectOption("BAPAS");
  await page.getByLabel("Instansi peminta", { exact: true }).fill("Bapas Kelas I Jakarta Selatan");
  await page.getByRole("button", { name: "Catat permintaan" }).click();
  await expect(page).toHaveURL(/\/litmas\/[a-z0-9]+$/);
  await expect(page.getByText("Menunggu disposisi").first()).toBeVisible();
  await expect(page.getByText("Litmas tidak ditemukan")).toHaveCount(0);
  const id = page.url().split("/").pop()!;
  await sql(`DELETE FROM "LitmasEvent" WHERE "litmasId" = $1`, [id]);
  await sql(`DELETE FROM "Litmas" WHERE id = $1`, [id]);
});

test("the SK PB starts guidance from the approved litmas: the person and the litmas carry forward", async ({ browser }) => {
  test.setTimeout(90_000);
  const [l] = await sql<{ id: string; personId: string; fullName: string }>(
    `SELECT l.id, l."personId", p."fullName" FROM "Litmas" l JOIN "Person" p ON p.id = l."personId" JOIN "Office" o ON o.id = l."officeId"
     WHERE o.code = 'JKS' AND l.status = 'APPROVED' AND l."clientId" IS NULL AND l.purpose = 'INTEGRASI_PB' LIMIT 1`,
  );
  expect(l, "the demo data has an approved PB litmas about a prisoner").toBeTruthy();
  const kepala = await signedIn(browser, KEPALA_EMAIL);
  await kepala.goto(`/litmas/${l.id}`);
  await kepala.getByRole("link", { name: "Mulai pembimbingan dari SK" }).click();
  await expect(kepala.getByRole("heading", { level: 1, name: `Mulai pembimbingan: ${l.fullName}` })).toBeVisible();
  const form = kepala.getByRole("form", { name: "Pendaftaran klien" });
  await expect(form.getByLabel("Nama lengkap")).toHaveValue(l.fullName);
  await expect(form.getByLabel("Program")).toHaveValue("PB");
  await expect(form.getByLabel("Tindak pidana")).toHaveValue("Pencurian dengan pemberatan");
  // Nothing the litmas did not know is presumed: the missing facts, then the decree, are asked for.
  await form.getByRole("button", { name: "Mulai pembimbingan" }).click();
  await expect(form.getByText("Pilih agama.").first()).toBeVisible();
  await form.getByLabel("Agama").selectOption("ISLAM");
  await form.getByLabel("Pendidikan terakhir").selectOption("SMA");
  const [{ start, end }] = await sql<{ start: string; end: string }>(`SELECT to_char(CURRENT_DATE, 'YYYY-MM-DD') AS start, to_char(CURRENT_DATE + 364, 'YYYY-MM-DD') AS end`);
  await form.getByLabel("Awal bimbingan").fill(start);
  await form.getByLabel("Akhir bimbingan").fill(end);
  await form.getByRole("button", { name: "Mulai pembimbingan" }).click();
  await expect(form.getByText("Isi nomor SK yang memulai pembimbingan.").first()).toBeVisible();
  await expectAccessible(kepala);
  await form.getByLabel("Nomor SK").fill("PAS-2231.PK.05.09 Tahun 2026");
  await form.getByLabel("Tanggal SK").fill(await sql<{ d: string }>(`SELECT to_char(CURRENT_DATE - 2, 'YYYY-MM-DD') AS d`).then((r) => r[0].d));
  await form.getByLabel("Diterbitkan oleh").fill("Direktur Jenderal Pemasyarakatan");
  await form.getByRole("button", { name: "Mulai pembimbingan" }).click();
  await expect(kepala).toHaveURL(/\/clients\/[a-z0-9]+\?saved=baru$/);
  await expect(kepala.getByRole("heading", { level: 1, name: l.fullName })).toBeVisible();
  const clientId = new URL(kepala.url()).pathname.split("/").pop()!;
  const [c] = await sql<{ personId: string; decreeNumber: string; pk: string; stages: number }>(
    `SELECT c."personId", c."decreeNumber", u.email AS pk, (SELECT count(*)::int FROM "GuidanceStage" s WHERE s."clientId" = c.id) AS stages
     FROM "Client" c JOIN "User" u ON u.id = c."assignedPkId" WHERE c.id = $1`, [clientId]);
  expect(c).toEqual({ personId: l.personId, decreeNumber: "PAS-2231.PK.05.09 Tahun 2026", pk: PK_EMAIL, stages: 3 });
  // The person's page shows both cases; the litmas now names the client.
  await kepala.getByRole("link", { name: "Semua layanan orang ini" }).click();
  await expect(kepala.getByRole("list", { name: "Riwayat layanan" }).getByRole("listitem")).toHaveCount(2);
  await kepala.goto(`/litmas/${l.id}`);
  await expect(kepala.getByRole("link", { name: "Mulai pembimbingan dari SK" })).toHaveCount(0);
  await expect(kepala.getByText("Pembimbingan dimulai berdasarkan SK")).toBeVisible();

  // Put the demo back as it was for the other specs.
  await sql(`UPDATE "Litmas" SET "clientId" = NULL WHERE id = $1`, [l.id]);
  await sql(`DELETE FROM "LitmasEvent" WHERE "litmasId" = $1 AND action = 'GUIDANCE_STARTED'`, [l.id]);
  for (const t of ["GuidanceStage", "CaseloadAssignment", "ClientStatusEvent"]) await sql(`DELETE FROM "${t}" WHERE "clientId" = $1`, [clientId]);
  await sql(`DELETE FROM "Client" WHERE id = $1`, [clientId]);
  await kepala.context().close();
});

test("a Kasi assigns a litmas the Kepala disposed to the section, to a PK of the section", async ({ browser }) => {
  test.setTimeout(90_000);
  const tag = randomTag();
  const kepala = await signedIn(browser, KEPALA_EMAIL);
  const [person] = await sql<{ id: string; officeId: string }>(
    `INSERT INTO "Person" (id, "officeId", "fullName", "birthDate", gender, "updatedAt")
     SELECT 'e2e-kasi-' || $1, id, 'Dimas Anak ' || $1, CURRENT_DATE - 15 * 365, 'LAKI_LAKI', now() FROM "Office" WHERE code = 'JKS' RETURNING id, "officeId"`, [tag]);
  const [{ id }] = await sql<{ id: string }>(
    `INSERT INTO "Litmas" (id, "officeId", "personId", purpose, "requesterType", "requesterInstitution", "receivedAt", "dueAt", status, "updatedAt")
     VALUES ('e2e-kasi-' || $1, $2, $3, 'DIVERSI', 'KEPOLISIAN', 'Polres Metro Jakarta Selatan', now(), now() + interval '3 days', 'REQUESTED', now()) RETURNING id`,
    [tag, person.officeId, person.id]);
  try {
    // The Kepala disposes it to BKA.
    await kepala.goto(`/litmas/${id}`);
    await kepala.getByLabel("Disposisikan ke seksi").selectOption("BKA");
    await kepala.getByRole("button", { name: "Disposisi ke seksi" }).click();
    await expect(kepala.getByText("Menunggu Kasi BKA")).toBeVisible();

    // The Kasi BKA sees it on her home page and assigns Rina (BKA); a BKD PK is not offered.
    const kasi = await signedIn(browser, "kasi.bka.jks@bimbing.id");
    await kasi.goto("/");
    await kasi.getByRole("list", { name: "Litmas menunggu penugasan PK" }).getByRole("link", { name: `Dimas Anak ${tag}` }).click();
    const [rina] = await sql<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [PK_EMAIL]);
    const options = await kasi.getByLabel("Tugaskan kepada PK").locator("option").allTextContents();
    expect(options.some((o) => o.startsWith("Budi Santoso"))).toBe(false);
    await kasi.getByLabel("Tugaskan kepada PK").selectOption(rina.id);
    await kasi.getByRole("button", { name: "Disposisikan" }).click();
    await expect(kasi.getByText("Didisposisikan", { exact: true }).first()).toBeVisible();
    await expectAccessible(kasi);
    const [row] = await sql<{ status: string; assignedPkId: string; section: string }>(`SELECT status, "assignedPkId", section FROM "Litmas" WHERE id = $1`, [id]);
    expect(row).toEqual({ status: "ASSIGNED", assignedPkId: rina.id, section: "BKA" });
    // A Kasi never sees approve, TPP or letter actions in the navigation.
    await expect(kasi.getByRole("link", { name: "Sidang TPP" })).toHaveCount(0);
    await expect(kasi.getByRole("link", { name: "Surat akhir" })).toHaveCount(0);
    await kasi.context().close();
  } finally {
    await sql(`DELETE FROM "Litmas" WHERE id = $1`, [id]);
    await sql(`DELETE FROM "Person" WHERE id = $1`, [person.id]);
    await kepala.context().close();
  }
});
