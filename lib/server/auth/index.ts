import "server-only";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { decode } from "next-auth/jwt";
import { cache } from "react";
import { env } from "../env";
import { AppError } from "../errors";
import type { CurrentUser } from "./current-user";
import { SESSION_COOKIE } from "./next-auth";
import { validateSessionToken } from "./sessions";

export type { CurrentUser } from "./current-user";
// Services and queries import these two from their own modules (no next/* dependency).
export { assertCan } from "./permissions";

/** The signed-in user for this request, checked against the session table; null if none. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const raw = (await cookies()).get(SESSION_COOKIE)?.value;
  if (!raw) return null;
  const token = await decode({ token: raw, secret: env.authSecret }).catch(() => null);
  if (!token || typeof token.sid !== "string") return null;
  return validateSessionToken(token.sid);
});

/** For pages: the user, or a redirect to the login page. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  return user;
}

/** For server actions and route handlers: the user, or an UNAUTHENTICATED error. */
export async function requireActor(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new AppError("UNAUTHENTICATED");
  return user;
}
