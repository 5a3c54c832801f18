import { describe, expect, it } from "vitest";
import { isLocked, minutesLeft } from "./lockout";

const now = new Date("2026-11-23T06:00:00Z");
const min = (m: number) => new Date(now.getTime() + m * 60_000);

describe("login lockout", () => {
  it.each([
    [null, false],
    [min(-1), false],
    [min(0), false],
    [min(1), true],
  ])("lockedUntil %s -> locked %s", (lockedUntil, locked) => {
    expect(isLocked({ failedLoginCount: 5, lockedUntil }, now)).toBe(locked);
  });

  it("reports whole minutes left, at least one", () => {
    expect(minutesLeft(min(14.2), now)).toBe(15);
    expect(minutesLeft(min(0.1), now)).toBe(1);
  });
});
