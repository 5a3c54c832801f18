import { describe, expect, it } from "vitest";
import { utcDate } from "./calendar";
import { generalisedBirthDate, nextReviewDay, retentionCutoff } from "./retention";

describe("retention", () => {
  it("the cut-off is N years back, and 29 February has one", () => {
    expect(retentionCutoff(utcDate(2026, 12, 2), 10)).toEqual(utcDate(2016, 12, 2));
    expect(retentionCutoff(utcDate(2028, 2, 29), 1)).toEqual(utcDate(2027, 2, 28));
    expect(retentionCutoff(utcDate(2028, 2, 29), 4)).toEqual(utcDate(2024, 2, 29));
    expect(nextReviewDay(utcDate(2026, 12, 31))).toEqual(utcDate(2027, 12, 31));
  });

  it("keeps only the birth year when no request is near the 18th birthday", () => {
    expect(generalisedBirthDate(utcDate(1990, 3, 14), [new Date("2015-06-01T03:00:00Z")])).toEqual(utcDate(1990, 7, 1));
    expect(generalisedBirthDate(utcDate(1990, 3, 14), [])).toEqual(utcDate(1990, 7, 1));
  });

  it("keeps the month, or the day, where the coarser date would move a request across 18", () => {
    // Born 20 Dec 2007: 18 on 20 Dec 2025.
    const birth = utcDate(2007, 12, 20);
    // A request on 30 Nov 2025 (17): 1 July 2007 would make them 18; the first of December keeps them 17.
    expect(generalisedBirthDate(birth, [new Date("2025-11-30T03:00:00Z")])).toEqual(utcDate(2007, 12, 1));
    // A request on 10 Dec 2025 (17): even 1 Dec 2007 would make them 18, so the day itself stays.
    expect(generalisedBirthDate(birth, [new Date("2025-12-10T03:00:00Z")])).toEqual(birth);
    // A request on 21 Dec 2025 (18 already): the year is enough.
    expect(generalisedBirthDate(birth, [new Date("2025-12-21T03:00:00Z")])).toEqual(utcDate(2007, 7, 1));
  });
});
