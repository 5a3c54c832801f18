import { defineConfig, devices } from "@playwright/test";

// `npm test` builds the app, starts a throwaway PostgreSQL (migrated and seeded) and sets
// DATABASE_URL and E2E_PORT before running this.
const PORT = Number(process.env.E2E_PORT ?? 3417);
const baseURL = `http://127.0.0.1:${PORT}`;

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
    screenshot: "only-on-failure",
    // Debian's Chromium (apt-get install -y chromium); `npx playwright install` cannot download here.
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
    },
  },
  webServer: {
    command: `node_modules/.bin/next start -p ${PORT} -H 127.0.0.1`,
    url: `${baseURL}/login`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: {
      DATABASE_URL: process.env.DATABASE_URL ?? "",
      AUTH_SECRET: process.env.AUTH_SECRET ?? "e2e-secret-0123456789abcdef0123456789abcdef",
      NEXTAUTH_URL: baseURL,
      AUTH_TRUST_HOST: "true",
      APP_URL: baseURL,
      NEXT_TELEMETRY_DISABLED: "1",
    },
  },
});
