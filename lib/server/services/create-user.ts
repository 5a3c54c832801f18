import "server-only";
import type { z } from "zod";
import type { ZCreateUser } from "@/lib/schemas/user-admin";
import { audit } from "../audit";
import type { CurrentUser } from "../auth/current-user";
import { hashPassword } from "../auth/password";
import { assertCan } from "../auth/permissions";
import { prisma } from "../db";
import { invalid } from "../errors";
import { sectionForUser } from "./user-section";

/** An admin adds a user to their own office. */
export async function createUser(user: CurrentUser, input: z.output<typeof ZCreateUser>): Promise<{ id: string }> {
  assertCan(user, "user:manage");
  const clash = await prisma.user.findFirst({
    where: { OR: [{ email: input.email }, ...(input.nip ? [{ nip: input.nip }] : [])] },
    select: { email: true },
  });
  if (clash) {
    const field = clash.email === input.email ? "email" : "nip";
    const message = field === "email" ? "Email ini sudah dipakai akun lain." : "NIP ini sudah dipakai akun lain.";
    throw invalid(message, { [field]: [message] });
  }
  const section = await sectionForUser(user.officeId, input.role, input.section);
  const passwordHash = await hashPassword(input.password);
  return prisma.$transaction(async (tx) => {
    const created = await tx.user.create({
      data: {
        officeId: user.officeId, name: input.name, email: input.email, nip: input.nip, role: input.role,
        pkLevel: input.role === "PK" ? input.pkLevel : null, section, capacity: input.capacity, passwordHash,
        mustChangePassword: true,
      },
      select: { id: true },
    });
    await audit(tx, user, { action: "user.create", entityType: "User", entityId: created.id, details: { role: input.role, section } });
    return created;
  });
}
