import "server-only";
import { audit } from "../audit";
import type { CurrentUser } from "../auth/current-user";
import { prisma } from "../db";
import { invalid, notFound } from "../errors";
import { clock } from "../../clock";

/** Ends one of the user's own sessions (e.g. a browser left signed in elsewhere). */
export async function revokeOwnSession(user: CurrentUser, sessionId: string): Promise<void> {
  if (sessionId === user.sessionId) throw invalid("Untuk mengakhiri sesi ini, gunakan tombol Keluar.");
  await prisma.$transaction(async (tx) => {
    const res = await tx.session.updateMany({
      where: { id: sessionId, userId: user.id, revokedAt: null },
      data: { revokedAt: clock.now(), revokedReason: "REVOKED_BY_USER" },
    });
    if (res.count === 0) throw notFound("Sesi tidak ditemukan atau sudah berakhir.");
    await audit(tx, user, { action: "session.revoke", entityType: "Session", entityId: sessionId });
  });
}
