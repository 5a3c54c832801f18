import type { Page } from "@playwright/test";
import { expect, newContext, test } from "./fixtures";
import { expectAccessible, loginAndWait, sql } from "./support";

// Each program's revocation runs in the browser to the decision of the authority that decides it
// (domain.md, "Supervision as practised"). Each test restores the client it used.

const KEPALA = "kepala.jks@bimbing.id";

async function pickClient(program: string) {
  const [c] = await sql<{ id: string; fullName: string; pk: string; status: string; version: number }>(
    `SELECT c.id, c."fullName", u.email AS pk, c.status, c.version FROM "Client" c JOIN "User" u ON u.id = c."assignedPkId" JOIN "Office" o ON o.id = c."officeId"
     WHERE o.code = 'JKS' AND c.status = 'AKTIF' AND c."deletedAt" IS NULL AND c.program = $1
       AND NOT EXISTS (SELECT 1 FROM "RevocationProceeding" r WHERE r."clientId" = c.id AND r.status NOT IN ('REVOKED', 'CONTINUED', 'DISMISSED'))
     ORDER BY c."registerNumber" LIMIT 1`,
    [program],
  );
  expect(c, `seed has an active ${program} client`).toBeTruthy();
  const stages = await sql<{ id: string; status: string; actualEnd: Date | null }>(`SELECT id, status, "actualEnd" FROM "GuidanceStage" WHERE "clientId" = $1`, [c.id]);
  const schedules = await sql<{ id: string; endsOn: Date | null }>(`SELECT id, "endsOn" FROM "ReportingSchedule" WHERE "clientId" = $1`, [c.id]);
  const [{ now }] = await sql<{ now: Date }>(`SELECT now() AS now`);
  const restore = async () => {
    await sql(`DELETE FROM "Violation" WHERE "clientId" = $1 AND "createdAt" >= $2`, [c.id, now]);
    await sql(`DELETE FROM "RevocationProceeding" WHERE "clientId" = $1 AND "createdAt" >= $2`, [c.id, now]);
    await sql(
      `DELETE FROM "TppSession" t WHERE t."createdAt" >= $1 AND NOT EXISTS (SELECT 1 FROM "RevocationProceeding" r WHERE r."tppSessionId" = t.id)
         AND NOT EXISTS (SELECT 1 FROM "StageTransitionRequest" s WHERE s."tppSessionId" = t.id) AND NOT EXISTS (SELECT 1 FROM "Litmas" l WHERE l."tppSessionId" = t.id)`,
      [now],
    );
    await sql(`DELETE FROM "Violation" WHERE "clientId" = $1 AND "createdAt" >= $2`, [c.id, now]);
    await sql(`DELETE FROM "ClientStatusEvent" WHERE "clientId" = $1 AND "toStatus" <> 'AKTIF' AND at >= $2`, [c.id, now]);
    await sql(`UPDATE "Client" SET status = 'AKTIF', "statusDate" = NULL, "statusReason" = NULL, version = version + 1 WHERE id = $1`, [c.id]);
    for (const s of stages) await sql(`UPDATE "GuidanceStage" SET status = $2, "actualEnd" = $3 WHERE id = $1`, [s.id, s.status, s.actualEnd]);
    for (const s of schedules) await sql(`UPDATE "ReportingSchedule" SET "endsOn" = $2 WHERE id = $1`, [s.id, s.endsOn]);
  };
  return { ...c, restore };
}

