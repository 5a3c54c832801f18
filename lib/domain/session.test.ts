import { describe, expect, it } from "vitest";
import { sessionState, shouldTouch } from "./session";

const now = new Date("2026-11-23T06:00:00Z");
const ago = (m: number) => new Date(now.getTime() - m * 60_000);
const later = (m: number) => new Date(now.getTime() + m * 60_000);

describe("sessionState", () => {
  it.each([
    ["fresh", { createdAt: ago(5), lastSeenAt: ago(1), expiresAt: later(600), revokedAt: null }, "valid"],
    ["idle just under 30 minutes", { createdAt: ago(60), lastSeenAt: ago(29.9), expiresAt: later(600), revokedAt: null }, "valid"],
    ["idle over 30 minutes", { createdAt: ago(60), lastSeenAt: ago(31), expiresAt: later(600), revokedAt: null }, "idle"],
    ["past its 12 hours although active", { createdAt: ago(720), lastSeenAt: ago(1), expiresAt: now, revokedAt: null }, "expired"],
    ["revoked (logout, deactivation, password change)", { createdAt: ago(5), lastSeenAt: ago(1), expiresAt: later(600), revokedAt: ago(1) }, "revoked"],
  ] as const)("%s -> %s", (_name, s, state) => {
    expect(sessionState(s, now, 30)).toBe(state);
  });

  it("touches lastSeenAt at most once a minute", () => {
    expect(shouldTouch({ createdAt: ago(5), lastSeenAt: ago(0.5), expiresAt: later(1), revokedAt: null }, now)).toBe(false);
    expect(shouldTouch({ createdAt: ago(5), lastSeenAt: ago(2), expiresAt: later(1), revokedAt: null }, now)).toBe(true);
  });
});
