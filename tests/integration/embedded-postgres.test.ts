import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs script without types
import { startEmbeddedPostgres } from "../../scripts/pg.mjs";

// `npm start` and `npm test` must work from any folder, as root or not: a `mktemp -d` folder
// (mode 0700), /root/<name>, a path with a space. PostgreSQL refuses to run as root, and the OS
// user it used to run as cannot enter such folders (decision 0011).
const parent = fs.mkdtempSync(path.join(os.tmpdir(), "bimbing pg "));
afterAll(() => fs.rmSync(parent, { recursive: true, force: true }));

async function query(url: string, text: string) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(text)).rows;
  } finally {
    await c.end();
  }
}

describe("embedded PostgreSQL", () => {
  it("starts from a 0700 folder with a space in its path, keeps its data across restarts, and changes no folder's mode", async () => {
    fs.chmodSync(parent, 0o700);
    const dir = path.join(parent, "project data", "pg");
    const first = await startEmbeddedPostgres({ dir, database: "bimbing", persistent: true });
    try {
      await query(first.url, "CREATE TABLE kept (note text); INSERT INTO kept VALUES ('masih ada')");
    } finally {
      await first.stop();
    }
    const second = await startEmbeddedPostgres({ dir, database: "bimbing", persistent: true });
    try {
      expect(await query(second.url, "SELECT note FROM kept")).toEqual([{ note: "masih ada" }]);
    } finally {
      await second.stop();
    }
    expect(fs.statSync(parent).mode & 0o777).toBe(0o700);
    // The data belongs to whoever runs the project, not to another OS account.
    expect(fs.statSync(dir).uid).toBe(process.getuid!());
  });

  it("uses a random superuser password kept beside the data (0600), and refuses a wrong one", async () => {
    const dir = path.join(parent, "pw", "pg");
    const db = await startEmbeddedPostgres({ dir, database: "bimbing", persistent: false });
    try {
      const file = `${dir}-password`;
      const password = fs.readFileSync(file, "utf8").trim();
      expect(password).toMatch(/^[0-9a-f]{48}$/);
      expect(fs.statSync(file).mode & 0o777).toBe(0o600);
      expect(db.url).toContain(password);
      await expect(query(db.url.replace(password, "postgres"), "SELECT 1")).rejects.toThrow(/password authentication failed/);
    } finally {
      await db.stop();
    }
  });
});
