import { describe, expect, it } from "vitest";
import { litmasDueSettings, ZLitmasListParams, ZRequestLitmas, ZReturnLitmas } from "./litmas";

describe("litmas office settings", () => {
  it.each([
    ["no settings", null, {}],
    ["settings without litmas", { registerFormat: "x" }, {}],
    ["a default and one purpose", { litmas: { defaultDueDays: 10, dueDays: { SIDANG_ANAK: 5 } } }, { defaultDays: 10, days: { SIDANG_ANAK: 5 } }],
    ["a non-number", { litmas: { defaultDueDays: "banyak" } }, {}],
    ["zero days", { litmas: { defaultDueDays: 0 } }, {}],
    ["a statutory purpose (diversi cannot be changed)", { litmas: { dueDays: { DIVERSI: 10 } } }, {}],
  ])("%s", (_name, settings, expected) => {
    const got = litmasDueSettings(settings);
    expect({ defaultDays: got.defaultDays, days: got.days }).toEqual({ defaultDays: undefined, days: undefined, ...expected });
  });
});

describe("litmas forms", () => {
  it("accepts a request and refuses a bad date or a missing institution", () => {
    expect(ZRequestLitmas.safeParse({ clientId: "c1", purpose: "DIVERSI", requesterInstitution: "Polres Jakarta Selatan", requesterLetterDate: "2026-02-28" }).success).toBe(true);
    expect(ZRequestLitmas.safeParse({ clientId: "c1", purpose: "DIVERSI", requesterInstitution: "Polres", requesterLetterDate: "2026-02-30" }).success).toBe(false);
    expect(ZRequestLitmas.safeParse({ clientId: "c1", purpose: "DIVERSI", requesterInstitution: " " }).success).toBe(false);
    expect(ZRequestLitmas.safeParse({ clientId: "c1", purpose: "BUKAN", requesterInstitution: "Polres" }).success).toBe(false);
  });

  it("requires notes to return a litmas", () => {
    expect(ZReturnLitmas.safeParse({ litmasId: "l1", version: 3, notes: "  " }).success).toBe(false);
    expect(ZReturnLitmas.safeParse({ litmasId: "l1", version: 3, notes: "Lengkapi analisis." }).success).toBe(true);
  });

  it("ignores unknown list filters instead of failing", () => {
    expect(ZLitmasListParams.parse({ status: "APA", overdue: "ya", pk: "p1" })).toEqual({ status: undefined, overdue: undefined, pk: "p1" });
    expect(ZLitmasListParams.parse({ status: "DIKERJAKAN", overdue: "1" })).toEqual({ status: "DIKERJAKAN", overdue: "1" });
  });
});
