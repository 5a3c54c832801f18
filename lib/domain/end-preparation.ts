// Tahap akhir preparation (issue 14, item 5; seed 003): before the surat keterangan akhir pembimbingan
// the PK prepares the client's return: bimbingan pemantapan, arahan kepada keluarga, penyuluhan sosial
// around the home, and bimbingan tambahan where needed. Each step is done or marked not needed.
// An incomplete checklist warns the Kepala at the letter; it does not block it (decision 0015).
import type { ContactSubject } from "./enums";

export const PREPARATION_STEPS = ["BIMBINGAN_PEMANTAPAN", "ARAHAN_KELUARGA", "PENYULUHAN_SOSIAL", "BIMBINGAN_TAMBAHAN"] as const;
export type PreparationStep = (typeof PREPARATION_STEPS)[number];

export const PREPARATION_STEP_LABEL: Record<PreparationStep, string> = {
  BIMBINGAN_PEMANTAPAN: "Bimbingan pemantapan",
  ARAHAN_KELUARGA: "Arahan kepada keluarga",
  PENYULUHAN_SOSIAL: "Penyuluhan sosial di lingkungan tempat tinggal",
  BIMBINGAN_TAMBAHAN: "Bimbingan tambahan (bila diperlukan)",
};

/**
 * The activities that fit each step (decision 0022): arahan keluarga is with the family or the
 * guarantor, penyuluhan sosial with the community around the home; the others are with the client.
 * A contact with another subject may still be chosen: the list only puts the fitting ones first.
 */
export const PREPARATION_STEP_SUBJECTS: Record<PreparationStep, readonly ContactSubject[]> = {
  BIMBINGAN_PEMANTAPAN: ["KLIEN"],
  ARAHAN_KELUARGA: ["KELUARGA", "PENJAMIN"],
  PENYULUHAN_SOSIAL: ["MASYARAKAT"],
  BIMBINGAN_TAMBAHAN: ["KLIEN"],
};

/** The client's contacts for a step's choice: those with the step's subject first, each group in the order given. */
export function contactsForStep<T extends { subject: ContactSubject }>(step: PreparationStep, contacts: readonly T[]): { fitting: T[]; others: T[] } {
  const fits = (c: T) => PREPARATION_STEP_SUBJECTS[step].includes(c.subject);
  return { fitting: contacts.filter(fits), others: contacts.filter((c) => !fits(c)) };
}

export interface PreparationRow { step: PreparationStep; state: "DONE" | "NOT_NEEDED"; doneOn: Date | null; note: string; contact: { id: string; occurredAt: Date; subject?: ContactSubject } | null }
export interface PreparationItem { step: PreparationStep; label: string; state: "DONE" | "NOT_NEEDED" | "OPEN"; row: PreparationRow | null }

/** The four steps in order with their state; complete when none is open. */
export function preparationChecklist(rows: PreparationRow[]): { items: PreparationItem[]; complete: boolean; open: PreparationStep[] } {
  const items = PREPARATION_STEPS.map((step) => {
    const row = rows.find((r) => r.step === step) ?? null;
    return { step, label: PREPARATION_STEP_LABEL[step], state: row ? row.state : ("OPEN" as const), row };
  });
  const open = items.filter((i) => i.state === "OPEN").map((i) => i.step);
  return { items, complete: open.length === 0, open };
}
