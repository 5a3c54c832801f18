import "server-only";
import { assertCan, type CurrentUser } from "../auth";
import { prisma } from "../db";
import { clientScope } from "./scope";

/** Everything the letter PDF prints, or null outside the user's scope. */
export async function getLetterForPdf(user: CurrentUser, letterId: string) {
  assertCan(user, "client:read");
  return prisma.endOfGuidanceLetter.findFirst({
    where: { id: letterId, officeId: user.officeId, client: clientScope(user) },
    select: {
      id: true, number: true, issuedOn: true, statement: true, signerName: true, signerNip: true, verificationToken: true, revoked: true,
      office: { select: { name: true, code: true, address: true, city: true, phone: true, email: true, letterheadLine1: true, letterheadLine2: true } },
      client: {
        select: {
          fullName: true, registerNumber: true, program: true,
          person: { select: { birthPlace: true, birthDate: true, gender: true, address: true } },
          guidanceStart: true, guidanceEnd: true, offence: true,
        },
      },
    },
  });
}
export type LetterForPdf = NonNullable<Awaited<ReturnType<typeof getLetterForPdf>>>;

/** "Ahmad Fauzi Rahman" -> "A. F. R." */
export function initials(fullName: string): string {
  return fullName.split(/\s+/).filter((w) => /[A-Za-z]/.test(w[0] ?? "")).map((w) => `${w[0].toUpperCase()}.`).join(" ");
}

/**
 * Public verification (no login): the letter's number, date, issuing office and the client's
 * initials, and whether it was revoked. Nothing more leaves the server.
 */
export async function getLetterVerification(token: string) {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const l = await prisma.endOfGuidanceLetter.findUnique({
    where: { verificationToken: token },
    select: {
      number: true, issuedOn: true, revoked: true, revokedAt: true,
      office: { select: { name: true, timeZone: true, letterheadLine1: true, letterheadLine2: true, address: true, phone: true, email: true } },
      client: { select: { fullName: true, guidanceStart: true, guidanceEnd: true } },
    },
  });
  if (!l) return null;
  const o = l.office;
  return {
    number: l.number, issuedOn: l.issuedOn, officeName: o.name, clientInitials: initials(l.client.fullName), revoked: l.revoked, revokedAt: l.revokedAt, officeTimeZone: o.timeZone,
    // The issuer as on the letter's letterhead (kementerian, kantor wilayah, the office), the period
    // the letter closes, and how to reach the office to check further: nothing more of the client.
    authority: [o.letterheadLine1, o.letterheadLine2],
    guidancePeriod: { start: l.client.guidanceStart, end: l.client.guidanceEnd },
    officeContact: { address: o.address, phone: o.phone, email: o.email },
  };
}
