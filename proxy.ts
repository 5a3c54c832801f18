import { NextResponse, type NextRequest } from "next/server";
import { checkActionHeaders, checkActionText } from "@/lib/security/action-body";
import { buildCsp, newNonce } from "@/lib/security/csp";

// Sends visitors without a session cookie to the login page (a convenience: authorization is done
// in lib/server for every page, action and route; the app stays safe without this file) and sets
// the per-request Content-Security-Policy with its nonce. Without this file, next.config.ts still
// sends the policy's nonce-free part (no framing, no plugins, no foreign form targets).
const PUBLIC = [/^\/login/, /^\/api\/auth/, /^\/api\/health$/, /^\/verifikasi/, /^\/_next/, /^\/favicon/, /^\/icon\.svg/, /^\/icons\//, /^\/sw\.js$/, /^\/manifest\.webmanifest$/, /^\/offline$/];

export async function proxy(request: NextRequest) {
  // The browser tests run the authorization specs a second time with the proxy switched off.
  if (process.env.BIMBING_DISABLE_PROXY === "1") return NextResponse.next();
  if (request.method === "POST" && request.headers.has("next-action")) {
    const refused = await checkActionBody(request);
    if (refused) return refused;
  }
  const nonce = newNonce();
  const csp = buildCsp(nonce, { dev: process.env.NODE_ENV === "development" });
  const { pathname } = request.nextUrl;
  const hasSession = request.cookies.has("bimbing.session") || request.cookies.has("__Secure-bimbing.session");
  if (!PUBLIC.some((re) => re.test(pathname)) && !hasSession) {
    const url = request.nextUrl.clone();
    url.pathname = "/login";
    url.search = "";
    return NextResponse.redirect(url);
  }
  // Next.js reads the nonce from the request's policy header for its own scripts.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

/** A server action's body the framework would answer with a 500: a 4xx in Bahasa Indonesia instead. */
async function checkActionBody(request: NextRequest): Promise<NextResponse | null> {
  let verdict = checkActionHeaders(request.headers.get("content-type"), request.headers.get("content-length"));
  if (verdict.ok && (request.headers.get("content-type") ?? "").toLowerCase().startsWith("text/plain")) {
    verdict = checkActionText(await request.clone().text());
  }
  if (verdict.ok) return null;
  return new NextResponse(verdict.message, { status: verdict.status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}

export const config = { matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"] };
