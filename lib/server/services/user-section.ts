import "server-only";
import type { Role, Section } from "@/lib/domain/enums";
import { prisma } from "../db";
import { invalid } from "../errors";

/**
 * The section a user gets from the admin's form: a Kasi needs one and exists only in an office
 * that works with sections; a PK may have one there; nobody else has one.
 */
export async function sectionForUser(officeId: string, role: Role, section: Section | null): Promise<Section | null> {
  if (role !== "KASI" && role !== "PK") return null;
  const office = await prisma.office.findUniqueOrThrow({ where: { id: officeId }, select: { usesSections: true } });
  if (!office.usesSections) {
    if (role === "KASI") throw invalid("Kantor ini tidak bekerja dengan seksi, jadi tidak memiliki Kasi.", { role: ["Pilih peran lain."] });
    return null;
  }
  if (role === "KASI" && !section) throw invalid("Pilih seksi yang dipimpin Kasi ini.", { section: ["Pilih seksi yang dipimpin Kasi ini."] });
  return section;
}
