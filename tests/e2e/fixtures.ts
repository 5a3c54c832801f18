import { test as base, type Browser, type BrowserContext } from "@playwright/test";

// Under `npm run test:clock` the test runner, the server and PostgreSQL run at a faked instant
// (libfaketime), but Chromium cannot: it runs on the real clock. Each browser context gets the
// runner's (faked) "now" through Playwright's clock, so the page and the server agree on the day.
export async function syncClock(context: BrowserContext): Promise<void> {
  if (process.env.E2E_FAKE_CLOCK === "1") await context.clock.install({ time: Date.now() });
}

/** A new browser context on the suite's clock. */
export async function newContext(browser: Browser): Promise<BrowserContext> {
  // No service worker here, as in the suite's own contexts (playwright.config.ts).
  const context = await browser.newContext({ serviceWorkers: "block" });
  await syncClock(context);
  return context;
}

export const test = base.extend({
  context: async ({ context }, provide) => {
    await syncClock(context);
    await provide(context);
  },
});

export { expect } from "@playwright/test";
