import "server-only";
// Puts a new server-side session into the browser's next-auth cookie (after a password change the
// session is renewed: the old token is revoked and this device carries a fresh one).
import { cookies } from "next/headers";
import { encode } from "next-auth/jwt";
import { env } from "../env";
import { SESSION_COOKIE } from "./next-auth";

export async function renewSessionCookie(userId: string, sessionToken: string): Promise<void> {
  const maxAge = env.sessionMaxHours * 3600;
  const jwt = await encode({ token: { sub: userId, sid: sessionToken }, secret: env.authSecret, maxAge });
  (await cookies()).set(SESSION_COOKIE, jwt, { httpOnly: true, sameSite: "lax", path: "/", secure: env.secureCookies, maxAge });
}
