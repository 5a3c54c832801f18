import { describe, expect, it } from "vitest";
import { utcDate } from "./calendar";
import { contactsForStep, preparationChecklist } from "./end-preparation";

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

describe("contactsForStep", () => {
  const contacts = [
    { id: "a", subject: "KLIEN" as const },
    { id: "b", subject: "MASYARAKAT" as const },
    { id: "c", subject: "PENJAMIN" as const },
    { id: "d", subject: "KELUARGA" as const },
  ];
  it.each([
    ["ARAHAN_KELUARGA", ["c", "d"], ["a", "b"]],
    ["PENYULUHAN_SOSIAL", ["b"], ["a", "c", "d"]],
    ["BIMBINGAN_PEMANTAPAN", ["a"], ["b", "c", "d"]],
    ["BIMBINGAN_TAMBAHAN", ["a"], ["b", "c", "d"]],
  ] as const)("%s: the fitting activities first, the rest still offered", (step, fitting, others) => {
    const r = contactsForStep(step, contacts);
    expect(r.fitting.map((c) => c.id)).toEqual(fitting);
    expect(r.others.map((c) => c.id)).toEqual(others);
  });
});
