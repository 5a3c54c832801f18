import { afterEach, describe, expect, it } from "vitest";
import { clock } from "@/lib/clock";
import { isoToLocalInput, localInputToIso, ZRecordDiversiAgreement, ZRecordPendampinganStep } from "./pendampingan";

afterEach(() => clock.reset());

describe("local date-times in the office's zone", () => {
  it("reads a datetime-local value in WIB, WITA and WIT", () => {
    expect(localInputToIso("2026-12-31T23:50", "Asia/Jakarta")).toBe("2026-12-31T16:50:00.000Z");
    expect(localInputToIso("2026-12-31T23:50", "Asia/Makassar")).toBe("2026-12-31T15:50:00.000Z");
    expect(localInputToIso("2026-12-31T23:50", "Asia/Jayapura")).toBe("2026-12-31T14:50:00.000Z");
    expect(localInputToIso("2026-02-30T10:00", "Asia/Jakarta")).toBeNull();
    expect(localInputToIso("kemarin", "Asia/Jakarta")).toBeNull();
    expect(isoToLocalInput(new Date("2026-12-31T14:50:00Z"), "Asia/Jayapura")).toBe("2026-12-31T23:50");
  });
});

describe("pendampingan schemas", () => {
  const step = { pendampinganId: "p1", version: 1, kind: "PEMERIKSAAN_PENYIDIK", place: "Unit PPA", attendees: "Anak, ibu, penyidik", guardianPresent: true, outcome: "Didampingi selama pemeriksaan." };
  it("refuses a step in the future or a measure outside a decision, and asks the decision number", () => {
    clock.set(new Date("2026-06-10T03:00:00Z"));
    expect(ZRecordPendampinganStep.safeParse({ ...step, heldAt: "2026-06-10T02:00:00.000Z" }).success).toBe(true);
    expect(ZRecordPendampinganStep.safeParse({ ...step, heldAt: "2026-06-10T05:00:00.000Z" }).success).toBe(false);
    expect(ZRecordPendampinganStep.safeParse({ ...step, heldAt: "2026-06-10T02:00:00.000Z", measure: "SPPA_PENGAWASAN" }).success).toBe(false);
    expect(ZRecordPendampinganStep.safeParse({ ...step, kind: "PUTUSAN", heldAt: "2026-06-10T02:00:00.000Z" }).success).toBe(false);
    expect(ZRecordPendampinganStep.safeParse({ ...step, kind: "PUTUSAN", decisionNumber: "5/Pid.Sus-Anak/2026/PN Jkt.Sel", measure: "SPPA_PENGAWASAN", heldAt: "2026-06-10T02:00:00.000Z" }).success).toBe(true);
  });
  it("the agreement's deadline comes after the agreement, within a year", () => {
    clock.set(new Date("2026-06-10T03:00:00Z"));
    const a = { pendampinganId: "p1", version: 1, agreedOn: "2026-06-10", terms: "Mengganti kerugian korban.", childConsent: true, guardianConsent: true };
    expect(ZRecordDiversiAgreement.safeParse({ ...a, deadline: "2026-07-10" }).success).toBe(true);
    expect(ZRecordDiversiAgreement.safeParse({ ...a, deadline: "2026-06-10" }).success).toBe(false);
    expect(ZRecordDiversiAgreement.safeParse({ ...a, deadline: "2027-07-10" }).success).toBe(false);
    expect(ZRecordDiversiAgreement.safeParse({ ...a, agreedOn: "2026-06-20", deadline: "2026-07-10" }).success).toBe(false);
  });
});
