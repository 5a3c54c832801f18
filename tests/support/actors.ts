import { toCurrentUser, type CurrentUser } from "@/lib/server/auth/current-user";
import { prisma } from "@/lib/server/db";

/** The CurrentUser a service would receive for this user (as after a real login). */
export async function actorFor(userId: string, sessionId = "test-session"): Promise<CurrentUser> {
  const u = await prisma.user.findUniqueOrThrow({ where: { id: userId }, include: { office: true } });
  return toCurrentUser(u, sessionId);
}
