// What each role may do. Enforced in lib/server services and queries; the UI only uses it to
// hide what a user cannot do.
import type { Role } from "./enums";

export const PERMISSIONS = {
  "client:read": ["ADMIN", "KEPALA_BAPAS", "PK"],
  "client:create": ["ADMIN", "KEPALA_BAPAS", "PK"],
  "client:update": ["ADMIN", "KEPALA_BAPAS", "PK"],
  "client:change-status": ["ADMIN", "KEPALA_BAPAS", "PK"],
  "client:delete": ["ADMIN"],
  "client:assign": ["ADMIN", "KEPALA_BAPAS"],
  "client:transfer": ["ADMIN", "KEPALA_BAPAS"],
  "workload:read": ["ADMIN", "KEPALA_BAPAS"],
  "office:overview": ["ADMIN", "KEPALA_BAPAS"],
  "user:manage": ["ADMIN"],
  "office:manage": ["ADMIN"],
  "litmas:request": ["ADMIN", "KEPALA_BAPAS", "PK"],
  "litmas:dispose": ["ADMIN", "KEPALA_BAPAS"],
  "litmas:write": ["PK"],
  "litmas:approve": ["KEPALA_BAPAS"],
  "transition:propose": ["PK"],
  "tpp:record": ["ADMIN", "KEPALA_BAPAS"],
  "transition:decide": ["KEPALA_BAPAS"],
  "letter:issue": ["KEPALA_BAPAS"],
  "contact:write": ["PK"],
  "reporting:record": ["ADMIN", "KEPALA_BAPAS", "PK"],
  "audit:read": ["ADMIN", "KEPALA_BAPAS"],
  "program:manage": ["PK"],
  "violation:read": ["ADMIN", "KEPALA_BAPAS", "PK"],
  "violation:report": ["PK"],
  "revocation:report": ["PK"],
  "revocation:tpp": ["ADMIN", "KEPALA_BAPAS"],
  "revocation:decide": ["KEPALA_BAPAS"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}
