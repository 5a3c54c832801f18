import type { BrowserContext, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { login, loginAndWait, PASSWORD, sql } from "./support";

// The installable field app on a phone: pages kept after one online visit, the Indonesian offline
// page, and an outbox that keeps each visit for the officer who saved it through a lost session and
// a database outage. Screenshots of the banner, the toast and the offline page go to test-results/offline/.

const PK = "rina.wulandari@bimbing.id";
const OTHER_PK = "budi.santoso@bimbing.id";
const SHOTS = "test-results/offline";
// The server of the same build whose database is unreachable (playwright.config.ts).
const OUTAGE_URL = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3417) + 2}`;

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, serviceWorkers: "allow" });

/** An active client of the PK that no other spec writes contacts for (the third from the end by name). */
async function clientOf(pkEmail: string) {
  const rows = await sql<{ id: string; fullName: string }>(
    `SELECT c.id, c."fullName" FROM "Client" c JOIN "User" u ON u.id = c."assignedPkId"
     WHERE u.email = $1 AND c.status = 'AKTIF' AND c."deletedAt" IS NULL ORDER BY c."fullName" DESC LIMIT 3`,
    [pkEmail],
  );
  if (rows.length < 3) throw new Error(`seed has too few active clients for ${pkEmail}`);
  return rows[2];
}

const contactsWith = (note: string) => sql<{ id: string; pk: string }>(`SELECT k.id, u.email AS pk FROM "Contact" k JOIN "User" u ON u.id = k."pkId" WHERE k.notes = $1`, [note]);

/** The session idles out (30 minutes without a request), as on a phone left in a pocket. */
const expireSessions = (email: string) =>
  sql(`UPDATE "Session" SET "lastSeenAt" = now() - interval '2 hours' WHERE "revokedAt" IS NULL AND "userId" = (SELECT id FROM "User" WHERE email = $1)`, [email]);

async function waitForServiceWorker(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
}

const keptPages = (page: Page) =>
  page.evaluate(async () => (await (await caches.open("bimbing-pages")).keys()).map((r) => new URL(r.url).pathname));

/** The outbox entries in this browser's IndexedDB, whoever saved them. */
const rawOutbox = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<{ ownerId: string; notes: string }[]>((resolve, reject) => {
        const open = indexedDB.open("bimbing");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains("outbox")) return resolve([]);
          const req = db.transaction("outbox").objectStore("outbox").getAll();
          req.onsuccess = () => resolve(req.result.map((e: { ownerId: string; payload: { notes: string } }) => ({ ownerId: e.ownerId, notes: e.payload.notes })));
          req.onerror = () => reject(req.error);
        };
      }),
  );

/** Server actions fail as without signal (the pages still load): the entry keeps waiting. */
const blockActions = (context: BrowserContext) =>
  context.route("**/*", (route) => (route.request().method() === "POST" && route.request().headers()["next-action"] ? route.abort("internetdisconnected") : route.fallback()));

/** Signs in on the login page already open (it keeps where to go back to). */
async function signInHere(page: Page, email: string) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Kata sandi").fill(PASSWORD);
  await page.getByRole("button", { name: "Masuk" }).click();
}

async function logout(page: Page) {
  await page.getByRole("button", { name: "Menu" }).click();
  await page.getByRole("dialog", { name: "Menu" }).getByRole("button", { name: "Keluar" }).click();
}

async function openContactForm(page: Page, clientId: string) {
  await page.goto(`/clients/${clientId}/contacts/new`);
  await expect(page.getByRole("heading", { level: 1, name: "Catat kontak" })).toBeVisible();
}

async function saveContact(page: Page, note: string) {
  await page.getByRole("radio", { name: "Telepon/video" }).check();
  await page.getByLabel("Catatan").fill(note);
  await page.getByRole("button", { name: "Simpan kontak" }).click();
}

test("after one online visit the caseload, tasks, a client file and the contact form open without signal; other pages show the Indonesian offline page", async ({ page, context }) => {
  const client = await clientOf(PK);
  await loginAndWait(page, PK);
  await waitForServiceWorker(page);
  const visits: [string, string | RegExp][] = [
    ["/", /.+/],
    ["/clients", /.+/],
    ["/tasks", "Tugas saya"],
    [`/clients/${client.id}`, client.fullName],
    [`/clients/${client.id}/contacts/new`, "Catat kontak"],
  ];
  const headings: string[] = [];
  for (const [path, name] of visits) {
    await page.goto(path);
    const h1 = page.getByRole("heading", { level: 1, name });
    await expect(h1).toBeVisible();
    headings.push(await h1.innerText());
  }
  await expect.poll(async () => (await keptPages(page)).length).toBeGreaterThanOrEqual(visits.length);

  await context.setOffline(true);
  for (const [i, [path]] of visits.entries()) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1, name: headings[i], exact: true })).toBeVisible();
  }
  const banner = page.getByRole("status", { name: "Status koneksi" });
  await expect(banner).toContainText("Tanpa koneksi.");
  await expect(banner).toContainText("Tidak ada catatan yang menunggu.");

  // A page never opened: the app's own offline page, in Indonesian, with what this phone still has.
  await page.goto("/litmas");
  await expect(page.getByRole("heading", { level: 1, name: "Tanpa koneksi" })).toBeVisible();
  await expect(page.getByText("Halaman ini belum pernah dibuka di perangkat ini")).toBeVisible();
  await expect(page.getByRole("region", { name: "Tersedia tanpa sinyal" }).getByRole("link", { name: "Catat kontak" })).toBeVisible();
  await page.getByRole("button", { name: "Coba lagi" }).focus();
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Tab");
  await page.screenshot({ path: `${SHOTS}/offline-page.png` });

  // Its link opens the kept page.
  await page.getByRole("region", { name: "Tersedia tanpa sinyal" }).getByRole("link", { name: "Catat kontak" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Catat kontak" })).toBeVisible();
  await context.setOffline(false);
});

test("a visit saved offline survives a database outage and a session expiry, and is delivered once after signing in again", async ({ page, context }) => {
  const client = await clientOf(PK);
  const note = `Telepon luring uji e2e ${Date.now()}: klien mengabarkan sakit.`;
  try {
    await loginAndWait(page, PK);
    await waitForServiceWorker(page);
    await openContactForm(page, client.id);

    await context.setOffline(true);
    await saveContact(page, note);
    // The outcome where the thumb is: just above the save button, inside the screen.
    const toast = page.getByRole("form", { name: "Catat kontak bimbingan" }).getByRole("status").filter({ hasText: "Tersimpan di perangkat, belum terkirim" });
    await expect(toast).toBeVisible();
    const box = await toast.boundingBox();
    const button = await page.getByRole("button", { name: "Simpan kontak" }).boundingBox();
    expect(box && button && box.y + box.height <= button.y && box.y > 844 / 3 && button.y + button.height <= 844).toBe(true);
    await expect(page.getByLabel("Catatan")).toHaveValue("");
    await page.screenshot({ path: `${SHOTS}/toast.png` });
    await expect(page.getByRole("status", { name: "Status koneksi" })).toContainText("1 catatan menunggu dikirim.");
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${SHOTS}/banner.png` });

    // Back online while the database is down: the server answers, the entry keeps waiting.
    await context.route("**/*", async (route) => {
      const req = route.request();
      if (req.method() !== "POST" || !req.headers()["next-action"]) return route.fallback();
      const url = new URL(req.url());
      const response = await route.fetch({ url: `${OUTAGE_URL}${url.pathname}${url.search}`, headers: { ...req.headers(), origin: OUTAGE_URL } });
      await route.fulfill({ response });
    });
    await context.setOffline(false);
    const outbox = page.getByRole("region", { name: "Kontak belum terkirim" });
    await outbox.getByRole("button", { name: "Kirim sekarang" }).click();
    await expect(outbox.getByRole("button", { name: "Kirim sekarang" })).toBeEnabled();
    await expect(outbox).toContainText("1 catatan kontak belum terkirim");
    await expect(outbox).not.toContainText("Ditolak");
    expect(await contactsWith(note)).toHaveLength(0);
    await context.unrouteAll({ behavior: "wait" });

    // The database is back but the session has idled out: the officer is asked to sign in; nothing is lost.
    await expireSessions(PK);
    await outbox.getByRole("button", { name: "Kirim sekarang" }).click();
    const banner = page.getByRole("status", { name: "Status koneksi" });
    await expect(banner).toContainText("Sesi Anda telah berakhir.");
    await expect(outbox).toContainText("1 catatan kontak belum terkirim");
    expect(await contactsWith(note)).toHaveLength(0);

    await banner.getByRole("link", { name: "Masuk kembali untuk mengirim" }).click();
    await signInHere(page, PK);
    await expect(page).toHaveURL(new RegExp(`/clients/${client.id}/contacts/new$`));
    await expect(page.getByText("1 catatan kontak yang tertunda telah terkirim.")).toBeVisible();
    await expect(page.getByText("belum terkirim")).toHaveCount(0);
    expect(await contactsWith(note)).toEqual([expect.objectContaining({ pk: PK })]);

    // Another flush and a reload add nothing.
    await page.reload();
    await expect(page.getByRole("heading", { level: 1, name: "Catat kontak" })).toBeVisible();
    expect(await contactsWith(note)).toHaveLength(1);
    expect(await rawOutbox(page)).toEqual([]);
  } finally {
    await sql(`DELETE FROM "Contact" WHERE notes = $1`, [note]);
  }
});

