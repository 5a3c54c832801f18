// Keyset pagination cursors for lists ordered by (name, id).
export interface NameCursor {
  name: string;
  id: string;
}

export function encodeCursor(c: NameCursor): string {
  return Buffer.from(JSON.stringify([c.name, c.id]), "utf8").toString("base64url");
}

export function decodeCursor(raw: string | null | undefined): NameCursor | null {
  if (!raw || raw.length > 600) return null;
  try {
    const v = JSON.parse(Buffer.from(raw, "base64url").toString("utf8"));
    if (Array.isArray(v) && v.length === 2 && typeof v[0] === "string" && typeof v[1] === "string") return { name: v[0], id: v[1] };
  } catch {
    /* a tampered cursor is just ignored */
  }
  return null;
}

/** How many matches a search-as-you-type picker shows; typing more narrows it. */
export const PICKER_LIMIT = 20;
