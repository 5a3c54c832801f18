import AxeBuilder from "@axe-core/playwright";
import type { Browser, BrowserContext, Page } from "@playwright/test";
import { NAV_ITEMS } from "../../components/nav-items";
import { expect, newContext, test } from "./fixtures";
import { PASSWORD } from "./support";

// Every main page, for every role, at a desktop and at a phone size (issue 16, docs/ui-patterns.md):
//  - at 390x844 the document is no wider than the screen, and no table column is hidden (a visible
//    table shows every heading inside the screen, or each card shows every column's label);
//  - axe finds no serious or critical violation at either size.
// One login per role and one page reused, so the suite stays quick.

const ROLES = [
  { role: "ADMIN", email: "admin.jks@bimbing.id" },
  { role: "KEPALA_BAPAS", email: "kepala.jks@bimbing.id" },
  { role: "KASI", email: "kasi.bkd.jks@bimbing.id" },
  { role: "PK", email: "budi.santoso@bimbing.id" },
] as const;

const DESKTOP = { width: 1366, height: 900 };
const PHONE = { width: 390, height: 844 };

async function signIn(browser: Browser, email: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Kata sandi").fill(PASSWORD);
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page).toHaveURL(/\/$/);
  return { context, page };
}

/** The role's navigation, plus the first client file, its reporting and stage pages, and the first litmas. */
async function mainPages(page: Page, role: string): Promise<string[]> {
  const pages = NAV_ITEMS.filter((n) => (n.roles as readonly string[]).includes(role)).map((n) => n.href);
  await page.goto("/clients");
  const client = await page.locator('a[href^="/clients/c"], a[href^="/clients/"]').evaluateAll((as) =>
    as.map((a) => a.getAttribute("href") ?? "").find((h) => /^\/clients\/[a-z0-9]{20,}$/i.test(h)),
  );
  if (client) pages.push(client, `${client}/reporting`, `${client}/stages`);
  await page.goto("/litmas");
  const litmas = await page.locator('a[href^="/litmas/"]').evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? "").find((h) => /^\/litmas\/[a-z0-9]{20,}$/i.test(h)));
  if (litmas) pages.push(litmas);
  return pages;
}

async function seriousAxe(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa"]).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${page.url()} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
}

/** Problems with the page's width and tables at the current (phone) size; empty when it fits. */
async function phoneLayoutProblems(page: Page): Promise<string[]> {
  return page.evaluate((width) => {
    const problems: string[] = [];
    const sw = document.documentElement.scrollWidth;
    if (sw > width) problems.push(`document scrollWidth ${sw} > ${width}`);
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect();
      return r.width > 1 && r.height > 1 && getComputedStyle(el).visibility !== "hidden";
    };
    for (const table of Array.from(document.querySelectorAll("table"))) {
      if (!visible(table)) continue;
      const name = table.querySelector("caption")?.textContent ?? "table";
      const heads = Array.from(table.querySelectorAll("thead th"));
      // Cards keep the headings for screen readers only, in a 1 px clipped thead.
      const thead = table.querySelector("thead");
      const headsShown = heads.length > 0 && !!thead && visible(thead) && heads.every(visible);
      if (headsShown) {
        // A real table on a phone: every heading inside the screen (its wrapper may scroll, focusably).
        const wrapper = table.parentElement;
        const scrolls = wrapper && wrapper.scrollWidth > wrapper.clientWidth;
        if (scrolls && wrapper.tabIndex < 0) problems.push(`${name}: scroll region not focusable`);
        for (const th of heads) {
          const r = th.getBoundingClientRect();
          if (!scrolls && r.right > width + 1) problems.push(`${name}: column "${th.textContent}" cut off at ${Math.round(r.right)}px`);
        }
        continue;
      }
      // Cards: each cell of a named column carries that column's label and is inside the screen.
      const labels = heads.map((th) => {
        const clone = th.cloneNode(true) as HTMLElement;
        clone.querySelectorAll(".sr-only").forEach((s) => s.remove());
        return (clone.textContent ?? "").trim();
      });
      for (const row of Array.from(table.querySelectorAll("tbody tr"))) {
        let col = 0;
        for (const cell of Array.from(row.children)) {
          const label = labels[col] ?? "";
          col += Number(cell.getAttribute("colspan") ?? 1);
          if (label && cell.getAttribute("data-label") !== label) problems.push(`${name}: a cell of "${label}" has no label on the card`);
          if (!(cell as HTMLElement).textContent?.trim() && !cell.querySelector("input,button,a,svg")) continue;
          if (!visible(cell)) problems.push(`${name}: the "${label || "tindakan"}" cell is hidden on a phone`);
          else if (cell.getBoundingClientRect().right > width + 1) problems.push(`${name}: the "${label || "tindakan"}" cell overflows`);
          // Content wider than its half of the card runs over the next cell (a long badge did).
          else if (cell.scrollWidth > cell.clientWidth + 1) problems.push(`${name}: the "${label || "tindakan"}" cell's content spills over (${cell.scrollWidth} > ${cell.clientWidth}px)`);
        }
      }
    }
    return problems;
  }, PHONE.width);
}