/** The PK reports a violation with a proposal and examines it; returns the proceeding's page. */
async function proposeAndExamine(page: Page, client: { id: string; fullName: string; pk: string }) {
  await loginAndWait(page, client.pk);
  await page.goto(`/clients/${client.id}/violations/new`);
  const form = page.getByRole("form", { name: "Laporkan pelanggaran" });
  await form.getByLabel("Jenis pelanggaran").selectOption("TINDAK_PIDANA_BARU");
  await form.getByLabel("Uraian").fill("Klien ditahan Polsek atas dugaan pencurian sepeda motor.");
  await form.getByLabel(/Usulkan pencabutan program/).check();
  await form.getByRole("button", { name: "Simpan pelanggaran" }).click();
  await expect(page).toHaveURL(new RegExp(`/clients/${client.id}(\\?|$)`));
  const [{ id }] = await sql<{ id: string }>(`SELECT id FROM "RevocationProceeding" WHERE "clientId" = $1 AND status = 'PROPOSED'`, [client.id]);
  await page.goto(`/violations/revocations/${id}`);
  await expect(page.getByRole("heading", { level: 1, name: `Proses pencabutan: ${client.fullName}` })).toBeVisible();
  const pkForm = page.getByRole("form", { name: "Laporan pemeriksaan" });
  await pkForm.getByRole("textbox").fill("Klien ditahan Polsek sejak tiga hari lalu; keluarga membenarkan. PK mengusulkan pencabutan program.");
  await pkForm.getByRole("button", { name: /Kirim laporan ke TPP|Simpan laporan pemeriksaan/ }).click();
  // The form gives way to the report once it is saved.
  await expect(page.getByText("Klien ditahan Polsek sejak tiga hari lalu; keluarga membenarkan.")).toBeVisible();
  return id;
}

/** The Kepala records a sidang TPP on /tpp/new that discusses the proceeding, then returns to it. */
async function tppSession(kepala: Page, client: { fullName: string }, id: string) {
  await kepala.goto("/tpp/new");
  const form = kepala.getByRole("form", { name: "Catat sidang TPP" });
  await form.getByLabel("Nama anggota 2").fill("Sekretaris TPP");
  await form.getByRole("checkbox", { name: new RegExp(`${client.fullName}.*Usulan pencabutan`) }).check();
  await form.getByLabel("Catatan TPP").fill("TPP merekomendasikan pencabutan.");
  await form.getByLabel("Notulen sidang").fill("Sidang TPP membahas usulan pencabutan dan laporan pemeriksaan PK.");
  await form.getByRole("button", { name: "Simpan hasil sidang" }).click();
  await expect(kepala).toHaveURL(/\/tpp\?tercatat=1/);
  await kepala.goto(`/violations/revocations/${id}`);
  await expect(kepala.getByText("TPP merekomendasikan pencabutan.")).toBeVisible();
  await expect(kepala.getByText(/^Sidang TPP \d+ \w+ \d{4}, ketua/)).toBeVisible();
}

/** The Kepala reports to the authority (asimilasi and the court's programs). */
async function refer(kepala: Page, addressee: RegExp, note: string) {
  const form = kepala.getByRole("form", { name: "Laporan ke pihak berwenang" });
  await expect(form.getByLabel("Laporan kepada")).toHaveValue(addressee);
  await form.getByLabel("Isi laporan dan pertimbangan Bapas").fill(note);
  await form.getByRole("button", { name: "Kirim laporan" }).click();
  await expect(kepala.getByText(new RegExp(`Dilaporkan ke ${addressee.source}`))).toBeVisible();
}

async function decide(page: Page, formName: string, outcome: "REVOKED" | "CONTINUED", decree: string) {
  const form = page.getByRole("form", { name: formName });
  await form.getByLabel("Keputusan", { exact: true }).selectOption(outcome);
  await form.getByLabel("Isi keputusan").fill("Keputusan diterima Bapas dan dicatat.");
  await form.getByRole("button", { name: "Catat keputusan" }).click();
  await expect(form.getByText("Isi nomor keputusan.")).toBeVisible(); // the authority's number and date are asked for
  await form.getByLabel(/Nomor/).fill(decree);
  const today = await form.getByLabel("Berlaku tanggal").inputValue();
  await form.getByLabel("Tanggal keputusan").fill(today);
  await form.getByRole("button", { name: "Catat keputusan" }).click();
  await expect(page.getByText(decree)).toBeVisible();
}

