import "server-only";
import type { CurrentUser } from "../auth/current-user";
import { assertCan } from "../auth/permissions";
import { audit } from "../audit";
import { prisma } from "../db";
import { clientScope } from "./scope";

/** The head of a client's sub-page (placements): in scope, else null. The view is audited. */
export async function getClientSummary(user: CurrentUser, clientId: string) {
  assertCan(user, "client:read");
  const c = await prisma.client.findFirst({ where: { AND: [clientScope(user), { id: clientId }] }, select: { id: true, fullName: true, registerNumber: true, program: true, status: true } });
  if (!c) return null;
  await audit(prisma, user, { action: "client.placements.view", entityType: "Client", entityId: c.id, clientId: c.id });
  return c;
}
