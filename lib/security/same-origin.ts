// A state-changing route handler (a file upload) must come from this app's own pages: the browser
// sends Origin on every POST, and it must name the host the request came to. Server actions get
// this check from Next; route handlers do not.

// Pure: the caller says whether a reverse proxy is configured (env.trustProxy), so X-Forwarded-Host
// is believed only then.
export function isSameOrigin(headers: Headers, trustProxy = false): boolean {
  const origin = headers.get("origin");
  const host = trustProxy && headers.get("x-forwarded-host") ? headers.get("x-forwarded-host") : headers.get("host");
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
