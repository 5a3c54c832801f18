// A server action's request body, checked before the framework decodes it (proxy.ts): too large,
// not the JSON the browser sends, or nested deeper than any form's data answers 4xx in Bahasa
// Indonesia instead of the framework's 500. Edge-safe, pure.
export const ACTION_BODY_LIMIT = 1024 * 1024; // the framework's own default for server actions
const MAX_DEPTH = 32;

export type BodyVerdict = { ok: true } | { ok: false; status: 400 | 413 | 415; message: string };

const TOO_LARGE: BodyVerdict = { ok: false, status: 413, message: "Data yang dikirim terlalu besar (lebih dari 1 MB). Perkecil isian atau lampiran, lalu coba lagi." };
const MALFORMED: BodyVerdict = { ok: false, status: 400, message: "Data yang dikirim tidak dapat dibaca. Muat ulang halaman, lalu coba lagi." };

/** From the headers alone (before reading the body). */
export function checkActionHeaders(contentType: string | null, contentLength: string | null): BodyVerdict {
  const length = contentLength === null ? null : Number(contentLength);
  if (length !== null && (!Number.isFinite(length) || length > ACTION_BODY_LIMIT)) return TOO_LARGE;
  const type = (contentType ?? "").toLowerCase();
  if (type.startsWith("multipart/form-data") || type.startsWith("application/x-www-form-urlencoded") || type.startsWith("text/plain")) return { ok: true };
  return { ok: false, status: 415, message: "Jenis data yang dikirim tidak didukung. Muat ulang halaman, lalu coba lagi." };
}

/** A text/plain action body: the JSON array of the action's arguments, not too deep. */
export function checkActionText(body: string): BodyVerdict {
  if (body.length > ACTION_BODY_LIMIT) return TOO_LARGE;
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === "[" || c === "{") max = Math.max(max, ++depth);
    else if (c === "]" || c === "}") depth--;
    if (max > MAX_DEPTH) return MALFORMED;
  }
  try {
    JSON.parse(body);
  } catch {
    return MALFORMED;
  }
  return { ok: true };
}
