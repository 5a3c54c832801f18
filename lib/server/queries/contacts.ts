import "server-only";
import { todayIn } from "@/lib/domain/calendar";
import { nextDueDay } from "@/lib/domain/reporting";
import { assertCan, type CurrentUser } from "../auth";
import { audit } from "../audit";
import { prisma } from "../db";
import { clientAlerts } from "./client-alerts";
import { clientScope } from "./scope";

/** Who took part in a contact, in the order typed. */
const participantSelect = { orderBy: { position: "asc" }, select: { name: true, role: true } } as const;

/** What the quick contact form needs: the client, the alerts, the next report due. Null outside the scope. */
export async function getContactFormContext(user: CurrentUser, clientId: string) {
  assertCan(user, "contact:write");
  const client = await prisma.client.findFirst({
    where: { AND: [clientScope(user), { id: clientId }] },
    select: {
      id: true, fullName: true, registerNumber: true, status: true, program: true, currentStage: true, guidanceEnd: true,
      // Offered as participants on a family or guarantor activity (decision 0022).
      familyContactName: true, familyContactRelation: true, guarantorName: true, guarantorRelation: true,
      person: { select: { address: true, city: true, phone: true } },
      reportingSchedules: { select: { id: true, frequency: true, startsOn: true, endsOn: true } },
    },
  });
  if (!client) return null;
  const { reportingSchedules, familyContactName, familyContactRelation, guarantorName, guarantorRelation, ...rest } = client;
  const alerts = await clientAlerts(user, client.id);
  const next = nextDueDay(reportingSchedules, client.guidanceEnd, todayIn(user.timeZone));
  const known = {
    KELUARGA: familyContactName ? [{ name: familyContactName, role: familyContactRelation || "Keluarga" }] : [],
    PENJAMIN: guarantorName ? [{ name: guarantorName, role: guarantorRelation ? `Penjamin (${guarantorRelation})` : "Penjamin" }] : [],
  };
  return { client: rest, alerts, nextReport: next?.dueOn ?? null, knownPeople: known };
}

/** One contact, for recording its outcome. */
export async function getContact(user: CurrentUser, contactId: string) {
  assertCan(user, "client:read");
  const contact = await prisma.contact.findFirst({
    where: { id: contactId, client: clientScope(user) },
    select: {
      id: true, occurredAt: true, type: true, subject: true, guidanceType: true, approach: true, outcome: true, excuseReason: true, notes: true, followUpOn: true,
      latitude: true, longitude: true, accuracyMeters: true, pk: { select: { name: true } }, participants: participantSelect,
      client: { select: { id: true, fullName: true, registerNumber: true } },
      revisions: { orderBy: { revisedAt: "desc" }, select: { id: true, outcome: true, excuseReason: true, notes: true, revisedAt: true, revisedById: true } },
    },
  });
  if (!contact) return null;
  // The earlier texts of the contact, each with who replaced it (kept by set-contact-outcome).
  const ids = [...new Set(contact.revisions.map((r) => r.revisedById))];
  const names = new Map((await prisma.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]));
  return { ...contact, revisions: contact.revisions.map(({ revisedById, ...r }) => ({ ...r, revisedByName: names.get(revisedById) ?? "-" })) };
}

/**
 * Buku perkembangan bimbingan: every guidance contact of a client, oldest first, with the reports
 * and violations alongside. Audited as a view of the client's record.
 */
export async function getGuidanceLog(user: CurrentUser, clientId: string) {
  assertCan(user, "client:read");
  const client = await prisma.client.findFirst({
    where: { AND: [clientScope(user), { id: clientId }] },
    select: {
      id: true, fullName: true, registerNumber: true, program: true, currentStage: true, status: true, guidanceStart: true, guidanceEnd: true,
      offence: true, offenceArticle: true,
      person: { select: { address: true, city: true, birthPlace: true, birthDate: true } },
      office: { select: { name: true, letterheadLine1: true, letterheadLine2: true, address: true } },
      assignedPk: { select: { name: true, nip: true } },
      contacts: {
        orderBy: [{ occurredAt: "asc" }, { createdAt: "asc" }],
        select: {
          id: true, occurredAt: true, type: true, subject: true, guidanceType: true, approach: true, outcome: true, excuseReason: true, notes: true, followUpOn: true,
          latitude: true, accuracyMeters: true, pk: { select: { name: true } }, participants: participantSelect,
        },
      },
      // Group and classical sessions the client was on the list of (issue 14): recorded once, shown here.
      groupSessions: {
        orderBy: { session: { heldAt: "asc" } },
        select: { present: true, session: { select: { id: true, heldAt: true, place: true, guidanceType: true, approach: true, facilitator: true, topic: true, notes: true, partner: { select: { name: true } } } } },
      },
    },
  });
  if (!client) return null;
  await audit(prisma, user, { action: "client.log.view", entityType: "Client", entityId: client.id, clientId: client.id });
  return client;
}
