import "server-only";
import { parseIsoDate } from "@/lib/domain/calendar";
import type { AddAgreementInput, SavePartnerInput } from "@/lib/schemas/community";
import { assertCan, type CurrentUser } from "../auth";
import { audit } from "../audit";
import { prisma } from "../db";
import { conflict, invalid, notFound } from "../errors";
import { checkOfficeFile, storeOfficeDocument, type UploadedFile } from "./office-documents";

/**
 * Adds a Pokmas Lipas or a mitra to the office's registry, or changes one (with its version). A
 * mitra may be a member of one of the office's Pokmas Lipas; a Pokmas is never a member itself.
 */
export async function savePartner(user: CurrentUser, input: SavePartnerInput): Promise<{ id: string }> {
  assertCan(user, "partner:manage");
  const pokmasId = input.kind === "MITRA" ? input.pokmasId ?? null : null;
  if (pokmasId) {
    const pokmas = await prisma.partner.findFirst({ where: { id: pokmasId, officeId: user.officeId, kind: "POKMAS" }, select: { id: true } });
    if (!pokmas) throw invalid("Pokmas Lipas tidak ditemukan.", { pokmasId: ["Pilih Pokmas Lipas dari daftar."] });
  }
  const data = {
    kind: input.kind, name: input.name, category: input.category,
    field: input.kind === "MITRA" ? input.field ?? null : null,
    pokmasField: input.kind === "POKMAS" ? input.pokmasField ?? null : null,
    pokmasId, contactPerson: input.contactPerson, phone: input.phone, address: input.address,
  };
  return prisma.$transaction(async (tx) => {
    if (!input.partnerId) {
      const row = await tx.partner.create({ data: { ...data, officeId: user.officeId, createdById: user.id }, select: { id: true } });
      await audit(tx, user, { action: "partner.create", entityType: "Partner", entityId: row.id, details: { kind: input.kind, name: input.name, category: input.category } });
      return row;
    }
    const existing = await tx.partner.findFirst({ where: { id: input.partnerId, officeId: user.officeId }, select: { id: true, kind: true, _count: { select: { members: true } } } });
    if (!existing) throw notFound("Mitra tidak ditemukan.");
    if (existing.kind === "POKMAS" && input.kind === "MITRA" && existing._count.members > 0) throw invalid("Pokmas Lipas ini masih mempunyai anggota mitra.", { kind: ["Pindahkan anggotanya dahulu."] });
    if (pokmasId === existing.id) throw invalid("Mitra tidak dapat menjadi anggota dirinya sendiri.", { pokmasId: ["Pilih Pokmas Lipas lain."] });
    const res = await tx.partner.updateMany({ where: { id: existing.id, officeId: user.officeId, version: input.version ?? -1 }, data: { ...data, version: { increment: 1 } } });
    if (res.count === 0) throw conflict();
    await audit(tx, user, { action: "partner.update", entityType: "Partner", entityId: existing.id, details: { kind: input.kind, name: input.name } });
    return { id: existing.id };
  });
}

/** Records a perjanjian kerja sama with a partner of the office, with its signed document when given. */
export async function addAgreement(user: CurrentUser, input: AddAgreementInput, file: UploadedFile | null): Promise<{ id: string }> {
  assertCan(user, "partner:manage");
  const partner = await prisma.partner.findFirst({ where: { id: input.partnerId, officeId: user.officeId }, select: { id: true, name: true } });
  if (!partner) throw notFound("Mitra tidak ditemukan.");
  const mime = file ? checkOfficeFile(file) : null;
  return prisma.$transaction(async (tx) => {
    const doc = file && mime ? await storeOfficeDocument(tx, user, { purpose: "AGREEMENT", title: `PKS ${input.number} ${partner.name}`, file, mime }) : null;
    const row = await tx.partnerAgreement.create({
      data: {
        officeId: user.officeId, partnerId: partner.id, number: input.number, signedOn: parseIsoDate(input.signedOn)!, expiresOn: parseIsoDate(input.expiresOn)!,
        note: input.note, documentId: doc?.id, createdById: user.id,
      },
      select: { id: true },
    });
    await audit(tx, user, {
      action: "partner.agreement.add", entityType: "PartnerAgreement", entityId: row.id,
      details: { partnerId: partner.id, number: input.number, expiresOn: input.expiresOn, ...(doc ? { documentId: doc.id, sha256: doc.sha256, size: doc.size, mimeType: doc.mimeType } : {}) },
    });
    return row;
  });
}
