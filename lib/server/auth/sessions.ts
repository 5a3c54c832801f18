import "server-only";
import crypto from "node:crypto";
import { sessionState, shouldTouch } from "@/lib/domain/session";
import { prisma, type Db, type Tx } from "../db";
import { env } from "../env";
import { toCurrentUser, type CurrentUser } from "./current-user";
import { clock } from "../../clock";

/** The session id stored in the DB is a hash of the random token the JWT carries. */
export function hashSessionToken(token: string): string {
  return crypto.createHash("sha256").update(token).digest("base64url");
}

export async function createSession(db: Db | Tx, userId: string, meta: { ip?: string | null; userAgent?: string | null }, now = clock.now()) {
  const token = crypto.randomBytes(32).toString("base64url");
  await db.session.create({
    data: {
      id: hashSessionToken(token),
      userId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + env.sessionMaxHours * 3_600_000),
      ip: meta.ip ?? null,
      userAgent: meta.userAgent?.slice(0, 300) ?? null,
    },
  });
  return token;
}

/**
 * Checks a session token against the database on every request: the session must be live
 * (not revoked, not idle, not past its absolute lifetime) and its user active. The user's role and
 * office are read fresh, so a role change or deactivation takes effect at once.
 */
export async function validateSessionToken(token: string, now = clock.now()): Promise<CurrentUser | null> {
  const id = hashSessionToken(token);
  const session = await prisma.session.findUnique({
    where: { id },
    select: {
      id: true, createdAt: true, lastSeenAt: true, expiresAt: true, revokedAt: true,
      user: {
        select: {
          id: true, name: true, email: true, role: true, pkLevel: true, section: true, active: true, officeId: true, mustChangePassword: true,
          office: { select: { name: true, code: true, timeZone: true, usesSections: true } },
        },
      },
    },
  });
  if (!session) return null;
  const state = sessionState(session, now, env.sessionIdleMinutes);
  if (state !== "valid" || !session.user.active) {
    if (!session.revokedAt) {
      const reason = state === "valid" ? "USER_INACTIVE" : state.toUpperCase();
      await prisma.session.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: now, revokedReason: reason } });
    }
    return null;
  }
  if (shouldTouch(session, now)) {
    await prisma.session.update({ where: { id }, data: { lastSeenAt: now } });
  }
  return toCurrentUser(session.user, session.id);
}

export async function revokeSessionToken(token: string, reason: string) {
  await prisma.session.updateMany({ where: { id: hashSessionToken(token), revokedAt: null }, data: { revokedAt: clock.now(), revokedReason: reason } });
}

/** Ends every live session of a user, optionally keeping one (the caller's own). */
export async function revokeUserSessions(db: Db | Tx, userId: string, reason: string, exceptSessionId?: string) {
  const res = await db.session.updateMany({
    where: { userId, revokedAt: null, ...(exceptSessionId ? { id: { not: exceptSessionId } } : {}) },
    data: { revokedAt: clock.now(), revokedReason: reason },
  });
  return res.count;
}
