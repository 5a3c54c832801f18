import "server-only";
import { can, type Permission } from "@/lib/domain/permissions";
import { AppError } from "../errors";
import type { CurrentUser } from "./current-user";

/** Throws FORBIDDEN unless the user's role grants the permission. */
export function assertCan(user: Pick<CurrentUser, "role">, permission: Permission): void {
  if (!can(user.role, permission)) throw new AppError("FORBIDDEN");
}
