import "server-only";
import { mayConfirmAccountChange, type PrivilegedRole } from "@/lib/domain/account-changes";
import type { CurrentUser } from "../auth/current-user";
import { assertCan } from "../auth/permissions";
import { prisma } from "../db";
import { clock } from "../../clock";

const HISTORY_DAYS = 90;

/**
 * The office's account changes that need a second person: the pending ones (each saying whether
 * this user may confirm it, or withdraw it as its requester) and those decided in the last 90 days.
 * Never the stored password hash.
 */
export async function listAccountChanges(user: CurrentUser) {
  assertCan(user, "account-change:decide");
  const since = new Date(clock.ms() - HISTORY_DAYS * 86_400_000);
  const [rows, activeAdmins] = await Promise.all([
    prisma.accountChange.findMany({
      where: { officeId: user.officeId, OR: [{ status: "PENDING" }, { decidedAt: { gte: since } }] },
      orderBy: [{ requestedAt: "desc" }],
      take: 200,
      select: {
        id: true, kind: true, concernsRole: true, targetUserId: true, targetName: true, targetEmail: true, fromRole: true, toRole: true, status: true,
        requestedById: true, requestedAt: true, decidedAt: true, decisionNote: true, version: true,
        requestedBy: { select: { name: true } }, decidedBy: { select: { name: true } },
      },
    }),
    prisma.user.count({ where: { officeId: user.officeId, role: "ADMIN", active: true } }),
  ]);
  const items = rows.map(({ requestedBy, decidedBy, ...r }) => ({
    ...r,
    requestedByName: requestedBy.name,
    decidedByName: decidedBy?.name ?? null,
    mayConfirm: r.status === "PENDING" && mayConfirmAccountChange({ concernsRole: r.concernsRole as PrivilegedRole, requestedById: r.requestedById, targetUserId: r.targetUserId }, user, activeAdmins),
    mayCancel: r.status === "PENDING" && r.requestedById === user.id,
  }));
  return { pending: items.filter((i) => i.status === "PENDING"), decided: items.filter((i) => i.status !== "PENDING") };
}
export type AccountChangeItem = Awaited<ReturnType<typeof listAccountChanges>>["pending"][number];

/** How many pending changes wait for this user's confirmation (the home page's card). */
export async function countAccountChangesAwaiting(user: CurrentUser): Promise<number> {
  const { pending } = await listAccountChanges(user);
  return pending.filter((p) => p.mayConfirm).length;
}
