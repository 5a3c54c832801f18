import "server-only";
import type { CurrentUser } from "../auth/current-user";
import { prisma } from "../db";
import { env } from "../env";
import { clock } from "../../clock";

/** The user's live sessions, newest first. */
export async function listMySessions(user: CurrentUser) {
  const now = clock.ms();
  const rows = await prisma.session.findMany({
    where: { userId: user.id, revokedAt: null, expiresAt: { gt: new Date(now) }, lastSeenAt: { gt: new Date(now - env.sessionIdleMinutes * 60_000) } },
    orderBy: { lastSeenAt: "desc" },
    select: { id: true, createdAt: true, lastSeenAt: true, ip: true, userAgent: true },
  });
  return rows.map((s) => ({ ...s, current: s.id === user.sessionId }));
}
