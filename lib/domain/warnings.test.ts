import { describe, expect, it } from "vitest";
import { mayProposeRevocation, nextWrittenWarning, warningsRequired } from "./warnings";

describe("warnings before revocation", () => {
  const denpasar = { beforeProposal: { ASIMILASI: 3 }, defaultBeforeProposal: 1 };

  it("the office decides how many, per program", () => {
    expect(warningsRequired(denpasar, "ASIMILASI")).toBe(3);
    expect(warningsRequired(denpasar, "PB")).toBe(1);
    expect(warningsRequired({ beforeProposal: { PB: 9 }, defaultBeforeProposal: 0 }, "PB")).toBe(3);
  });

  it("written warnings come in order", () => {
    expect(nextWrittenWarning([])).toBe("PERINGATAN_I");
    expect(nextWrittenWarning(["TEGURAN_LISAN", "PERINGATAN_I"])).toBe("PERINGATAN_II");
    expect(nextWrittenWarning(["PERINGATAN_I", "PERINGATAN_II", "PERINGATAN_III"])).toBeNull();
  });

  it.each([
    [[], "PB", false],
    [["TEGURAN_LISAN", "TEGURAN_LISAN"], "PB", false], // oral reprimands do not count
    [["PERINGATAN_I"], "PB", true],
    [["PERINGATAN_I", "PERINGATAN_II"], "ASIMILASI", false],
    [["PERINGATAN_I", "PERINGATAN_II", "PERINGATAN_III"], "ASIMILASI", true],
  ] as const)("%j on %s: %s", (issued, program, ok) => {
    expect(mayProposeRevocation(denpasar, program, issued).ok).toBe(ok);
  });
});
