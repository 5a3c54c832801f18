// A state-changing route handler (a file upload) must come from this app's own pages: the browser
// sends Origin on every POST, and it must name the host the request came to. Server actions get
// this check from Next; route handlers do not.

export function isSameOrigin(headers: Headers): boolean {
  const origin = headers.get("origin");
  const host = headers.get("x-forwarded-host") && process.env.TRUST_PROXY === "1" ? headers.get("x-forwarded-host") : headers.get("host");
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
