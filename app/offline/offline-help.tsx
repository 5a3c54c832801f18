"use client";

import { useEffect, useState } from "react";
import { CACHE_OWNER_KEY, PAGES_CACHE } from "@/lib/offline/constants";
import { listOutbox } from "@/lib/outbox";

interface KeptPage {
  href: string;
  title: string;
}

const decodeEntities = (s: string) =>
  s.replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

/** What this device still has: the pages kept for the signed-in officer, and how many entries wait. */
export function OfflineHelp() {
  const [pages, setPages] = useState<KeptPage[] | null>(null);
  const [waiting, setWaiting] = useState<number | null>(null);

  useEffect(() => {
    let owner: string | null = null;
    try {
      owner = window.localStorage.getItem(CACHE_OWNER_KEY);
    } catch {}
    if (owner) void listOutbox(owner).then((l) => setWaiting(l.filter((e) => !e.rejected).length)).catch(() => setWaiting(null));
    if (typeof caches === "undefined" || !owner) return;
    void (async () => {
      const cache = await caches.open(PAGES_CACHE);
      const kept: KeptPage[] = [];
      for (const req of await cache.keys()) {
        const url = new URL(req.url);
        const res = await cache.match(req);
        const html = res ? await res.text() : "";
        const label = /data-offline-label="([^"]*)"/.exec(html)?.[1] ?? /<title>([^<]*)<\/title>/.exec(html)?.[1]?.replace(/ · Bimbing$/, "");
        const title = label ? decodeEntities(label) : url.pathname;
        kept.push({ href: url.pathname + url.search, title });
      }
      setPages(kept.sort((a, b) => a.href.localeCompare(b.href)));
    })().catch(() => setPages([]));
  }, []);

  return (
    <>
      {waiting !== null ? (
        <p role="status" className={waiting > 0 ? "mt-3 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950" : "mt-3 rounded-md border border-slate-200 bg-slate-50 px-3 py-2 text-sm text-slate-700"}>
          {waiting > 0 ? `${waiting} catatan menunggu dikirim. Catatan tetap aman di perangkat ini dan terkirim saat sinyal kembali.` : "Tidak ada catatan yang menunggu dikirim."}
        </p>
      ) : null}
      {pages && pages.length > 0 ? (
        <section aria-labelledby="tersedia-judul" className="mt-4">
          <h2 id="tersedia-judul" className="text-sm font-semibold text-slate-900">Tersedia tanpa sinyal</h2>
          <ul className="mt-2 divide-y divide-slate-100 rounded-md border border-slate-200">
            {pages.map((p) => (
              <li key={p.href}>
                <a href={p.href} className="flex min-h-11 items-center px-3 py-2 text-sm font-medium text-brand-800 underline-offset-2 hover:underline">{p.title}</a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <div className="mt-5 flex flex-wrap gap-2">
        <button type="button" onClick={() => window.location.reload()} className="inline-flex h-11 items-center rounded-md bg-brand-700 px-4 text-sm font-medium text-white hover:bg-brand-800">
          Coba lagi
        </button>
        {/* A full page load, which the service worker answers from its copy (no client-side fetch). */}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
        <a href="/" className="inline-flex h-11 items-center rounded-md border border-slate-300 bg-white px-4 text-sm font-medium text-slate-800 hover:bg-slate-50">
          Ke beranda
        </a>
      </div>
    </>
  );
}
