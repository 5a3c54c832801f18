import { describe, expect, it } from "vitest";
import { afterFailure, isLocked, minutesLeft } from "./lockout";

const now = new Date("2026-11-23T06:00:00Z");
const min = (m: number) => new Date(now.getTime() + m * 60_000);

describe("login lockout", () => {
  it.each([
    ["first failure counts 1", { failedLoginCount: 0, lockedUntil: null }, 1, null],
    ["fourth failure still open", { failedLoginCount: 3, lockedUntil: null }, 4, null],
    ["fifth failure locks for 15 minutes", { failedLoginCount: 4, lockedUntil: null }, 5, min(15)],
    ["a failure after an expired lock starts a new count", { failedLoginCount: 5, lockedUntil: min(-1) }, 1, null],
  ])("%s", (_name, state, count, until) => {
    const next = afterFailure(state, now, 5, 15);
    expect(next.failedLoginCount).toBe(count);
    expect(next.lockedUntil).toEqual(until);
    expect(next.justLocked).toBe(until !== null);
  });

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
