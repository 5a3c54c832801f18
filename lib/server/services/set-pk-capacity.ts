import "server-only";
import type { z } from "zod";
import type { ZSetCapacity } from "@/lib/schemas/client";
import { assertCan, type CurrentUser } from "../auth";
import { audit } from "../audit";
import { prisma } from "../db";
import { notFound } from "../errors";

/** Admin only: how many active clients a PK of the office can carry (their 100%). */
export async function setPkCapacity(user: CurrentUser, input: z.infer<typeof ZSetCapacity>) {
  assertCan(user, "user:manage");
  const pk = await prisma.user.findFirst({ where: { id: input.pkId, officeId: user.officeId, role: "PK" }, select: { id: true, capacity: true } });
  if (!pk) throw notFound("PK tidak ditemukan.");
  return prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: pk.id }, data: { capacity: input.capacity, version: { increment: 1 } } });
    await audit(tx, user, { action: "user.capacity.set", entityType: "User", entityId: pk.id, details: { from: pk.capacity, to: input.capacity } });
    return { capacity: input.capacity };
  });
}
