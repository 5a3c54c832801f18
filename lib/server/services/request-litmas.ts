import "server-only";
import { parseIsoDate, todayIn } from "@/lib/domain/calendar";
import { litmasDueAt } from "@/lib/domain/litmas";
import { litmasDueSettings, type NewPersonInput, type RequestLitmasData } from "@/lib/schemas/litmas";
import { assertCan, type CurrentUser } from "../auth";
import { audit } from "../audit";
import { prisma } from "../db";
import { invalid } from "../errors";
import { findPersonMatches } from "../queries/persons";
import { clientScope } from "../queries/scope";
import { clock } from "../../clock";

const EARLIEST_BIRTH = Date.UTC(1900, 0, 1);

/** The new person's fields as stored; a birth date must lie between 1900 and today. */
function newPersonData(p: NewPersonInput, today: Date) {
  const birthDate = p.birthDate ? parseIsoDate(p.birthDate) : null;
  // A typed date outside the calendar the app accepts (parseIsoDate: 1900 to 2100) is refused, not dropped.
  if ((p.birthDate && !birthDate) || (birthDate && (birthDate.getTime() > today.getTime() || birthDate.getTime() < EARLIEST_BIRTH))) {
    throw invalid("Tanggal lahir harus antara tahun 1900 dan hari ini.", { "person.birthDate": ["Tanggal lahir harus antara tahun 1900 dan hari ini."] });
  }
  const blank = (v: string | undefined) => (v && v.trim() ? v.trim() : null);
  return {
    fullName: p.fullName.trim(), nik: blank(p.nik), birthPlace: blank(p.birthPlace), birthDate,
    gender: p.gender ? p.gender : null, address: blank(p.address),
    guardianName: blank(p.guardianName), guardianRelation: blank(p.guardianRelation), guardianPhone: blank(p.guardianPhone),
  };
}

/**
 * Logs an incoming litmas request; it awaits the Kepala's disposition. It may be about a client in
 * guidance, a person already on file, or someone new (a detainee, a prisoner being assessed for
 * parole, a child at the police): then a person is recorded, and nothing else. No guidance
 * period, caseload entry or reporting schedule exists until a decree starts guidance.
 */
export async function requestLitmas(user: CurrentUser, input: RequestLitmasData): Promise<{ id: string }> {
  assertCan(user, "litmas:request");
  const receivedAt = clock.now();
  const office = await prisma.office.findUniqueOrThrow({ where: { id: user.officeId }, select: { settings: true, timeZone: true } });
  const today = todayIn(office.timeZone, receivedAt);

  let subject: { clientId: string | null; personId: string | null; newPerson: ReturnType<typeof newPersonData> | null };
  if (input.clientId) {
    const client = await prisma.client.findFirst({ where: { AND: [clientScope(user), { id: input.clientId }] }, select: { id: true, personId: true } });
    if (!client) throw invalid("Klien tidak ditemukan.", { clientId: ["Pilih klien dari daftar."] });
    subject = { clientId: client.id, personId: client.personId, newPerson: null };
  } else if (input.personId) {
    const person = await prisma.person.findFirst({ where: { id: input.personId, officeId: user.officeId }, select: { id: true } });
    if (!person) throw invalid("Data orang ini tidak ditemukan di kantor Anda.", { personId: ["Pilih dari daftar yang disarankan, atau catat sebagai orang baru."] });
    subject = { clientId: null, personId: person.id, newPerson: null };
  } else if (input.person) {
    const data = newPersonData(input.person, today);
    if (!input.confirmNewPerson) {
      const matches = await findPersonMatches(user, data);
      if (matches.length) {
        const message = "Orang dengan NIK, atau nama dan tanggal lahir yang sama, sudah tercatat. Pilih data yang ada, atau nyatakan bahwa ini orang lain.";
        throw invalid(message, { person: [message] });
      }
    }
    subject = { clientId: null, personId: null, newPerson: data };
  } else {
    throw invalid("Pilih klien, atau tuliskan data orang yang dimintakan litmas.", { clientId: ["Pilih klien."] });
  }

  const letterDate = input.requesterLetterDate ? parseIsoDate(input.requesterLetterDate) : null;
  if (letterDate && letterDate.getTime() > today.getTime()) {
    throw invalid("Tanggal surat tidak boleh di masa depan.", { requesterLetterDate: ["Tanggal surat tidak boleh di masa depan."] });
  }
  // Diversi and sidang anak run from the request itself; the others start when a PK is assigned.
  const dueAt = litmasDueAt({ purpose: input.purpose, receivedAt, assignedAt: null }, litmasDueSettings(office.settings));
  return prisma.$transaction(async (tx) => {
    const personId = subject.personId ?? (await tx.person.create({ data: { ...subject.newPerson!, officeId: user.officeId, createdById: user.id }, select: { id: true } })).id;
    const l = await tx.litmas.create({
      data: {
        officeId: user.officeId,
        personId,
        clientId: subject.clientId,
        purpose: input.purpose,
        requesterType: input.requesterType ?? "LAINNYA",
        requesterInstitution: input.requesterInstitution,
        requesterLetterNumber: input.requesterLetterNumber || null,
        requesterLetterDate: letterDate,
        custodyInstitution: input.custodyInstitution || null,
        offence: input.offence || null,
        offenceArticle: input.offenceArticle || null,
        receivedAt,
        dueAt,
        createdById: user.id,
      },
      select: { id: true },
    });
    await tx.litmasEvent.create({ data: { litmasId: l.id, action: "REQUESTED", actorId: user.id, at: receivedAt, note: `Permintaan dari ${input.requesterInstitution}` } });
    await audit(tx, user, {
      action: "litmas.request", entityType: "Litmas", entityId: l.id, clientId: subject.clientId, personId,
      details: { purpose: input.purpose, newPerson: Boolean(subject.newPerson), newPersonConfirmed: Boolean(subject.newPerson && input.confirmNewPerson) },
    });
    return l;
  });
}