test("a second PK on the same browser never sees the first one's waiting visit or kept pages", async ({ page, context }) => {
  const client = await clientOf(PK);
  const note = `Kunjungan tertunda milik PK pertama ${Date.now()}.`;
  try {
    await loginAndWait(page, PK);
    await waitForServiceWorker(page);
    await page.goto(`/clients/${client.id}`);
    await openContactForm(page, client.id);
    await blockActions(context);
    await saveContact(page, note);
    await expect(page.getByRole("region", { name: "Kontak belum terkirim" })).toContainText("1 catatan kontak belum terkirim");

    // Logging out warns, and keeps the entry for its owner.
    await logout(page);
    const warning = page.getByRole("alertdialog", { name: "1 catatan belum terkirim" });
    await expect(warning).toContainText("hanya untuk akun Anda");
    await warning.getByRole("button", { name: "Tetap keluar" }).click();
    await expect(page).toHaveURL(/\/login/);
    expect(await rawOutbox(page)).toEqual([expect.objectContaining({ notes: note })]);

    await loginAndWait(page, OTHER_PK);
    await page.goto("/tasks");
    await expect(page.getByRole("heading", { level: 1, name: "Tugas saya" })).toBeVisible();
    await expect(page.getByRole("region", { name: "Kontak belum terkirim" })).toHaveCount(0);
    await expect(page.getByText(note)).toHaveCount(0);
    await expect(page.getByText(client.fullName)).toHaveCount(0);
    await expect.poll(() => keptPages(page)).not.toContain(`/clients/${client.id}`);
    // Offline, the first PK's client file is not on this phone for the second PK.
    await context.setOffline(true);
    await page.goto(`/clients/${client.id}`);
    await expect(page.getByRole("heading", { level: 1, name: "Tanpa koneksi" })).toBeVisible();
    await expect(page.getByText(client.fullName)).toHaveCount(0);
    await expect(page.getByRole("status")).toContainText("Tidak ada catatan yang menunggu dikirim.");
    await context.setOffline(false);
    expect(await contactsWith(note)).toHaveLength(0);

    // Its owner signs in again: it is sent, once, under the owner's name.
    await page.goto("/");
    await logout(page);
    await expect(page).toHaveURL(/\/login/);
    await context.unrouteAll({ behavior: "wait" });
    await loginAndWait(page, PK);
    await expect.poll(() => contactsWith(note)).toEqual([expect.objectContaining({ pk: PK })]);
    await expect.poll(() => rawOutbox(page)).toEqual([]);
  } finally {
    await sql(`DELETE FROM "Contact" WHERE notes = $1`, [note]);
  }
});

