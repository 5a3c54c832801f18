import "server-only";
// The signed-in user as the services see it. Plain data, safe to pass to pages.
import type { PkLevel, Role } from "../generated/prisma/enums.ts";

export interface CurrentUser {
  id: string;
  name: string;
  email: string;
  role: Role;
  pkLevel: PkLevel | null;
  officeId: string;
  officeName: string;
  officeCode: string;
  timeZone: string;
  sessionId: string;
}
