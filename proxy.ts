import { NextResponse, type NextRequest } from "next/server";

// Convenience only: sends visitors without a session cookie to the login page. Authorization is
// done in lib/server for every page, action and route; the app stays safe without this file.
const PUBLIC = [/^\/login/, /^\/api\/auth/, /^\/api\/health$/, /^\/verifikasi/, /^\/_next/, /^\/favicon/];

export function proxy(request: NextRequest) {
  // The browser tests run the authorization specs a second time with the proxy switched off.
  if (process.env.BIMBING_DISABLE_PROXY === "1") return NextResponse.next();
  const { pathname } = request.nextUrl;
  if (PUBLIC.some((re) => re.test(pathname))) return NextResponse.next();
  const hasSession = request.cookies.has("bimbing.session") || request.cookies.has("__Secure-bimbing.session");
  if (!hasSession) {
    const url = request.nextUrl.clone();
    url.pathname = "/login";
    url.search = "";
    return NextResponse.redirect(url);
  }
  return NextResponse.next();
}

export const config = { matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"] };
