import "server-only";
import { assertCan, type CurrentUser } from "../auth";
import { prisma } from "../db";

/** Transfers in and out of the user's office, open ones first. Both sides keep the record. */
export async function listTransfers(user: CurrentUser) {
  assertCan(user, "client:transfer");
  const select = {
    id: true, status: true, reason: true, requestedAt: true, decidedAt: true, decisionNote: true, version: true,
    fromOfficeId: true, toOfficeId: true,
    client: { select: { id: true, fullName: true, registerNumber: true, officeId: true } },
    fromOffice: { select: { name: true } },
    toOffice: { select: { name: true } },
  } as const;
  const [incoming, outgoing] = await Promise.all([
    prisma.clientTransfer.findMany({ where: { toOfficeId: user.officeId }, orderBy: [{ requestedAt: "desc" }], take: 100, select }),
    prisma.clientTransfer.findMany({ where: { fromOfficeId: user.officeId }, orderBy: [{ requestedAt: "desc" }], take: 100, select }),
  ]);
  const shape = (rows: typeof incoming) =>
    rows
      .map(({ client, ...r }) => ({
        ...r,
        clientName: client.fullName,
        // The file opens only where the client now is (and not while it is still on its way in).
        clientHref: client.officeId === user.officeId ? `/clients/${client.id}` : null,
        registerNumber: client.officeId === user.officeId ? client.registerNumber : null,
      }))
      .sort((a, b) => Number(b.status === "REQUESTED") - Number(a.status === "REQUESTED"));
  return { incoming: shape(incoming), outgoing: shape(outgoing) };
}
