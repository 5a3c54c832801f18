import next from "eslint-config-next";

export default [
  { ignores: ["lib/server/generated/**", ".next/**", ".data/**", "test-results/**", "playwright-report/**"] },
  ...next,
];
