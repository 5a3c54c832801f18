import "server-only";
import crypto from "node:crypto";
import { sessionState, shouldTouch } from "@/lib/domain/session";
import { prisma, type Db, type Tx } from "../db";
import { env } from "../env";
import { toCurrentUser, type CurrentUser } from "./current-user";
import type { PkLevel, Role, Section } from "../generated/prisma/enums.ts";
import { clock } from "../../clock";

interface SessionRow {
  id: string;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
  userId: string;
  name: string;
  email: string;
  role: Role;
  pkLevel: PkLevel | null;
  section: Section | null;
  active: boolean;
  officeId: string;
  mustChangePassword: boolean;
  officeName: string;
  officeCode: string;
  timeZone: string;
  usesSections: boolean;
}

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
  // One statement for the session, its user and the user's office (every page and action runs it).
  const [row] = await prisma.$queryRaw<SessionRow[]>`
    SELECT s.id, s."createdAt", s."lastSeenAt", s."expiresAt", s."revokedAt",
      u.id AS "userId", u.name, u.email, u.role::text AS role, u."pkLevel"::text AS "pkLevel", u.section::text AS section,
      u.active, u."officeId", u."mustChangePassword",
      o.name AS "officeName", o.code AS "officeCode", o."timeZone", o."usesSections"
    FROM "Session" s JOIN "User" u ON u.id = s."userId" JOIN "Office" o ON o.id = u."officeId"
    WHERE s.id = ${id}`;
  const session = row
    ? {
        ...row,
        user: {
          id: row.userId, name: row.name, email: row.email, role: row.role, pkLevel: row.pkLevel, section: row.section,
          active: row.active, officeId: row.officeId, mustChangePassword: row.mustChangePassword,
          office: { name: row.officeName, code: row.officeCode, timeZone: row.timeZone, usesSections: row.usesSections },
        },
      }
    : null;
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