test("a note typed before a timeout comes back after signing in again, and an online save after a timeout keeps it", async ({ page }) => {
  const client = await clientOf(PK);
  const draft = `Catatan panjang yang diketik sebelum sesi habis ${Date.now()}: klien bekerja di bengkel.`;
  const saved = `Disimpan setelah sesi habis ${Date.now()}.`;
  try {
    await loginAndWait(page, PK);
    await openContactForm(page, client.id);
    await page.getByLabel("Catatan").click();
    await page.keyboard.type(draft);
    await expect.poll(() => page.evaluate(() => new Promise<number>((resolve) => {
      const open = indexedDB.open("bimbing");
      open.onsuccess = () => {
        const req = open.result.transaction("drafts").objectStore("drafts").count();
        req.onsuccess = () => resolve(req.result);
      };
      open.onerror = () => resolve(0);
    }))).toBe(1);

    // Leaving the page with unsaved text asks first.
    await expireSessions(PK);
    const asked = page.waitForEvent("dialog").then(async (d) => {
      const type = d.type();
      await d.accept();
      return type;
    });
    await page.reload();
    expect(await asked).toBe("beforeunload");
    await expect(page).toHaveURL(/\/login/);

    await login(page, PK);
    await expect(page).toHaveURL(/\/$/);
    await openContactForm(page, client.id);
    await expect(page.getByLabel("Catatan")).toHaveValue(draft);
    await expect(page.getByText("Draf catatan dipulihkan dari perangkat ini")).toBeVisible();

    // An online save after another timeout: the note waits on the device and is sent after signing in.
    await page.getByLabel("Catatan").fill(saved);
    await expireSessions(PK);
    await page.getByRole("button", { name: "Simpan kontak" }).click();
    await expect(page.getByRole("form", { name: "Catat kontak bimbingan" }).getByRole("status").filter({ hasText: "Sesi Anda telah berakhir. Kontak tersimpan di perangkat" })).toBeVisible();
    expect(await rawOutbox(page)).toEqual([expect.objectContaining({ notes: saved })]);
    page.on("dialog", (d) => void d.accept());
    await page.getByRole("status", { name: "Status koneksi" }).getByRole("link", { name: "Masuk kembali untuk mengirim" }).click();
    await signInHere(page, PK);
    await expect(page).toHaveURL(new RegExp(`/clients/${client.id}/contacts/new$`));
    await expect.poll(() => contactsWith(saved)).toHaveLength(1);
    await expect(page.getByLabel("Catatan")).toHaveValue("");
  } finally {
    await sql(`DELETE FROM "Contact" WHERE notes = $1 OR notes = $2`, [draft, saved]);
  }
});

