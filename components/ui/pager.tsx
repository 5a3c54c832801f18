import { ButtonLink } from "./button";

/**
 * The one pager of a keyset-paged list (docs/ui-patterns.md): where the page is in the list
 * ("26–50 dari 180") and the way on and back. `prevHref` carries the first row's cursor
 * (`before=`), `nextHref` the last row's (`after=`); either is null at that end of the list.
 */
export function Pager({ label, range, prevHref, nextHref }: { label: string; range?: string | null; prevHref: string | null; nextHref: string | null }) {
  if (!range && !prevHref && !nextHref) return null;
  return (
    <nav aria-label={label} className="mt-4 flex flex-wrap items-center justify-between gap-2">
      {prevHref ? <ButtonLink variant="secondary" href={prevHref} prefetch={false}>← Sebelumnya</ButtonLink> : <span className="hidden sm:block" />}
      {range ? <p className="order-first w-full text-center text-sm text-slate-600 sm:order-none sm:w-auto" aria-live="polite">{range}</p> : null}
      {nextHref ? <ButtonLink variant="secondary" href={nextHref} prefetch={false} className="ml-auto sm:ml-0">Berikutnya →</ButtonLink> : <span className="hidden sm:block" />}
    </nav>
  );
}

/** A list's URL with its filters kept and one cursor set (the other dropped). */
export function pageHref(path: string, params: Record<string, string | undefined>, key: "after" | "before", cursor: string): string {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v && k !== "after" && k !== "before") qs.set(k, v);
  qs.set(key, cursor);
  return `${path}?${qs}`;
}
