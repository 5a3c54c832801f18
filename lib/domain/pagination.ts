// Keyset pagination cursors: lists ordered by (name, id), or by several parts (encodeKey).
export interface NameCursor {
  name: string;
  id: string;
}

/** A keyset cursor of several ordered parts (a list sorted on more than name and id). */
export function encodeKey(parts: readonly string[]): string {
  return Buffer.from(JSON.stringify(parts), "utf8").toString("base64url");
}

/** The parts of a cursor made by encodeKey, or null when it is not `n` strings (tampered or stale). */
export function decodeKey(raw: string | null | undefined, n: number): string[] | null {
  if (!raw || raw.length > 800) return null;
  try {
    const v = JSON.parse(Buffer.from(raw, "base64url").toString("utf8"));
    if (Array.isArray(v) && v.length === n && v.every((x) => typeof x === "string")) return v;
  } catch {
    /* a tampered cursor is just ignored */
  }
  return null;
}

export function encodeCursor(c: NameCursor): string {
  return encodeKey([c.name, c.id]);
}

export function decodeCursor(raw: string | null | undefined): NameCursor | null {
  const v = decodeKey(raw, 2);
  return v ? { name: v[0], id: v[1] } : null;
}

/** "1–25 dari 180": the rows a page shows, counted from 1. */
export function pageRange(start: number, shown: number, total: number): string {
  if (shown === 0) return `0 dari ${total.toLocaleString("id-ID")}`;
  const n = (x: number) => x.toLocaleString("id-ID");
  return `${n(start)}–${n(start + shown - 1)} dari ${n(total)}`;
}

/**
 * Where a keyset page starts (from 1): the `dari` its link carried, 1 at the list's start (no way
 * back), and never so far that the page would run past the total (a stale or edited link).
 */
export function pageStart(dari: number | undefined, atStart: boolean, shown: number, total: number): number {
  if (atStart) return 1;
  return Math.max(1, Math.min(dari ?? 1, total - shown + 1));
}

/** The `dari` of the next page and of the previous one. */
export function neighbourStarts(start: number, shown: number, pageSize: number): { next: number; prev: number } {
  return { next: start + shown, prev: Math.max(1, start - pageSize) };
}

/** How many matches a search-as-you-type picker shows; typing more narrows it. */
export const PICKER_LIMIT = 20;