// Without the service worker: once it controls a page (it claims pages when it activates, at a
// moment of its own), the page's requests go through it and the test's route no longer sees them,
// so the count below would depend on that moment. Web Locks and BroadcastChannel need no worker.
test.describe("without the service worker", () => {
  test.use({ serviceWorkers: "block" });
  test("two tabs send a waiting visit once (Web Locks)", async ({ page, context }) => {
    const client = await clientOf(PK);
    const note = `Dua tab, satu kiriman ${Date.now()}.`;
    try {
      await loginAndWait(page, PK);
      await openContactForm(page, client.id);
      const other = await context.newPage();
      await other.goto("/tasks");
      await expect(other.getByRole("heading", { level: 1, name: "Tugas saya" })).toBeVisible();
      // One route for the whole test: actions fail as without signal, then pass and are counted
      // (any send after that counts, a timer's included).
      let blocked = true;
      let sends = 0;
      await context.route("**/*", (route) => {
        const req = route.request();
        if (req.method() !== "POST" || !req.headers()["next-action"]) return route.fallback();
        if (blocked) return route.abort("internetdisconnected");
        if ((req.postData() ?? "").includes(note)) sends += 1;
        return route.fallback();
      });
      await saveContact(page, note);
      // The other tab learns of the entry too.
      await expect(other.getByRole("region", { name: "Kontak belum terkirim" })).toContainText("1 catatan kontak belum terkirim");

      blocked = false;
      // The connection returns in both tabs at once.
      await Promise.all([page, other].map((p) => p.evaluate(() => window.dispatchEvent(new Event("online")))));
      await expect.poll(() => contactsWith(note)).toHaveLength(1);
      await expect(other.getByRole("region", { name: "Kontak belum terkirim" })).toHaveCount(0);
      await expect(page.getByRole("region", { name: "Kontak belum terkirim" })).toHaveCount(0);
      expect(sends).toBe(1);
      await other.close();
    } finally {
      await sql(`DELETE FROM "Contact" WHERE notes = $1`, [note]);
    }
  });
});

