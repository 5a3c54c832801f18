// Shared by the service worker (worker/sw.ts) and the pages: what is kept for use without signal.

/** The Cache Storage cache of pages the officer opened. One owner at a time (see offline-provider). */
export const PAGES_CACHE = "bimbing-pages";

/** Pages kept for offline use after one online visit: the caseload, today's tasks, client files and the contact form. */
export const OFFLINE_PAGES: RegExp[] = [
  /^\/$/,
  /^\/clients$/,
  /^\/tasks$/,
  /^\/clients\/[^/]+$/,
  /^\/clients\/[^/]+\/log$/,
  /^\/clients\/[^/]+\/contacts\/new$/,
];

/** The page shown for any other page without a connection. */
export const OFFLINE_URL = "/offline";

/** Marks the database-outage page so the service worker never keeps it over a good copy. */
export const OUTAGE_MARKER = "data-bimbing-outage";

/** localStorage key: the id of the user whose pages the cache holds. */
export const CACHE_OWNER_KEY = "bimbing.cache-owner";

export const isOfflinePage = (pathname: string) => OFFLINE_PAGES.some((re) => re.test(pathname));
