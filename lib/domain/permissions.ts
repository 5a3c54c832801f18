// What each role may do. Enforced in lib/server services and queries; the UI only uses it to
// hide what a user cannot do.
import type { Role } from "./enums";

export const PERMISSIONS = {
  "client:read": ["ADMIN", "KEPALA_BAPAS", "KASI", "PK"],
  "client:create": ["ADMIN", "KEPALA_BAPAS", "PK"],
  "client:update": ["ADMIN", "KEPALA_BAPAS", "PK"],
  "client:change-status": ["ADMIN", "KEPALA_BAPAS", "PK"],
  "client:delete": ["ADMIN"],
  "client:assign": ["ADMIN", "KEPALA_BAPAS"],
  "client:transfer": ["ADMIN", "KEPALA_BAPAS"],
  "workload:read": ["ADMIN", "KEPALA_BAPAS", "KASI"],
  "office:overview": ["ADMIN", "KEPALA_BAPAS", "KASI"],
  "user:manage": ["ADMIN"],
  // Separation of duties: who may confirm is narrowed per change (lib/domain/account-changes.ts).
  "account-change:decide": ["ADMIN", "KEPALA_BAPAS"],
  "office:manage": ["ADMIN"],
  "litmas:request": ["ADMIN", "KEPALA_BAPAS", "KASI", "PK"],
  "litmas:dispose": ["ADMIN", "KEPALA_BAPAS", "KASI"],
  "litmas:write": ["PK"],
  "litmas:approve": ["KEPALA_BAPAS"],
  "transition:propose": ["PK"],
  "tpp:record": ["ADMIN", "KEPALA_BAPAS"],
  "transition:decide": ["KEPALA_BAPAS"],
  "letter:issue": ["KEPALA_BAPAS"],
  "contact:write": ["PK"],
  "reporting:record": ["ADMIN", "KEPALA_BAPAS", "PK"],
  "audit:read": ["ADMIN", "KEPALA_BAPAS"],
  // The retention review (UU 27/2022): the admin sees the list; the Kepala, as the office's
  // controller, decides to keep or to anonymise (irreversible).
  "retention:read": ["ADMIN", "KEPALA_BAPAS"],
  "retention:decide": ["KEPALA_BAPAS"],
  // A whole NIK in an exported file (a bulk copy leaves the app): the office's controllers only.
  "nik:export-full": ["ADMIN", "KEPALA_BAPAS"],
  "program:manage": ["PK"],
  // Guidance with the community (issue 14, part A; decision 0014). Every officer of the office sees
  // the partner registry and the outreach; the Kepala and the admin keep the registry and its
  // agreements. The PK places their own clients and logs kerja sosial hours; a group session's
  // checklist is the recorder's clients (the PK's own, the admin's: the office's).
  "partner:read": ["ADMIN", "KEPALA_BAPAS", "KASI", "PK"],
  "partner:manage": ["ADMIN", "KEPALA_BAPAS"],
  "placement:write": ["PK"],
  "group-session:record": ["ADMIN", "PK"],
  "outreach:record": ["ADMIN", "KEPALA_BAPAS", "KASI", "PK"],
  // Correcting or removing such a record (decision 0022): every role gets this far; the service lets
  // through only its recorder, the Kepala, and for kerja sosial hours the client's PK.
  "community:correct": ["ADMIN", "KEPALA_BAPAS", "KASI", "PK"],
  // The risk and needs assessment (issue 14): the client's PK assesses; everyone who reads the file sees it.
  "assessment:write": ["PK"],
  "violation:read": ["ADMIN", "KEPALA_BAPAS", "KASI", "PK"],
  "violation:report": ["PK"],
  "revocation:report": ["PK"],
  "revocation:tpp": ["ADMIN", "KEPALA_BAPAS"],
  "revocation:decide": ["KEPALA_BAPAS"],
  // Pendampingan (issue 10). A Kasi assigns only PKs of its own section (enforced in the service).
  "pendampingan:read": ["ADMIN", "KEPALA_BAPAS", "KASI", "PK"],
  "pendampingan:request": ["ADMIN", "KEPALA_BAPAS", "KASI", "PK"],
  "pendampingan:assign": ["KEPALA_BAPAS", "KASI"],
  "pendampingan:letter": ["KEPALA_BAPAS"], // the surat tugas
  "pendampingan:write": ["PK"], // steps, the diversi agreement and its supervision
  "pendampingan:cancel": ["ADMIN", "KEPALA_BAPAS"],
  "litmas:deliver": ["ADMIN", "KEPALA_BAPAS", "KASI", "PK"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}
