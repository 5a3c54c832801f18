import "server-only";
import type { z } from "zod";
import { privilegedRoleOf } from "@/lib/domain/account-changes";
import type { PkLevel, Role, Section } from "@/lib/domain/enums";
import type { ZCreateUser } from "@/lib/schemas/user-admin";
import { audit, type AuditActor } from "../audit";
import type { CurrentUser } from "../auth/current-user";
import { hashPassword } from "../auth/password";
import { assertCan } from "../auth/permissions";
import { prisma, type Tx } from "../db";
import { invalid } from "../errors";
import { isUniqueViolation } from "./prisma-errors";
import { requestAccountChange, type PendingAccountChange } from "./request-account-change";
import { sectionForUser } from "./user-section";

/** A new account as it is written (also kept, for a Kepala or an admin, in the pending change). */
export interface NewUserValues {
  name: string;
  email: string;
  nip: string | null;
  role: Role;
  pkLevel: PkLevel | null;
  section: Section | null;
  capacity: number;
  passwordHash: string;
}

export type CreateUserResult = { id: string; pending: null } | { id: null; pending: PendingAccountChange };

/**
 * An admin adds a user to their own office. A Kepala or an admin account waits for a second
 * person (lib/domain/account-changes.ts); anyone else is created at once.
 */
export async function createUser(user: CurrentUser, input: z.output<typeof ZCreateUser>): Promise<CreateUserResult> {
  assertCan(user, "user:manage");
  await assertEmailAndNipFree(input.email, input.nip);
  const section = await sectionForUser(user.officeId, input.role, input.section);
  const values: NewUserValues = {
    name: input.name, email: input.email, nip: input.nip, role: input.role, pkLevel: input.role === "PK" ? input.pkLevel : null, section,
    capacity: input.capacity, passwordHash: await hashPassword(input.password),
  };
  const concerns = privilegedRoleOf("CREATE_USER", { toRole: input.role });
  if (concerns) {
    const pending = await requestAccountChange(user, {
      kind: "CREATE_USER", concernsRole: concerns, targetUserId: null, targetName: input.name, targetEmail: input.email, fromRole: null, toRole: input.role,
      payload: { ...values },
    });
    return { id: null, pending };
  }
  const created = await prisma.$transaction((tx) => insertUser(tx, user, user.officeId, values));
  return { id: created.id, pending: null };
}

export async function assertEmailAndNipFree(email: string, nip: string | null): Promise<void> {
  const clash = await prisma.user.findFirst({ where: { OR: [{ email }, ...(nip ? [{ nip }] : [])] }, select: { email: true } });
  if (clash) {
    const field = clash.email === email ? "email" : "nip";
    const message = field === "email" ? "Email ini sudah dipakai akun lain." : "NIP ini sudah dipakai akun lain.";
    throw invalid(message, { [field]: [message] });
  }
}

/** Writes the account, which must choose its own password at the first login, and its audit row. */
export async function insertUser(tx: Tx, actor: AuditActor, officeId: string, v: NewUserValues, details: Record<string, string> = {}): Promise<{ id: string }> {
  try {
    const created = await tx.user.create({
      data: {
        officeId, name: v.name, email: v.email, nip: v.nip, role: v.role, pkLevel: v.pkLevel, section: v.section, capacity: v.capacity,
        passwordHash: v.passwordHash, mustChangePassword: true,
      },
      select: { id: true },
    });
    await audit(tx, actor, { action: "user.create", entityType: "User", entityId: created.id, details: { role: v.role, section: v.section, ...details } });
    return created;
  } catch (e) {
    if (isUniqueViolation(e)) throw invalid("Email atau NIP ini sudah dipakai akun lain.");
    throw e;
  }
}