// A page shape is checked once, by the first role that reaches it (the home page, which differs per
// role, by each): four roles see mostly the same lists, and the suite must stay inside CI's budget.
const checked = new Set<string>();
const shape = (href: string) => (href === "/" ? `/#${Math.random()}` : href.replace(/\/[a-z0-9]{20,}/gi, "/[id]"));

for (const { role, email } of ROLES) {
  test.describe(`layout and accessibility as ${role}`, () => {
    test.describe.configure({ mode: "serial" });
    let context: BrowserContext;
    let page: Page;
    let pages: string[] = [];

    test.beforeAll(async ({ browser }) => {
      ({ context, page } = await signIn(browser, email));
      pages = await mainPages(page, role);
    });
    test.afterAll(async () => context?.close());

    test(`every main page fits 390 px with no hidden column and passes axe at both sizes (${role})`, async () => {
      test.setTimeout(40_000 + pages.length * 15_000);
      const layout: string[] = [];
      const axe: string[] = [];
      for (const href of pages) {
        if (checked.has(shape(href))) continue;
        checked.add(shape(href));
        await page.setViewportSize(DESKTOP);
        await page.goto(href);
        await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
        axe.push(...(await seriousAxe(page)));
        // The phone layout is CSS only (docs/ui-patterns.md): a resize shows it without a reload.
        await page.setViewportSize(PHONE);
        await page.waitForTimeout(150);
        layout.push(...(await phoneLayoutProblems(page)).map((p) => `${href}: ${p}`));
        axe.push(...(await seriousAxe(page)));
      }
      expect(pages.length).toBeGreaterThan(4);
      expect([...layout, ...axe]).toEqual([]);
    });
  });
}

test("a PK signs in and opens a client's file with the keyboard only", async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  await page.goto("/login");
  await page.keyboard.press("Tab");
  // Tab until the email field has focus (a skip link may come first).
  for (let i = 0; i < 5 && !(await page.getByLabel("Email").evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
  await page.keyboard.type("budi.santoso@bimbing.id");
  await page.keyboard.press("Tab");
  await page.keyboard.type(PASSWORD);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/$/);

  const focusedIs = async (name: RegExp) => (await page.evaluate(() => (document.activeElement?.textContent ?? "").trim())).match(name) !== null;
  const tabTo = async (name: RegExp, limit = 60) => {
    for (let i = 0; i < limit; i++) {
      await page.keyboard.press("Tab");
      if (await focusedIs(name)) return;
    }
    throw new Error(`no focusable element named ${name} within ${limit} tabs`);
  };
  await tabTo(/^Klien & layanan/);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/clients$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Klien");
  // The first client in the list: tab into the table and open the first name link.
  const firstName = (await page.getByRole("table", { name: "Daftar klien" }).locator("tbody tr a").first().textContent())?.trim() ?? "";
  await tabTo(new RegExp(`^${firstName.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`), 120);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/clients\/[a-z0-9]{20,}$/i);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(firstName.split(" ")[0]);
  // The focus ring is visible on the next focused control.
  await page.keyboard.press("Tab");
  const outline = await page.evaluate(() => (document.activeElement ? getComputedStyle(document.activeElement).outlineStyle : "none"));
  expect(outline).not.toBe("none");
});
