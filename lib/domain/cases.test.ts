import { describe, expect, it } from "vitest";
import { caseHref, guidanceClock, isOpenCase, litmasClock, pendampinganClock } from "./cases";

const now = new Date("2026-12-31T16:50:00Z"); // 23:50 WIB, 31 Dec
const h = (n: number) => new Date(now.getTime() + n * 3_600_000);

describe("case clocks", () => {
  it("a pendampingan request: the PK must be present within 1x24 hours", () => {
    expect(pendampinganClock({ status: "ASSIGNED", dueAt: h(20), firstAttendedAt: null }, now)).toMatchObject({ label: "PK hadir paling lambat", state: "ON_TIME", dateOnly: false });
    expect(pendampinganClock({ status: "REQUESTED", dueAt: h(5), firstAttendedAt: null }, now)?.state).toBe("DUE_SOON");
    expect(pendampinganClock({ status: "ASSIGNED", dueAt: h(-1), firstAttendedAt: null }, now)?.state).toBe("OVERDUE");
    // Once the PK attended, the presence clock stops; a supervised agreement has its deadline (a date).
    expect(pendampinganClock({ status: "ONGOING", dueAt: h(-30), firstAttendedAt: h(-40) }, now)).toBeNull();
    const today = new Date("2026-12-31T00:00:00Z");
    expect(pendampinganClock({ status: "AGREEMENT_SUPERVISED", dueAt: h(-30), firstAttendedAt: h(-40), agreementDeadline: today }, now)).toMatchObject({ dateOnly: true, state: "DUE_SOON" });
    expect(pendampinganClock({ status: "CLOSED", dueAt: h(1), firstAttendedAt: null }, now)).toBeNull();
  });

  it("a litmas: its due date while it runs", () => {
    expect(litmasClock({ status: "DRAFT", dueAt: h(-2) }, now)?.state).toBe("OVERDUE");
    expect(litmasClock({ status: "REQUESTED", dueAt: null }, now)).toBeNull();
    expect(litmasClock({ status: "APPROVED", dueAt: h(-2) }, now)).toBeNull();
  });

  it("guidance: its end date, without a flag", () => {
    expect(guidanceClock({ status: "AKTIF", guidanceEnd: new Date("2027-01-01T00:00:00Z") })).toMatchObject({ label: "Berakhir", state: null, dateOnly: true });
  });

  it("open cases and links", () => {
    expect([isOpenCase("GUIDANCE", "AKTIF"), isOpenCase("GUIDANCE", "SELESAI"), isOpenCase("LITMAS", "REQUESTED"), isOpenCase("PENDAMPINGAN", "CANCELLED")]).toEqual([true, false, true, false]);
    expect([caseHref("GUIDANCE", "a"), caseHref("LITMAS", "b"), caseHref("PENDAMPINGAN", "c")]).toEqual(["/clients/a", "/litmas/b", "/pendampingan/c"]);
  });
});
