import "server-only";
import { normalizeSections, sectionsToShow } from "@/lib/domain/litmas";
import { LITMAS_PURPOSE_LABEL, TPP_RECOMMENDATION_LABEL } from "@/lib/domain/labels";
import { LITMAS_SECTION_LABEL } from "@/lib/schemas/litmas";
import { formatDayOf } from "@/lib/format";
import { assertCan, type CurrentUser } from "../auth";
import { audit } from "../audit";
import { prisma } from "../db";
import { litmasReadScope } from "../queries/litmas";

/** Everything the printed report shows, as plain text. */
export interface LitmasReportData {
  office: { name: string; letterheadLine1: string; letterheadLine2: string; address: string; city: string; phone: string | null; email: string | null };
  number: string;
  approvedOn: string;
  purpose: string;
  requester: string;
  /** The sidang TPP that discussed it (integrasi, asimilasi), as one line; null when none did. */
  tpp: string | null;
  client: { fullName: string; registerNumber: string | null };
  sections: { title: string; text: string }[];
  pk: { name: string; nip: string | null };
  kepala: { name: string; nip: string | null };
}

/**
 * Gathers the approved litmas for printing, or null when the user may not see it or it is not
 * approved. The download is audited.
 */
export async function getLitmasReportData(user: CurrentUser, litmasId: string, meta: { ip?: string | null } = {}): Promise<LitmasReportData | null> {
  assertCan(user, "client:read");
  const l = await prisma.litmas.findFirst({
    where: { AND: [litmasReadScope(user), { id: litmasId, status: "APPROVED" }] },
    select: {
      id: true, clientId: true, personId: true, number: true, purpose: true, approvedAt: true, sections: true,
      requesterInstitution: true, requesterLetterNumber: true, requesterLetterDate: true, tppRecommendation: true,
      tppSession: { select: { heldOn: true } },
      office: { select: { name: true, letterheadLine1: true, letterheadLine2: true, address: true, city: true, phone: true, email: true, timeZone: true } },
      client: { select: { registerNumber: true } },
      person: { select: { fullName: true } },
      assignedPk: { select: { name: true, nip: true } },
      approvedBy: { select: { name: true, nip: true } },
    },
  });
  if (!l || !l.number || !l.approvedAt || !l.assignedPk || !l.approvedBy) return null;
  await audit(prisma, user, { action: "litmas.download", entityType: "Litmas", entityId: l.id, clientId: l.clientId, personId: l.personId, ip: meta.ip });
  const sections = normalizeSections(l.sections);
  const { timeZone, ...office } = l.office;
  return {
    office,
    number: l.number,
    approvedOn: formatDayOf(l.approvedAt, timeZone),
    purpose: LITMAS_PURPOSE_LABEL[l.purpose],
    requester: [l.requesterInstitution, l.requesterLetterNumber ? `surat nomor ${l.requesterLetterNumber}` : null, l.requesterLetterDate ? `tanggal ${formatDayOf(l.requesterLetterDate, "UTC")}` : null]
      .filter(Boolean)
      .join(", "),
    tpp: l.tppSession ? `Sidang TPP tanggal ${formatDayOf(l.tppSession.heldOn, "UTC")}${l.tppRecommendation ? `, rekomendasi: ${TPP_RECOMMENDATION_LABEL[l.tppRecommendation].toLowerCase()}` : ""}` : null,
    client: { fullName: l.person.fullName, registerNumber: l.client?.registerNumber ?? null },
    sections: sectionsToShow(sections, l.purpose, true).map((k) => ({ title: LITMAS_SECTION_LABEL[k], text: sections[k] })),
    pk: l.assignedPk,
    kepala: l.approvedBy,
  };
}
