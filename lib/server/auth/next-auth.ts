import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { env } from "../env";
import { isDatabaseUnavailable } from "../errors";
import { clientIp } from "../client-ip";
import { login } from "./login";
import { revokeSessionToken } from "./sessions";

export const SESSION_COOKIE = env.secureCookies ? "__Secure-bimbing.session" : "bimbing.session";

const ZCredentials = z.object({ email: z.string().trim().min(1).max(200), password: z.string().min(1).max(200) });

function header(req: { headers?: Record<string, unknown> } | undefined, name: string): string | null {
  const v = req?.headers?.[name];
  return typeof v === "string" ? v : null;
}

// next-auth handles the login form post, CSRF and the encrypted session cookie. The cookie's JWT
// carries only `sid`, the token of a server-side Session row checked on every request.
export const authOptions: NextAuthOptions = {
  secret: env.authSecret,
  session: { strategy: "jwt", maxAge: env.sessionMaxHours * 3600 },
  pages: { signIn: "/login", error: "/login" },
  cookies: {
    sessionToken: {
      name: SESSION_COOKIE,
      options: { httpOnly: true, sameSite: "lax", path: "/", secure: env.secureCookies },
    },
  },
  providers: [
    CredentialsProvider({
      name: "Email dan kata sandi",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Kata sandi", type: "password" } },
      async authorize(credentials, req) {
        const parsed = ZCredentials.safeParse(credentials);
        if (!parsed.success) throw new Error("INVALID");
        const ip = clientIp(req?.headers);
        let result: Awaited<ReturnType<typeof login>>;
        try {
          result = await login({ ...parsed.data, ip, userAgent: header(req, "user-agent") });
        } catch (e) {
          // Never let a driver message (host, port) reach the login URL or the page.
          if (isDatabaseUnavailable(e)) throw new Error("UNAVAILABLE");
          console.error("Login failed unexpectedly:", e instanceof Error ? e.name : typeof e);
          throw new Error("ERROR");
        }
        // A locked account answers like a wrong password: telling them apart would reveal which
        // emails have accounts. The lock is in the audit trail and on the admin's user page.
        if (!result.ok) throw new Error(result.code === "LOCKED" ? "INVALID" : result.code);
        return { id: result.userId, sid: result.sessionToken };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user && "sid" in user) token.sid = user.sid as string;
      return token;
    },
    // The browser never needs the session's content: expose nothing but its expiry.
    session({ session }) {
      return { expires: session.expires } as typeof session;
    },
  },
  events: {
    async signOut({ token }) {
      if (typeof token?.sid !== "string") return;
      // The cookie is cleared either way; a session row left open by an outage idles out in 30 minutes.
      await revokeSessionToken(token.sid, "LOGOUT").catch((e) => {
        if (!isDatabaseUnavailable(e)) throw e;
      });
    },
  },
};
