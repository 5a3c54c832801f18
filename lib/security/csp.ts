// The Content-Security-Policy, built per request with a fresh nonce (proxy.ts). Next.js reads the
// nonce from the request's policy header and puts it on its own scripts; 'strict-dynamic' lets
// those load the rest of the bundle. Styles allow inline style attributes (React sets them), which
// cannot carry a nonce. Edge-safe: no Node APIs.
export function buildCsp(nonce: string, { dev = false }: { dev?: boolean } = {}): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** The part that holds without a nonce, sent by next.config.ts for every response (proxy off too). */
export const STATIC_CSP = "object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";

export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
