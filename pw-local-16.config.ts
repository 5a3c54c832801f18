import base from "/work/wt-16/playwright.config";
export default { ...base, testDir: "/work/wt-16/tests/e2e", outputDir: "/tmp/pw-16-results", webServer: undefined, use: { ...base.use, baseURL: "http://127.0.0.1:3950" }, projects: [{ name: "app" }] };
