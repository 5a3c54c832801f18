// Builds the service worker after `next build` (Next 16 builds with Turbopack, which @serwist/next's
// webpack plugin cannot hook into; see docs/decisions/0010-offline-field-app.md). Serwist's own
// build library lists the app's hashed files to precache, esbuild bundles worker/sw.ts with that
// list, and the result is public/sw.js, served by `next start` like any public file. Offline: no
// network, no extra download.
import fs from "node:fs";
import path from "node:path";
import { getManifest } from "@serwist/build";
import { build } from "esbuild";

const root = path.resolve(import.meta.dirname, "..");
const distDir = path.join(root, process.env.NEXT_DIST_DIR || ".next");
const buildId = fs.readFileSync(path.join(distDir, "BUILD_ID"), "utf8").trim();

const { manifestEntries, warnings } = await getManifest({
  globDirectory: distDir,
  globPatterns: ["static/**/*.{js,css,woff2,svg,png,ico}"],
  modifyURLPrefix: { "static/": "/_next/static/" },
  // Hashed names change with their content: no revision needed.
  dontCacheBustURLsMatching: /^\/_next\/static\//,
  maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
});
for (const w of warnings) console.warn(`[sw] ${w}`);
const entries = [
  ...manifestEntries.map((e) => (e.url.startsWith("/_next/static/") ? { url: e.url, revision: null } : e)),
  // Rendered pages and public files: versioned by the build.
  { url: "/offline", revision: buildId },
  { url: "/manifest.webmanifest", revision: buildId },
  { url: "/icons/icon-192.png", revision: buildId },
];

fs.mkdirSync(path.join(root, "public"), { recursive: true });
await build({
  entryPoints: [path.join(root, "worker", "sw.ts")],
  outfile: path.join(root, "public", "sw.js"),
  bundle: true,
  format: "iife",
  minify: true,
  target: "es2020",
  define: { "self.__SW_MANIFEST": JSON.stringify(entries), __BUILD_ID__: JSON.stringify(buildId), "process.env.NODE_ENV": '"production"' },
  logLevel: "warning",
});
console.log(`▸ service worker: ${entries.length} berkas dipracache`);
