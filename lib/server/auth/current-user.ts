import "server-only";
// The signed-in user as the services see it. Plain data, safe to pass to pages.
import type { PkLevel, Role, Section } from "../generated/prisma/enums.ts";

export interface CurrentUser {
  id: string;
  name: string;
  email: string;
  role: Role;
  pkLevel: PkLevel | null;
  /** The PK's or Kasi's section (BKD/BKA) in an office that works with sections. */
  section: Section | null;
  officeId: string;
  /** The office works with sections: the Kepala disposes to a section, its Kasi assigns the PK. */
  officeUsesSections: boolean;
  officeName: string;
  officeCode: string;
  timeZone: string;
  sessionId: string;
  /** An admin set this password: every page and action but the password change is closed. */
  mustChangePassword: boolean;
}

interface UserWithOffice {
  id: string;
  name: string;
  email: string;
  role: Role;
  pkLevel: PkLevel | null;
  section?: Section | null;
  officeId: string;
  mustChangePassword?: boolean;
  office: { name: string; code: string; timeZone: string; usesSections?: boolean };
}

export function toCurrentUser(u: UserWithOffice, sessionId: string): CurrentUser {
  return {
    id: u.id,
    name: u.name,
    email: u.email,
    role: u.role,
    pkLevel: u.pkLevel,
    section: u.section ?? null,
    officeId: u.officeId,
    officeUsesSections: u.office.usesSections ?? false,
    officeName: u.office.name,
    officeCode: u.office.code,
    timeZone: u.office.timeZone,
    sessionId,
    mustChangePassword: u.mustChangePassword ?? false,
  };
}
