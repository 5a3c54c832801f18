import "server-only";
import { parseIsoDate, todayIn } from "@/lib/domain/calendar";
import type { RecordOutreachInput } from "@/lib/schemas/community";
import { assertCan, type CurrentUser } from "../auth";
import { audit } from "../audit";
import { prisma } from "../db";
import { invalid, notFound } from "../errors";
import { checkOfficeFile, MAX_OUTREACH_PHOTOS, PHOTO_TYPES, storeOfficeDocument, type UploadedFile } from "./office-documents";
import { clock } from "../../clock";

/**
 * Records an office outreach (Bapas Goes to Village / to School, penyuluhan hukum, sosialisasi)
 * after it took place, with the office's partners involved and up to six photos (JPEG or PNG,
 * 10 MB each, judged by their bytes).
 */
export async function recordOutreach(user: CurrentUser, input: RecordOutreachInput, photos: UploadedFile[], now = clock.now()): Promise<{ id: string }> {
  assertCan(user, "outreach:record");
  const heldOn = parseIsoDate(input.heldOn)!;
  const today = todayIn(user.timeZone, now);
  if (heldOn > today) throw invalid("Kegiatan dicatat setelah berlangsung: tanggal tidak boleh di masa depan.", { heldOn: ["Pilih hari ini atau sebelumnya."] });
  if (today.getTime() - heldOn.getTime() > 2 * 366 * 86_400_000) throw invalid("Kegiatan lebih dari dua tahun yang lalu. Periksa tahunnya.", { heldOn: ["Periksa tahun kegiatan."] });
  if (photos.length > MAX_OUTREACH_PHOTOS) throw invalid(`Paling banyak ${MAX_OUTREACH_PHOTOS} foto.`, { photos: [`Pilih paling banyak ${MAX_OUTREACH_PHOTOS} foto.`] });
  const mimes = photos.map((p) => checkOfficeFile(p, PHOTO_TYPES, "photos"));
  const partnerIds = [...new Set(input.partnerIds)];
  const partners = partnerIds.length ? await prisma.partner.findMany({ where: { id: { in: partnerIds }, officeId: user.officeId }, select: { id: true } }) : [];
  if (partners.length !== partnerIds.length) throw invalid("Ada mitra yang tidak ditemukan.", { partnerIds: ["Pilih mitra dari daftar."] });
  return prisma.$transaction(async (tx) => {
    const row = await tx.outreachActivity.create({
      data: {
        officeId: user.officeId, kind: input.kind, title: input.title, place: input.place, heldOn, participantCount: input.participantCount,
        villageOfficials: input.villageOfficials, summary: input.summary, createdById: user.id,
        partners: { connect: partners.map((p) => ({ id: p.id })) },
      },
      select: { id: true },
    });
    const stored = [];
    for (const [i, p] of photos.entries()) stored.push(await storeOfficeDocument(tx, user, { purpose: "OUTREACH_PHOTO", title: `Foto ${i + 1} ${input.title}`, file: p, mime: mimes[i], outreachId: row.id }));
    await audit(tx, user, {
      action: "outreach.record", entityType: "OutreachActivity", entityId: row.id,
      details: { kind: input.kind, heldOn: input.heldOn, participantCount: input.participantCount, partners: partners.length, photos: stored.map((s) => ({ id: s.id, sha256: s.sha256, size: s.size })) },
    });
    return row;
  });
}

/**
 * Adds one photo to an outreach of the office (one request per photo: each stays under the 10 MB a
 * request may carry), up to six. Images only, judged by their bytes.
 */
export async function addOutreachPhoto(user: CurrentUser, outreachId: string, photo: UploadedFile): Promise<{ id: string }> {
  assertCan(user, "outreach:record");
  const o = await prisma.outreachActivity.findFirst({ where: { id: outreachId, officeId: user.officeId }, select: { id: true, title: true } });
  if (!o) throw notFound("Kegiatan tidak ditemukan.");
  const mime = checkOfficeFile(photo, PHOTO_TYPES, "photos");
  return prisma.$transaction(async (tx) => {
    // Lock the activity's row so two uploads at once cannot pass the limit together.
    await tx.$queryRaw`SELECT id FROM "OutreachActivity" WHERE id = ${o.id} FOR UPDATE`;
    const count = await tx.officeDocument.count({ where: { outreachId: o.id, deletedAt: null } });
    if (count >= MAX_OUTREACH_PHOTOS) throw invalid(`Paling banyak ${MAX_OUTREACH_PHOTOS} foto per kegiatan.`, { photos: [`Sudah ada ${MAX_OUTREACH_PHOTOS} foto.`] });
    const doc = await storeOfficeDocument(tx, user, { purpose: "OUTREACH_PHOTO", title: `Foto ${count + 1} ${o.title}`, file: photo, mime, outreachId: o.id });
    await audit(tx, user, { action: "outreach.photo.add", entityType: "OutreachActivity", entityId: o.id, details: { documentId: doc.id, sha256: doc.sha256, size: doc.size, mimeType: doc.mimeType } });
    return { id: doc.id };
  });
}
