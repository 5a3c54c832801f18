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

export const PASSWORD_CHANGE_PATH = "/account/password";

interface RequireOptions {
  /** Only the password change itself is open to a user whose password an admin set. */
  allowPendingPasswordChange?: boolean;
}

/** For pages: the user, or a redirect to the login page (or to the forced password change). */
export async function requireUser(options: RequireOptions = {}): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  if (user.mustChangePassword && !options.allowPendingPasswordChange) redirect(PASSWORD_CHANGE_PATH);
  return user;
}

/** For server actions and route handlers: the user, or an UNAUTHENTICATED / FORBIDDEN error. */
export async function requireActor(options: RequireOptions = {}): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new AppError("UNAUTHENTICATED");
  if (user.mustChangePassword && !options.allowPendingPasswordChange) {
    throw new AppError("FORBIDDEN", "Ganti kata sandi Anda terlebih dahulu: kata sandi ini dibuat oleh admin.");
  }
  return user;
}

/** For route handlers that answer with a status: the user, or null (also while a password change is pending). */
export async function getActor(): Promise<CurrentUser | null> {
  const user = await getCurrentUser();
  return user && !user.mustChangePassword ? user : null;
}