test.describe("revocation by the deciding authority", () => {
  test.describe.configure({ mode: "serial" });

  test("PB: TPP, the Kepala's pencabutan sementara with the report upward, the ministry's decree", async ({ page, browser }) => {
    const client = await pickClient("PB");
    try {
      const id = await proposeAndExamine(page, client);
      const kepala = await (await newContext(browser)).newPage();
      await loginAndWait(kepala, KEPALA);
      await kepala.goto(`/violations/revocations/${id}`);
      await expect(kepala.getByText(/Standar layanan 20 hari kerja/)).toBeVisible();
      await expect(kepala.getByText(/hari kerja lagi|Hari terakhir/).first()).toBeVisible();
      await tppSession(kepala, client, id);
      const suspend = kepala.getByRole("form", { name: "Pencabutan sementara" });
      await suspend.getByLabel("Pertimbangan pencabutan sementara").fill("Klien ditahan; dicabut sementara menunggu keputusan Menteri.");
      await suspend.getByRole("button", { name: "Cabut sementara dan laporkan" }).click();
      await expect(kepala.getByText(/Dilaporkan ke Kepala Kantor Wilayah/)).toBeVisible();
      const pdf = await kepala.request.get(`/api/revocations/${id}/letter`);
      expect([pdf.status(), pdf.headers()["content-type"]]).toEqual([200, "application/pdf"]);
      await expectAccessible(kepala);
      await decide(kepala, "Keputusan Menteri", "REVOKED", "PAS-123.PK.05.09 Tahun 2026");
      const [c] = await sql<{ status: string }>(`SELECT status FROM "Client" WHERE id = $1`, [client.id]);
      expect(c.status).toBe("DICABUT");
      await kepala.context().close();
    } finally {
      await client.restore();
    }
  });

  test("asimilasi: the report to the Lapas, whose decision is recorded", async ({ page, browser }) => {
    const client = await pickClient("ASIMILASI");
    try {
      const id = await proposeAndExamine(page, client);
      await expect(page.getByRole("form", { name: "Laporan ke pihak berwenang" })).toHaveCount(0); // the Kepala reports
      const kepala = await (await newContext(browser)).newPage();
      await loginAndWait(kepala, KEPALA);
      await kepala.goto(`/violations/revocations/${id}`);
      await expect(kepala.getByRole("form", { name: "Pencabutan sementara" })).toHaveCount(0);
      const refer = kepala.getByRole("form", { name: "Laporan ke pihak berwenang" });
      await expect(refer.getByLabel("Laporan kepada")).toHaveValue(/Kepala Lembaga Pemasyarakatan/);
      await refer.getByLabel("Isi laporan dan pertimbangan Bapas").fill("Klien ditahan polisi; mohon keputusan atas asimilasinya.");
      await refer.getByRole("button", { name: "Kirim laporan" }).click();
      await expect(kepala.getByText(/Dilaporkan ke Kepala Lembaga Pemasyarakatan/)).toBeVisible();
      await decide(kepala, "Keputusan Kepala Lapas/Kanwil", "REVOKED", "W10.PAS.PAS1-PK.01.04-123");
      const [c] = await sql<{ status: string }>(`SELECT status FROM "Client" WHERE id = $1`, [client.id]);
      expect(c.status).toBe("DICABUT");
      await kepala.context().close();
    } finally {
      await client.restore();
    }
  });

  test("diversi: the PK reports non-execution to the official", async ({ page, browser }) => {
    const client = await pickClient("DIVERSI");
    try {
      const id = await proposeAndExamine(page, client);
      const refer = page.getByRole("form", { name: "Laporan ke pihak berwenang" });
      await refer.getByLabel("Laporan kepada").fill("Penyidik Unit PPA Polres Jakarta Selatan");
      await refer.getByLabel("Isi laporan dan pertimbangan Bapas").fill("Kesepakatan diversi tidak dilaksanakan anak.");
      await refer.getByRole("button", { name: "Kirim laporan" }).click();
      await expect(page.getByText(/Dilaporkan ke Penyidik Unit PPA/)).toBeVisible();
      const kepala = await (await newContext(browser)).newPage();
      await loginAndWait(kepala, KEPALA);
      await kepala.goto(`/violations/revocations/${id}`);
      await decide(kepala, "Tindak lanjut pejabat", "REVOKED", "B/12/XII/2026/Reskrim");
      await kepala.context().close();
    } finally {
      await client.restore();
    }
  });

  test("pidana bersyarat: the report to the jaksa; the court lets guidance continue", async ({ page, browser }) => {
    const client = await pickClient("PIDANA_BERSYARAT");
    try {
      const id = await proposeAndExamine(page, client);
      const kepala = await (await newContext(browser)).newPage();
      await loginAndWait(kepala, KEPALA);
      await kepala.goto(`/violations/revocations/${id}`);
      const refer = kepala.getByRole("form", { name: "Laporan ke pihak berwenang" });
      await expect(refer.getByLabel("Laporan kepada")).toHaveValue(/Kejaksaan Negeri/);
      await refer.getByLabel("Isi laporan dan pertimbangan Bapas").fill("Klien melanggar syarat khusus pidana bersyarat.");
      await refer.getByRole("button", { name: "Kirim laporan" }).click();
      await expect(kepala.getByText(/Dilaporkan ke Kepala Kejaksaan Negeri/)).toBeVisible();
      await decide(kepala, "Putusan pengadilan", "CONTINUED", "12/Pid.B/2026/PN Jkt.Sel");
      await expect(kepala.getByText("Bimbingan dilanjutkan").first()).toBeVisible();
      const [c] = await sql<{ status: string }>(`SELECT status FROM "Client" WHERE id = $1`, [client.id]);
      expect(c.status).toBe("AKTIF");
      await kepala.context().close();
    } finally {
      await client.restore();
    }
  });
  test("CMB: the same path as PB; the TPP cites a session already recorded, and the ministry lets guidance continue", async ({ page, browser }) => {
    const client = await pickClient("CMB");
    try {
      const id = await proposeAndExamine(page, client);
      const kepala = await (await newContext(browser)).newPage();
      await loginAndWait(kepala, KEPALA);
      const [k] = await sql<{ id: string; officeId: string }>(`SELECT id, "officeId" FROM "User" WHERE email = $1`, [KEPALA]);
      await sql(
        `INSERT INTO "TppSession" (id, "officeId", "heldOn", location, "chairName", members, minutes, "createdById")
         VALUES ($1, $2, (now() AT TIME ZONE 'Asia/Jakarta')::date, 'Aula Bapas', 'Ketua TPP CMB', '[{"name":"Ketua TPP CMB","role":"Ketua"}]', 'Sidang TPP membahas usulan pencabutan CMB.', $3)`,
        [`e2e-tpp-${id}`, k.officeId, k.id],
      );
      await kepala.goto(`/violations/revocations/${id}`);
      const tpp = kepala.getByRole("form", { name: "Rekomendasi TPP" });
      await tpp.getByLabel("Sidang TPP", { exact: true }).selectOption(`e2e-tpp-${id}`);
      await tpp.getByLabel("Catatan sidang TPP").fill("TPP merekomendasikan pencabutan CMB.");
      await tpp.getByRole("button", { name: "Simpan rekomendasi" }).click();
      await expect(kepala.getByText(/ketua Ketua TPP CMB/)).toBeVisible();
      const suspend = kepala.getByRole("form", { name: "Pencabutan sementara" });
      await suspend.getByLabel("Pertimbangan pencabutan sementara").fill("Dicabut sementara menunggu keputusan Menteri.");
      await suspend.getByRole("button", { name: "Cabut sementara dan laporkan" }).click();
      await expect(kepala.getByText(/Dilaporkan ke Kepala Kantor Wilayah/)).toBeVisible();
      await decide(kepala, "Keputusan Menteri", "CONTINUED", "PAS-77.PK.05.09 Tahun 2026");
      const [c] = await sql<{ status: string }>(`SELECT status FROM "Client" WHERE id = $1`, [client.id]);
      expect(c.status).toBe("AKTIF");
      await kepala.context().close();
    } finally {
      await client.restore();
      await sql(`DELETE FROM "TppSession" WHERE id LIKE 'e2e-tpp-%' AND NOT EXISTS (SELECT 1 FROM "RevocationProceeding" r WHERE r."tppSessionId" = "TppSession".id)`);
    }
  });

  for (const [program, outcome, decree] of [["PIDANA_PENGAWASAN", "REVOKED", "31/Pid.Sus/2026/PN Jkt.Sel"], ["PIDANA_KERJA_SOSIAL", "CONTINUED", "44/Pid.B/2026/PN Jkt.Sel"]] as const) {
    test(`${program.toLowerCase().replace(/_/g, " ")}: the report to the jaksa; the court's putusan is recorded`, async ({ page, browser }) => {
      const client = await pickClient(program);
      try {
        const id = await proposeAndExamine(page, client);
        const kepala = await (await newContext(browser)).newPage();
        await loginAndWait(kepala, KEPALA);
        await kepala.goto(`/violations/revocations/${id}`);
        await expect(kepala.getByText(/Diawasi jaksa, diputus hakim/)).toBeVisible();
        await refer(kepala, /Kepala Kejaksaan Negeri/, "Klien tidak menjalankan syarat pidananya.");
        await decide(kepala, "Putusan pengadilan", outcome, decree);
        const [c] = await sql<{ status: string }>(`SELECT status FROM "Client" WHERE id = $1`, [client.id]);
        expect(c.status).toBe(outcome === "REVOKED" ? "DICABUT" : "AKTIF");
        await kepala.context().close();
      } finally {
        await client.restore();
      }
    });
  }

  test("a pengaduan masyarakat opens a proceeding with its berita acara pemeriksaan; the Kepala may stop it", async ({ page, browser }) => {
    const client = await pickClient("PB");
    try {
      await loginAndWait(page, client.pk);
      await page.goto(`/clients/${client.id}/violations/new`);
      const form = page.getByRole("form", { name: "Catat pengaduan masyarakat" });
      await form.getByLabel("Pengadu (nama dan alamat)").fill("Ketua RT 05, Jl. Kemuning No. 3");
      await form.getByLabel("Jenis pelanggaran yang diadukan").selectOption("TINDAK_PIDANA_BARU");
      await form.getByLabel("Isi pengaduan").fill("Warga melaporkan klien terlibat perkelahian di lingkungan.");
      await form.getByLabel(/Berita acara pemeriksaan/).fill("PK memeriksa klien dan dua saksi; klien mengakui terlibat cekcok, tidak ada korban luka.");
      await form.getByRole("button", { name: "Simpan pengaduan" }).click();
      await expect(form.getByText(/proses pencabutan dibuka/)).toBeVisible();
      const [{ id }] = await sql<{ id: string }>(`SELECT id FROM "RevocationProceeding" WHERE "clientId" = $1 AND status = 'PROPOSED'`, [client.id]);
      const kepala = await (await newContext(browser)).newPage();
      await loginAndWait(kepala, KEPALA);
      await kepala.goto(`/violations/revocations/${id}`);
      await expect(kepala.getByText(/Pengaduan masyarakat: Ketua RT 05/)).toBeVisible();
      await expect(kepala.getByText(/klien mengakui terlibat cekcok/)).toBeVisible();
      const stop = kepala.getByRole("form", { name: "Hentikan proses" });
      await stop.getByLabel("Alasan usulan dihentikan").fill("Perselisihan telah didamaikan di tingkat RT.");
      await stop.getByRole("button", { name: "Hentikan usulan" }).click();
      await expect(kepala.getByText("Usulan dihentikan").first()).toBeVisible();
      await kepala.context().close();
    } finally {
      await client.restore();
    }
  });
});
