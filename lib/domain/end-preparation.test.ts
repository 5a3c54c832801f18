import { describe, expect, it } from "vitest";
import { utcDate } from "./calendar";
import { preparationChecklist } from "./end-preparation";

describe("preparationChecklist", () => {
  it("lists the four steps, open until done or not needed", () => {
    const empty = preparationChecklist([]);
    expect(empty.items.map((i) => i.state)).toEqual(["OPEN", "OPEN", "OPEN", "OPEN"]);
    expect(empty.complete).toBe(false);
    const part = preparationChecklist([{ step: "ARAHAN_KELUARGA", state: "DONE", doneOn: utcDate(2026, 5, 1), note: "Istri dan orang tua.", contact: null }]);
    expect(part.open).toEqual(["BIMBINGAN_PEMANTAPAN", "PENYULUHAN_SOSIAL", "BIMBINGAN_TAMBAHAN"]);
  });
  it("is complete when every step is done or not needed", () => {
    const rows = (["BIMBINGAN_PEMANTAPAN", "ARAHAN_KELUARGA", "PENYULUHAN_SOSIAL"] as const).map((step) => ({ step, state: "DONE" as const, doneOn: null, note: "x", contact: null }));
    const all = preparationChecklist([...rows, { step: "BIMBINGAN_TAMBAHAN", state: "NOT_NEEDED", doneOn: null, note: "Tidak diperlukan.", contact: null }]);
    expect(all.complete).toBe(true);
  });
});
