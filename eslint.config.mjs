import next from "eslint-config-next";

const config = [
  { ignores: ["lib/server/generated/**", ".next*/**", ".data/**", "test-results/**", "playwright-report/**", ".bench/**"] },
  ...next,
];

export default config;
