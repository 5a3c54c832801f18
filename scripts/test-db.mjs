// `npm run test:db`: a PostgreSQL for running single test files while developing. Starts (or
// restarts) a cluster kept in .data/test-pg, migrates the database `bimbing_it`, prints its URL
// and stays in the foreground until Ctrl-C. Then, in another terminal:
//   DATABASE_URL=<url> npx vitest run --project integration tests/integration/litmas.test.ts
// `npm test` does not use it: it starts its own throwaway cluster.
import path from "node:path";
import { log, migrate, root } from "./lib.mjs";
import { startEmbeddedPostgres } from "./pg.mjs";

const pg = await startEmbeddedPostgres({ dir: path.join(root, ".data", "test-pg"), database: "bimbing_it", persistent: true });
await migrate(pg.url);
log(`PostgreSQL uji siap: DATABASE_URL=${pg.url}`);
const stop = async () => {
  await pg.stop().catch(() => {});
  process.exit(0);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
setInterval(() => {}, 1 << 30);
