// Tahap akhir preparation (issue 14, item 5; seed 003): before the surat keterangan akhir pembimbingan
// the PK prepares the client's return: bimbingan pemantapan, arahan kepada keluarga, penyuluhan sosial
// around the home, and bimbingan tambahan where needed. Each step is done or marked not needed.
// An incomplete checklist warns the Kepala at the letter; it does not block it (decision 0015).

export const PREPARATION_STEPS = ["BIMBINGAN_PEMANTAPAN", "ARAHAN_KELUARGA", "PENYULUHAN_SOSIAL", "BIMBINGAN_TAMBAHAN"] as const;
export type PreparationStep = (typeof PREPARATION_STEPS)[number];

export const PREPARATION_STEP_LABEL: Record<PreparationStep, string> = {
  BIMBINGAN_PEMANTAPAN: "Bimbingan pemantapan",
  ARAHAN_KELUARGA: "Arahan kepada keluarga",
  PENYULUHAN_SOSIAL: "Penyuluhan sosial di lingkungan tempat tinggal",
  BIMBINGAN_TAMBAHAN: "Bimbingan tambahan (bila diperlukan)",
};

export interface PreparationRow { step: PreparationStep; state: "DONE" | "NOT_NEEDED"; doneOn: Date | null; note: string; contact: { id: string; occurredAt: Date } | null }
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
