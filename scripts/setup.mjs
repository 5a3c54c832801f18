// `npm run setup`: the first-run setup of a real office. Creates the first office and its first
// admin and Kepala Bapas, with passwords those people type. Uses DATABASE_URL, else the embedded
// PostgreSQL in .data/pg. Does nothing once an office exists.
import { generate, migrate } from "./lib.mjs";
import { openDatabase } from "./database.mjs";

const { url, embedded } = await openDatabase();
let code = 1;
try {
  await generate();
  await migrate(url);
  const { runSetupPrompt } = await import("./lib.mjs");
  code = await runSetupPrompt(url);
} finally {
  if (embedded) await embedded.stop();
}
process.exit(code);
