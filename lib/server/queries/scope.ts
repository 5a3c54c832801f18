import "server-only";
import type { Prisma } from "../generated/prisma/client.ts";
import type { CurrentUser } from "../auth/current-user";

/**
 * The clients a user may see: their office's, and for a PK only those assigned to them.
 * Every client read starts from this `where`; a client outside it is "not found".
 */
export function clientScope(user: Pick<CurrentUser, "id" | "role" | "officeId">): Prisma.ClientWhereInput {
  return {
    officeId: user.officeId,
    deletedAt: null,
    ...(user.role === "PK" ? { assignedPkId: user.id } : {}),
  };
}

/**
 * The pendampingan cases a user may see: their office's; for a PK those assigned to them, and a
 * request they logged while it still awaits a PK (so whoever records it sees it afterwards).
 */
export function pendampinganScope(user: Pick<CurrentUser, "id" | "role" | "officeId">): Prisma.PendampinganWhereInput {
  if (user.role !== "PK") return { officeId: user.officeId };
  return {
    officeId: user.officeId,
    OR: [{ assignedPkId: user.id }, { createdById: user.id, status: "REQUESTED", assignedPkId: null }],
  };
}
