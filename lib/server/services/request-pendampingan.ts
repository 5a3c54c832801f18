import "server-only";
import { todayIn } from "@/lib/domain/calendar";
import { childLitmasDueAt, formatPendampinganNumber, presenceDueAt } from "@/lib/domain/pendampingan";
import type { NewPersonInput } from "@/lib/schemas/litmas";
import type { RequestPendampinganInput } from "@/lib/schemas/pendampingan";
import { assertCan, type CurrentUser } from "../auth";
import { audit } from "../audit";
import { prisma } from "../db";
import { invalid } from "../errors";
import { findPersonMatches } from "../queries/persons";
import { nextOfficeCounter } from "./pendampingan-common";

const EARLIEST_BIRTH = Date.UTC(1990, 0, 1);

/** The child's identity as stored: a birth date between 1990 and today; blanks become null. */
function childData(p: NewPersonInput, today: Date) {
  const birthDate = p.birthDate ? new Date(`${p.birthDate}T00:00:00Z`) : null;
  if (birthDate && (birthDate.getTime() > today.getTime() || birthDate.getTime() < EARLIEST_BIRTH)) {
    const message = "Tanggal lahir harus antara tahun 1990 dan hari ini.";
    throw invalid(message, { "person.birthDate": [message] });
  }
  const blank = (v: string | undefined) => (v && v.trim() ? v.trim() : null);
  return {
    fullName: p.fullName.trim(), nik: blank(p.nik), birthPlace: blank(p.birthPlace), birthDate,
    gender: p.gender ? p.gender : null, address: blank(p.address),
    guardianName: blank(p.guardianName), guardianRelation: blank(p.guardianRelation), guardianPhone: blank(p.guardianPhone),
  };
}

/**
 * Logs an investigator's request for a PK to accompany a child: the 1x24-hour presence clock
 * starts at `receivedAt`. The child is someone on the office's file or a new person (a possible
 * match is only suggested, never merged). Optionally the litmas the same letter asks for (diversi
 * or sidang anak, due 3x24 hours from the request) is logged with it. No guidance period, caseload
 * entry or reporting schedule is made.
 */
export async function requestPendampingan(user: CurrentUser, input: RequestPendampinganInput): Promise<{ id: string; number: string; litmasId: string | null }> {
  assertCan(user, "pendampingan:request");
  if (input.litmasPurpose) assertCan(user, "litmas:request");
  const office = await prisma.office.findUniqueOrThrow({ where: { id: user.officeId }, select: { timeZone: true, usesSections: true, code: true } });
  const today = todayIn(office.timeZone);

  let personId: string | null = null;
  let newPerson: ReturnType<typeof childData> | null = null;
  if (input.personId) {
    const person = await prisma.person.findFirst({ where: { id: input.personId, officeId: user.officeId }, select: { id: true } });
    if (!person) throw invalid("Data anak ini tidak ditemukan di kantor Anda.", { personId: ["Pilih dari daftar yang disarankan, atau catat sebagai anak baru."] });
    personId = person.id;
  } else if (input.person) {
    newPerson = childData(input.person, today);
    if (!input.confirmNewPerson) {
      const matches = await findPersonMatches(user, newPerson);
      if (matches.length) {
        const message = "Anak dengan NIK, atau nama dan tanggal lahir yang sama, sudah tercatat. Pilih data yang ada, atau nyatakan bahwa ini anak lain.";
        throw invalid(message, { person: [message] });
      }
    }
  } else {
    throw invalid("Tuliskan data anak yang didampingi.", { "person.fullName": ["Tuliskan nama lengkap anak sesuai surat permintaan."] });
  }

  const receivedAt = input.receivedAt;
  const year = todayIn(office.timeZone, receivedAt).getUTCFullYear();
  const section = office.usesSections ? ("BKA" as const) : null;
  const requester = {
    requesterType: input.requesterType,
    requesterInstitution: input.requesterInstitution,
    requesterLetterNumber: input.requesterLetterNumber || null,
    requesterLetterDate: input.requesterLetterDate ?? null,
  };
  return prisma.$transaction(async (tx) => {
    const pid = personId ?? (await tx.person.create({ data: { ...newPerson!, officeId: user.officeId, createdById: user.id }, select: { id: true } })).id;
    const number = formatPendampinganNumber(await nextOfficeCounter(tx, user.officeId, "PENDAMPINGAN", year), office.code, year);
    const p = await tx.pendampingan.create({
      data: {
        officeId: user.officeId, personId: pid, number, section, childRole: input.childRole, ...requester,
        investigatorName: input.investigatorName || null, investigatorPhone: input.investigatorPhone || null,
        offence: input.offence, offenceArticle: input.offenceArticle || null,
        receivedAt, dueAt: presenceDueAt(receivedAt), createdById: user.id,
      },
      select: { id: true },
    });
    let litmasId: string | null = null;
    if (input.litmasPurpose) {
      const l = await tx.litmas.create({
        data: {
          officeId: user.officeId, personId: pid, purpose: input.litmasPurpose, ...requester, section,
          offence: input.offence, offenceArticle: input.offenceArticle || null,
          receivedAt, dueAt: childLitmasDueAt(receivedAt), pendampinganId: p.id, createdById: user.id,
        },
        select: { id: true },
      });
      litmasId = l.id;
      await tx.litmasEvent.create({ data: { litmasId: l.id, action: "REQUESTED", actorId: user.id, at: receivedAt, note: `Permintaan dari ${input.requesterInstitution} (bersama pendampingan ${number})` } });
      await audit(tx, user, { action: "litmas.request", entityType: "Litmas", entityId: l.id, personId: pid, details: { purpose: input.litmasPurpose, pendampinganId: p.id } });
    }
    await audit(tx, user, {
      action: "pendampingan.request", entityType: "Pendampingan", entityId: p.id, personId: pid,
      details: { number, newPerson: Boolean(newPerson), newPersonConfirmed: Boolean(newPerson && input.confirmNewPerson), litmasId },
    });
    return { id: p.id, number, litmasId };
  });
}
