/// <reference lib="webworker" />
// Bimbing's service worker, bundled by scripts/build-sw.mjs after `next build` (esbuild; the
// precache list is put in at bundle time). It keeps the app's own files (precached), and the pages
// an officer opened (network first, so online they are always fresh). Without a connection it
// answers from that copy, and otherwise with the Indonesian offline page. Only complete 200 pages
// are kept: never a redirect to the login, a not-found or the outage page. Whose pages they are is
// managed by the pages (components/offline/offline-provider.tsx), which empty the cache at logout
// and when another user signs in.
import { NetworkFirst, NetworkOnly, Serwist, type PrecacheEntry, type SerwistPlugin } from "serwist";
import { isOfflinePage, OFFLINE_URL, OUTAGE_MARKER, PAGES_CACHE } from "../lib/offline/constants";

declare const self: ServiceWorkerGlobalScope & { __SW_MANIFEST: (PrecacheEntry | string)[] | undefined };
declare const __BUILD_ID__: string;

const completePagesOnly: SerwistPlugin = {
  cacheWillUpdate: async ({ response }) => {
    if (response.status !== 200 || response.redirected || response.type !== "basic") return null;
    if (!(response.headers.get("content-type") ?? "").includes("text/html")) return null;
    const html = await response.clone().text();
    return html.includes(OUTAGE_MARKER) ? null : response;
  },
};

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  skipWaiting: true,
  clientsClaim: true,
  navigationPreload: false,
  disableDevLogs: true,
  runtimeCaching: [
    {
      matcher: ({ request, url, sameOrigin }) => sameOrigin && request.mode === "navigate" && isOfflinePage(url.pathname),
      // A slow rural connection gets the kept copy after a few seconds instead of a blank screen.
      handler: new NetworkFirst({ cacheName: PAGES_CACHE, networkTimeoutSeconds: 6, plugins: [completePagesOnly], matchOptions: { ignoreSearch: true } }),
    },
    { matcher: ({ request, sameOrigin }) => sameOrigin && request.mode === "navigate", handler: new NetworkOnly() },
  ],
  fallbacks: { entries: [{ url: OFFLINE_URL, matcher: ({ request }) => request.mode === "navigate" }] },
});

// Kept pages name the script files of the build that served them, and a new build's precache drops
// the old files: after a deploy the kept pages go (the next online visit keeps them again).
self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      const marks = await caches.open("bimbing-build");
      const mark = await marks.match("/build-id");
      const kept = mark ? await mark.text() : null;
      if (kept !== __BUILD_ID__) {
        if (kept !== null) await caches.delete(PAGES_CACHE);
        await marks.put("/build-id", new Response(__BUILD_ID__));
      }
    })(),
  );
});

serwist.addEventListeners();
