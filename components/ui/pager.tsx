import { neighbourStarts, pageRange, pageStart } from "@/lib/domain/pagination";
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
      {range ? <p className="order-first w-full text-center text-sm text-slate-600 sm:order-none sm:w-auto">{range}</p> : null}
      {nextHref ? <ButtonLink variant="secondary" href={nextHref} prefetch={false} className="ml-auto sm:ml-0">Berikutnya →</ButtonLink> : <span className="hidden sm:block" />}
    </nav>
  );
}

/** A list's URL with its filters kept and one cursor set (the other dropped). */
export function pageHref(path: string, params: Record<string, string | number | undefined>, key: "after" | "before", cursor: string): string {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== "" && k !== "after" && k !== "before") qs.set(k, String(v));
  qs.set(key, cursor);
  return `${path}?${qs}`;
}

/**
 * The pager of a list paged on (name, id) cursors with an exact total: the links carry the next
 * page's place (`dari`) so the range is said without counting the rows before the cursor.
 */
export function KeysetPager({ label, path, params, page, pageSize }: {
  label: string;
  path: string;
  params: Record<string, string | number | undefined> & { dari?: number };
  page: { items: readonly unknown[]; total: number; prevCursor: string | null; nextCursor: string | null };
  pageSize: number;
}) {
  const shown = page.items.length;
  if (shown === 0) return null;
  const start = pageStart(params.dari, !page.prevCursor, shown, page.total);
  const { next, prev } = neighbourStarts(start, shown, pageSize);
  return (
    <Pager
      label={label}
      range={pageRange(start, shown, page.total)}
      prevHref={page.prevCursor ? pageHref(path, { ...params, dari: prev }, "before", page.prevCursor) : null}
      nextHref={page.nextCursor ? pageHref(path, { ...params, dari: next }, "after", page.nextCursor) : null}
    />
  );
}
