// Sections (BKD for adults, BKA for children) and the Kasi who assigns PKs within one. Pure rules,
// shared by the litmas and pendampingan services (the services enforce them; the UI only hides).
import type { ClientCategory, Role, Section } from "./enums";

/** The section a case belongs to, from the person's category at the time of the case. */
export function sectionForCategory(category: ClientCategory): Section {
  return category === "ANAK" ? "BKA" : "BKD";
}

export type AssignCheck = { ok: true } | { ok: false; message: string };

/**
 * May `actor` give a case of `caseSection` to a PK of `pkSection`? The Kepala (and, for litmas,
 * an admin acting as the duty desk) may choose any PK of the office. A Kasi works only within its
 * own section: the case must have been disposed to that section and the PK must belong to it.
 */
export function mayAssignInSection(
  actor: { role: Role; section: Section | null },
  caseSection: Section | null,
  pkSection: Section | null,
): AssignCheck {
  if (actor.role !== "KASI") return { ok: true };
  if (!actor.section) return { ok: false, message: "Akun Kasi Anda belum memiliki seksi. Minta admin mengaturnya." };
  if (caseSection !== actor.section) return { ok: false, message: "Perkara ini tidak didisposisikan ke seksi Anda." };
  if (pkSection !== actor.section) return { ok: false, message: "PK tersebut bukan anggota seksi Anda." };
  return { ok: true };
}
