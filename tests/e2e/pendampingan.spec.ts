import { type Browser, type Page } from "@playwright/test";
import { expect, newContext, test } from "./fixtures";
import { expectAccessible, loginAndWait, sql } from "./support";

// The child's path in the browser, as each role: the Kepala records the police request, assigns
// the PK and issues the surat tugas; the PK records the pemeriksaan penyidik, the musyawarah
// diversi, the agreement with both consents, and marks it carried out.

const PK_EMAIL = "rina.wulandari@bimbing.id";
const KEPALA_EMAIL = "kepala.jks@bimbing.id";

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const context = await newContext(browser);
  const page = await context.newPage();
  await loginAndWait(page, email);
  return page;
}

/** Fills and submits the add-step form on the case page. */
async function recordStep(pk: Page, kind: string, place: string, outcome: string) {
  const form = pk.getByRole("form", { name: "Catat langkah pendampingan" });
  await form.getByLabel("Langkah *").selectOption(kind);
  await form.getByLabel("Tempat *").fill(place);
  await form.getByLabel("Yang hadir *").fill("Anak, ibu kandung, penyidik, PK");
  await form.getByLabel("Hasil *").fill(outcome);
  await form.getByRole("button", { name: "Simpan langkah" }).click();
  await expect(pk.getByText("Langkah pendampingan dicatat.")).toBeVisible();
}

test("pendampingan: the child's path from the police request to the diversi agreement carried out", async ({ browser }) => {
  test.setTimeout(150_000);
  const tag = String(100000 + Math.floor(Math.random() * 900000));
  const childName = `Anak Uji ${tag}`;
  const [rina] = await sql<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [PK_EMAIL]);
  let id: string | null = null;
  const kepala = await signedIn(browser, KEPALA_EMAIL);
  const pk = await signedIn(browser, PK_EMAIL);
  try {
    // 1. The Kepala records the police request: the 1x24-hour clock starts.
    await kepala.goto("/pendampingan/new");
    await kepala.getByLabel("Nama lengkap anak *").fill(childName);
    await kepala.getByLabel("Tanggal lahir").fill("2011-02-14");
    await kepala.getByLabel("Orang tua / wali").fill("Siti Aminah");
    await kepala.getByLabel("Hubungan").fill("ibu kandung");
    await kepala.getByLabel("Instansi peminta *").fill("Polres Metro Jakarta Selatan – Unit PPA");
    await kepala.getByLabel("Nomor surat").fill(`B/${tag}/XII/2026/Restro Jaksel`);
    await kepala.getByLabel("Perkara *").fill("Pencurian");
    await kepala.getByLabel("Pasal").fill("Pasal 362 KUHP");
    await kepala.getByRole("button", { name: "Catat permintaan" }).click();
    await kepala.waitForURL((u) => /^\/pendampingan\/(?!new$)[a-z0-9]+$/.test(u.pathname));
    id = kepala.url().split("/").pop()!;
    await expect(kepala.getByText("Menunggu penugasan PK").first()).toBeVisible();
    await expect(kepala.getByText(/Hadir dalam/).first()).toBeVisible();
    await expectAccessible(kepala);

    // 2. Assign Rina and issue the surat tugas; its PDF answers.
    await kepala.getByLabel("Tugaskan kepada PK *").selectOption(rina.id);
    await kepala.getByRole("button", { name: "Tugaskan", exact: true }).click();
    await expect(kepala.getByText("PK ditugaskan.")).toBeVisible();
    await kepala.getByRole("button", { name: "Terbitkan surat tugas" }).click();
    await expect(kepala.getByRole("link", { name: "Unduh surat tugas (PDF)" })).toBeVisible();
    const pdf = await kepala.request.get(`/api/pendampingan/${id}/surat-tugas`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()["content-type"]).toBe("application/pdf");

    // 3. Rina finds it on top of her list and records the pemeriksaan penyidik and the musyawarah diversi.
    await pk.goto("/pendampingan");
    await pk.getByRole("table", { name: "Daftar pendampingan" }).getByRole("link", { name: childName }).click();
    await expect(pk).toHaveURL(new RegExp(`/pendampingan/${id}$`));
    await recordStep(pk, "PEMERIKSAAN_PENYIDIK", "Unit PPA Polres Metro Jakarta Selatan", "Anak didampingi selama pemeriksaan; BAP ditandatangani.");
    await expect(pk.getByText("PK sudah hadir").first()).toBeVisible();
    await recordStep(pk, "MUSYAWARAH_DIVERSI", "Ruang diversi Polres Metro Jakarta Selatan", "Diversi berhasil: anak meminta maaf dan mengganti kerugian.");

    // 4. The agreement: refused without the guardian's consent, then recorded with both.
    const agreement = pk.getByRole("form", { name: "Catat kesepakatan diversi" });
    await agreement.getByLabel("Isi kesepakatan *").fill("Anak meminta maaf dan mengganti kerugian Rp1.500.000 dalam 30 hari.");
    const deadline = await sql<{ d: string }>(`SELECT to_char((now() AT TIME ZONE 'Asia/Jakarta')::date + 30, 'YYYY-MM-DD') AS d`);
    await agreement.getByLabel("Batas waktu pelaksanaan *").fill(deadline[0].d);
    await agreement.getByLabel("Anak menyetujui kesepakatan diversi").check();
    await agreement.getByRole("button", { name: "Simpan kesepakatan" }).click();
    await expect(pk.getByText("Kesepakatan diversi memerlukan persetujuan orang tua/wali.")).toBeVisible();
    expect(await sql(`SELECT 1 FROM "DiversiAgreement" WHERE "pendampinganId" = $1`, [id])).toHaveLength(0);
    await agreement.getByLabel("Orang tua/wali menyetujui kesepakatan diversi").check();
    await agreement.getByRole("button", { name: "Simpan kesepakatan" }).click();
    await expect(pk.getByText("Pengawasan kesepakatan diversi").first()).toBeVisible();
    await expectAccessible(pk);

    // 5. Carried out: the case closes.
    await pk.getByText("Kesepakatan telah dilaksanakan").click();
    await pk.getByRole("button", { name: "Nyatakan dilaksanakan" }).click();
    await expect(pk.getByText("Selesai", { exact: true }).first()).toBeVisible();
    const [row] = await sql<{ status: string; astatus: string }>(
      `SELECT p.status, a.status AS astatus FROM "Pendampingan" p JOIN "DiversiAgreement" a ON a."pendampinganId" = p.id WHERE p.id = $1`, [id],
    );
    expect(row).toEqual({ status: "CLOSED", astatus: "CARRIED_OUT" });
  } finally {
    if (id) {
      const [p] = await sql<{ personId: string }>(`SELECT "personId" FROM "Pendampingan" WHERE id = $1`, [id]);
      await sql(`DELETE FROM "Pendampingan" WHERE id = $1`, [id]);
      if (p) await sql(`DELETE FROM "Person" WHERE id = $1 AND NOT EXISTS (SELECT 1 FROM "Client" WHERE "personId" = $1) AND NOT EXISTS (SELECT 1 FROM "Litmas" WHERE "personId" = $1)`, [p.personId]);
    }
    await kepala.context().close();
    await pk.context().close();
  }
});