test("a full device storage is reported and the typed note stays in the form", async ({ page, context }) => {
  const client = await clientOf(PK);
  const note = `Penyimpanan penuh ${Date.now()}.`;
  await context.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore["put"]>) {
      if (this.name === "outbox") throw new DOMException("Kuota habis", "QuotaExceededError");
      return put.apply(this, args);
    };
  });
  await loginAndWait(page, PK);
  await openContactForm(page, client.id);
  await context.setOffline(true);
  await saveContact(page, note);
  const alert = page.getByRole("form", { name: "Catat kontak bimbingan" }).getByRole("alert").filter({ hasText: "Penyimpanan perangkat penuh" });
  await expect(alert).toContainText("BELUM tersimpan di perangkat");
  await expect(page.getByLabel("Catatan")).toHaveValue(note);
  await context.setOffline(false);
  expect(await contactsWith(note)).toHaveLength(0);
});

test("litmas text typed before a timeout comes back after signing in again", async ({ page }) => {
  const [litmas] = await sql<{ id: string }>(
    `SELECT l.id FROM "Litmas" l JOIN "User" u ON u.id = l."assignedPkId" WHERE u.email = $1 AND l.status = 'DRAFT' ORDER BY l.id LIMIT 1`,
    [PK],
  );
  expect(litmas, "seed has a litmas draft of the PK").toBeTruthy();
  const extra = ` Tambahan yang belum disimpan ${Date.now()}.`;
  await loginAndWait(page, PK);
  await page.goto(`/litmas/${litmas.id}`);
  const section = page.getByRole("form", { name: "Naskah litmas" }).getByRole("textbox").nth(1);
  const before = await section.inputValue();
  await section.fill(before + extra);
  await expect.poll(() => page.evaluate((id) => new Promise<boolean>((resolve) => {
    const open = indexedDB.open("bimbing");
    open.onsuccess = () => {
      const req = open.result.transaction("drafts").objectStore("drafts").getAllKeys();
      req.onsuccess = () => resolve(req.result.some((k) => String(k).endsWith(`litmas:${id}`)));
    };
    open.onerror = () => resolve(false);
  }), litmas.id)).toBe(true);

  await expireSessions(PK);
  page.on("dialog", (d) => void d.accept());
  await page.reload();
  await expect(page).toHaveURL(/\/login/);
  await login(page, PK);
  await expect(page).toHaveURL(/\/$/);
  await page.goto(`/litmas/${litmas.id}`);
  await expect(page.getByText("Teks yang belum tersimpan dipulihkan dari perangkat ini")).toBeVisible();
  await expect(page.getByRole("form", { name: "Naskah litmas" }).getByRole("textbox").nth(1)).toHaveValue(before + extra);
  await expect(page.getByText("Ada perubahan yang belum disimpan.")).toBeVisible();
});
