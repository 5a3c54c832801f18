// Separation of duties for accounts (issue 12, part 4; decision 9). Creating a Kepala or an admin,
// making an account one, or resetting the password of one needs a second person:
// - a change to an admin account is confirmed by the office's Kepala;
// - a change to a Kepala account is confirmed by another admin, or by a Kepala where the office has
//   one admin;
// - never by the requester, never by the account the change is about.
import type { Role } from "./enums";

export const ACCOUNT_CHANGE_KINDS = ["CREATE_USER", "CHANGE_ROLE", "RESET_PASSWORD"] as const;
export type AccountChangeKind = (typeof ACCOUNT_CHANGE_KINDS)[number];
export type PrivilegedRole = "ADMIN" | "KEPALA_BAPAS";

const isPrivileged = (role: Role | null | undefined): role is PrivilegedRole => role === "ADMIN" || role === "KEPALA_BAPAS";

/**
 * The privileged role a change concerns, or null when one admin may make it alone.
 * A role change counts when it gives a privileged role the account did not have.
 */
export function privilegedRoleOf(kind: AccountChangeKind, roles: { fromRole?: Role | null; toRole?: Role | null }): PrivilegedRole | null {
  switch (kind) {
    case "CREATE_USER":
      return isPrivileged(roles.toRole) ? roles.toRole : null;
    case "CHANGE_ROLE":
      return isPrivileged(roles.toRole) && roles.toRole !== roles.fromRole ? roles.toRole : null;
    case "RESET_PASSWORD":
      return isPrivileged(roles.fromRole) ? roles.fromRole : null;
  }
}

export interface PendingChangeParties {
  concernsRole: PrivilegedRole;
  requestedById: string;
  targetUserId: string | null;
}

/** May this person confirm (or refuse) the change? `activeAdmins`: the office's active admins now. */
export function mayConfirmAccountChange(change: PendingChangeParties, person: { id: string; role: Role }, activeAdmins: number): boolean {
  if (person.id === change.requestedById || person.id === change.targetUserId) return false;
  if (change.concernsRole === "ADMIN") return person.role === "KEPALA_BAPAS";
  return person.role === "ADMIN" || (person.role === "KEPALA_BAPAS" && activeAdmins <= 1);
}

/** Who is asked to confirm, in words, for the requester's message and the list. */
export function confirmerLabel(concernsRole: PrivilegedRole, activeAdmins: number): string {
  if (concernsRole === "ADMIN") return "Kepala Bapas";
  return activeAdmins > 1 ? "admin lain di kantor ini" : "Kepala Bapas";
}
