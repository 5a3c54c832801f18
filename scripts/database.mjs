// The database `npm start` and `npm run setup` use: DATABASE_URL, else the embedded PostgreSQL in
// .data/pg (its superuser's random password in .data/pg-password).
import path from "node:path";
import pgLib from "pg";
import { log, root } from "./lib.mjs";
import { startEmbeddedPostgres } from "./pg.mjs";

/** @returns {Promise<{ url: string, embedded: null | { stop: () => Promise<void> } }>} */
export async function openDatabase() {
  if (process.env.DATABASE_URL) {
    log("memakai DATABASE_URL");
    return { url: process.env.DATABASE_URL, embedded: null };
  }
  const embedded = await startEmbeddedPostgres({
    dir: path.join(root, ".data", "pg"),
    port: Number(process.env.EMBEDDED_PG_PORT ?? 54329),
    database: "bimbing",
    persistent: true,
  });
  log(`PostgreSQL lokal berjalan di 127.0.0.1:${embedded.port} (data di .data/pg)`);
  return { url: embedded.url, embedded };
}

export async function countOffices(url) {
  const c = new pgLib.Client({ connectionString: url });
  await c.connect();
  try {
    return Number((await c.query('SELECT count(*)::int AS n FROM "Office"')).rows[0].n);
  } finally {
    await c.end();
  }
}

/** How many of the demo accounts (prisma/demo-accounts.json) exist and are active. */
export async function countDemoAccounts(url, emails) {
  const c = new pgLib.Client({ connectionString: url });
  await c.connect();
  try {
    return Number((await c.query('SELECT count(*)::int AS n FROM "User" WHERE active AND email = ANY($1)', [emails])).rows[0].n);
  } finally {
    await c.end();
  }
}
