import "server-only";
import type { z } from "zod";
import type { ZFirstRunSetup } from "@/lib/schemas/setup";
import { hashPassword } from "../auth/password";
import { prisma } from "../db";
import { conflict } from "../errors";

/** True while the database holds no office (and so no account): the first-run setup is open. */
export async function needsFirstRunSetup(): Promise<boolean> {
  return (await prisma.office.count()) === 0;
}

/**
 * First-run setup: creates the first office and its first admin and Kepala Bapas, with the
 * passwords they chose (so no change is forced at their first login). Open only while the database
 * has no office; an advisory lock makes two simultaneous runs create one office, not two.
 */
export async function setupFirstOffice(input: z.output<typeof ZFirstRunSetup>): Promise<{ officeId: string; adminId: string; kepalaId: string }> {
  const [adminHash, kepalaHash] = await Promise.all([hashPassword(input.admin.password), hashPassword(input.kepala.password)]);
  return prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('bimbing.first-run-setup'))`;
    if ((await tx.office.count()) > 0) throw conflict("Bimbing sudah disiapkan: kantor pertama sudah ada. Tambah pengguna lewat menu Pengguna.");
    const office = await tx.office.create({ data: { ...input.office, settings: {} }, select: { id: true } });
    const person = (p: typeof input.admin, role: "ADMIN" | "KEPALA_BAPAS", passwordHash: string) =>
      tx.user.create({ data: { officeId: office.id, name: p.name, email: p.email, nip: p.nip, role, passwordHash, capacity: 40 }, select: { id: true } });
    const admin = await person(input.admin, "ADMIN", adminHash);
    const kepala = await person(input.kepala, "KEPALA_BAPAS", kepalaHash);
    // No user acted: the operator at the server's terminal did. The event is the office's first.
    await tx.auditEvent.create({
      data: { userId: null, officeId: office.id, action: "setup.first_office", entityType: "Office", entityId: office.id, details: { code: input.office.code, adminId: admin.id, kepalaId: kepala.id } },
    });
    return { officeId: office.id, adminId: admin.id, kepalaId: kepala.id };
  });
}
