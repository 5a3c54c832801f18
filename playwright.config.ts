import { defineConfig, devices } from "@playwright/test";

// `npm test` builds the app, starts a throwaway PostgreSQL (migrated and seeded) and sets
// DATABASE_URL and E2E_PORT before running this.
const PORT = Number(process.env.E2E_PORT ?? 3417);
const baseURL = `http://127.0.0.1:${PORT}`;
// A second server of the same build with proxy.ts switched off: authorization must not depend on it.
const NO_PROXY_PORT = PORT + 1;
const noProxyURL = `http://127.0.0.1:${NO_PROXY_PORT}`;
// A third server of the same build whose database is unreachable (nothing listens on port 9):
// every page must answer with the Indonesian outage page and no database detail.
const OUTAGE_PORT = PORT + 2;
const outageURL = `http://127.0.0.1:${OUTAGE_PORT}`;
const DEAD_DATABASE_URL = "postgresql://bimbing:tidak-ada@127.0.0.1:9/bimbing";

const serverEnv = (url: string) => ({
  DATABASE_URL: process.env.DATABASE_URL ?? "",
  AUTH_SECRET: process.env.AUTH_SECRET ?? "e2e-secret-0123456789abcdef0123456789abcdef",
  NEXTAUTH_URL: url,
  AUTH_TRUST_HOST: "true",
  APP_URL: url,
  NEXT_TELEMETRY_DISABLED: "1",
});

export default defineConfig({
  testDir: "./tests/e2e",
  workers: 1,
  retries: 0,
  timeout: 45_000,
  expect: { timeout: 10_000 },
  reporter: process.env.PW_REPORTER ? [["list"], ["json", { outputFile: process.env.PW_REPORTER }]] : "list",
  outputDir: "test-results/e2e",
  use: {
    baseURL,
    ...devices["Desktop Chrome"],
    locale: "id-ID",
    timezoneId: "Asia/Jakarta",
    trace: "retain-on-failure",
    // The service worker only where a spec is about it (offline.spec.ts): elsewhere it would precache
    // the whole app in every new browser context.
    serviceWorkers: "block",
    screenshot: "only-on-failure",
    // Debian's Chromium (apt-get install -y chromium); `npx playwright install` cannot download here.
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
    },
  },
  projects: [
    { name: "app", testIgnore: /no-proxy|outage/ },
    { name: "outage", testMatch: /outage\.spec\.ts$/, use: { baseURL: outageURL } },
    { name: "no-proxy", testMatch: /(access|no-proxy)\.spec\.ts$/, use: { baseURL: noProxyURL } },
  ],
  webServer: [
    {
      command: `node_modules/.bin/next start -p ${PORT} -H 127.0.0.1`,
      url: `${baseURL}/login`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: serverEnv(baseURL),
    },
    {
      command: `node_modules/.bin/next start -p ${NO_PROXY_PORT} -H 127.0.0.1`,
      url: `${noProxyURL}/login`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: { ...serverEnv(noProxyURL), BIMBING_DISABLE_PROXY: "1" },
    },
    {
      command: `node_modules/.bin/next start -p ${OUTAGE_PORT} -H 127.0.0.1`,
      url: `${outageURL}/login`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: { ...serverEnv(outageURL), DATABASE_URL: DEAD_DATABASE_URL },
    },
  ],
});
