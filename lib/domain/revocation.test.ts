import { describe, expect, it } from "vitest";
import { PROGRAMS } from "./enums";
import { revocationAuthority, revocationNext } from "./revocation";

describe("who decides a revocation", () => {
  it.each([
    ["PB", "MENTERI"], ["CB", "MENTERI"], ["CMB", "MENTERI"], ["ASIMILASI", "LAPAS"], ["DIVERSI", "PEJABAT_DIVERSI"],
    ["PIDANA_BERSYARAT", "PENGADILAN"], ["PIDANA_PENGAWASAN", "PENGADILAN"], ["PIDANA_KERJA_SOSIAL", "PENGADILAN"], ["SPPA_PENGAWASAN", "PENGADILAN"],
  ] as const)("%s: %s", (program, authority) => {
    expect(revocationAuthority(program)).toBe(authority);
  });

  it("every program has an authority", () => {
    for (const p of PROGRAMS) expect(revocationAuthority(p)).toBeTruthy();
  });

  it("only the ministry path has the Kepala's pencabutan sementara; the others report to their authority", () => {
    expect(revocationNext("MENTERI", "TPP_RECOMMENDED")).toEqual(["SUSPENDED", "CONTINUED"]);
    expect(revocationNext("MENTERI", "PK_REPORTED")).not.toContain("REFERRED"); // the TPP comes first
    expect(revocationNext("MENTERI", "SUSPENDED")).toContain("REVOKED");
    for (const a of ["LAPAS", "PEJABAT_DIVERSI", "PENGADILAN"] as const) {
      expect(revocationNext(a, "PK_REPORTED")).toContain("REFERRED");
      expect(revocationNext(a, "TPP_RECOMMENDED")).not.toContain("SUSPENDED");
      expect(revocationNext(a, "REFERRED")).toEqual(["REVOKED", "CONTINUED"]);
      expect(revocationNext(a, "PROPOSED")).not.toContain("REVOKED");
    }
  });
});
