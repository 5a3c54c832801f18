import { describe, expect, it } from "vitest";
import { login } from "@/lib/server/auth/login";
import { hashSessionToken, validateSessionToken } from "@/lib/server/auth/sessions";
import { prisma } from "@/lib/server/db";
import { changePassword } from "@/lib/server/services/change-password";
import { revokeOwnSession } from "@/lib/server/services/revoke-session";
import { AppError } from "@/lib/server/errors";
import { createOffice, createUser, DEFAULT_PASSWORD } from "../factories";
import { actorFor } from "../support/actors";

async function pk() {
  const office = await createOffice(prisma);
  const user = await createUser(prisma, { officeId: office.id, role: "PK" });
  return { office, user };
}

const t0 = new Date("2026-11-23T01:00:00Z");
const plus = (min: number) => new Date(t0.getTime() + min * 60_000);

describe("login", () => {
  it("accepts the right password, creates a server-side session and logs the attempt", async () => {
    const { user } = await pk();
    const res = await login({ email: user.email.toUpperCase(), password: DEFAULT_PASSWORD, ip: "10.0.0.1" }, t0);
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    const session = await prisma.session.findUniqueOrThrow({ where: { id: hashSessionToken(res.sessionToken) } });
    expect(session.userId).toBe(user.id);
    expect(session.expiresAt).toEqual(plus(12 * 60));
    expect(await prisma.loginAttempt.count({ where: { userId: user.id, success: true } })).toBe(1);
    expect(await prisma.auditEvent.count({ where: { userId: user.id, action: "auth.login" } })).toBe(1);
    // The token itself is never stored.
    expect(await prisma.session.count({ where: { id: res.sessionToken } })).toBe(0);
  });

  it("refuses a wrong password and an unknown email alike", async () => {
    const { user } = await pk();
    expect(await login({ email: user.email, password: "salah" }, t0)).toEqual({ ok: false, code: "INVALID" });
    expect(await login({ email: "tidak.ada@bimbing.id", password: "salah" }, t0)).toEqual({ ok: false, code: "INVALID" });
    expect(await prisma.session.count()).toBe(0);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).failedLoginCount).toBe(1);
  });

  it("locks the account after five failures from any IP, for 15 minutes, then lets it in again", async () => {
    const { user } = await pk();
    for (let i = 0; i < 4; i++) {
      expect((await login({ email: user.email, password: `x${i}`, ip: `10.0.0.${i}` }, plus(i))).ok).toBe(false);
    }
    const fifth = await login({ email: user.email, password: "x5", ip: "192.0.2.9" }, plus(4));
    expect(fifth).toEqual({ ok: false, code: "LOCKED", minutesLeft: 15 });
    // The right password does not help while locked, and is not even checked.
    expect(await login({ email: user.email, password: DEFAULT_PASSWORD }, plus(10))).toEqual({ ok: false, code: "LOCKED", minutesLeft: 9 });
    expect(await prisma.auditEvent.count({ where: { action: "auth.account.locked", entityId: user.id } })).toBe(1);
    // After the lock runs out the right password works and the count resets.
    const later = await login({ email: user.email, password: DEFAULT_PASSWORD }, plus(20));
    expect(later.ok).toBe(true);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).failedLoginCount).toBe(0);
  });

  it("counts concurrent failures without losing any", async () => {
    const { user } = await pk();
    await Promise.all(Array.from({ length: 5 }, (_, i) => login({ email: user.email, password: `p${i}` }, t0)));
    const row = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.failedLoginCount).toBe(5);
    expect(row.lockedUntil).not.toBeNull();
  });

  it("judges at most five passwords in a burst of twenty, even with the right one inside it", async () => {
    const { user } = await pk();
    const attempts = Array.from({ length: 20 }, (_, i) => (i === 13 ? DEFAULT_PASSWORD : `tebakan-${i}`));
    const results = await Promise.all(attempts.map((password) => login({ email: user.email, password }, t0)));
    const judged = await prisma.loginAttempt.count({ where: { userId: user.id, reason: { in: ["BAD_PASSWORD", "OK"] } } });
    expect(judged).toBeLessThanOrEqual(5);
    expect(results.filter((r) => r.ok).length).toBeLessThanOrEqual(1);
    expect(await prisma.loginAttempt.count({ where: { userId: user.id } })).toBe(20);
    // Whatever the order, a burst that ends locked refuses the right password afterwards.
    const row = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    if (row.lockedUntil) expect((await login({ email: user.email, password: DEFAULT_PASSWORD }, plus(1))).ok).toBe(false);
  });

  it("a burst of wrong passwords locks the account with exactly five judged", async () => {
    const { user } = await pk();
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => login({ email: user.email, password: `x-${i}` }, t0)));
    expect(await prisma.loginAttempt.count({ where: { userId: user.id, reason: "BAD_PASSWORD" } })).toBe(5);
    expect(results.every((r) => !r.ok)).toBe(true);
    expect((await login({ email: user.email, password: DEFAULT_PASSWORD }, plus(1)))).toEqual({ ok: false, code: "LOCKED", minutesLeft: 14 });
    expect(await prisma.auditEvent.count({ where: { action: "auth.account.locked", entityId: user.id } })).toBe(1);
  });

  it("tells a deactivated user, but only when the password is right", async () => {
    const office = await createOffice(prisma);
    const user = await createUser(prisma, { officeId: office.id, role: "PK", active: false });
    expect(await login({ email: user.email, password: "salah" }, t0)).toEqual({ ok: false, code: "INVALID" });
    expect(await login({ email: user.email, password: DEFAULT_PASSWORD }, t0)).toEqual({ ok: false, code: "INACTIVE" });
  });
});

describe("server-side sessions", () => {
  async function signedIn() {
    const { user } = await pk();
    const res = await login({ email: user.email, password: DEFAULT_PASSWORD }, new Date());
    if (!res.ok) throw new Error("login failed");
    return { user, token: res.sessionToken };
  }

  it("a live session gives the user with their current role and office", async () => {
    const { user, token } = await signedIn();
    const current = await validateSessionToken(token);
    expect(current).toMatchObject({ id: user.id, role: "PK", officeId: user.officeId });
    // A role change takes effect on the next request.
    await prisma.user.update({ where: { id: user.id }, data: { role: "KEPALA_BAPAS" } });
    expect((await validateSessionToken(token))?.role).toBe("KEPALA_BAPAS");
  });

  it("ends after 30 idle minutes, and stays ended", async () => {
    const { token } = await signedIn();
    expect(await validateSessionToken(token, new Date(Date.now() + 29 * 60_000))).not.toBeNull();
    // That request counted as activity: idle time runs from it.
    expect(await validateSessionToken(token, new Date(Date.now() + 58 * 60_000))).not.toBeNull();
    expect(await validateSessionToken(token, new Date(Date.now() + 90 * 60_000))).toBeNull();
    expect(await validateSessionToken(token, new Date(Date.now() + 91 * 60_000))).toBeNull();
    expect((await prisma.session.findFirstOrThrow()).revokedReason).toBe("IDLE");
  });

  it("ends after 12 hours however active", async () => {
    const { token } = await signedIn();
    let now = Date.now();
    for (let i = 0; i < 12 * 2; i++) {
      now += 29 * 60_000;
      const u = await validateSessionToken(token, new Date(now));
      if (now - Date.now() < 12 * 3_600_000 - 60_000) expect(u).not.toBeNull();
    }
    expect(await validateSessionToken(token, new Date(Date.now() + 12 * 3_600_000 + 1000))).toBeNull();
  });

  it("ends at once when the user is deactivated", async () => {
    const { user, token } = await signedIn();
    await prisma.user.update({ where: { id: user.id }, data: { active: false } });
    expect(await validateSessionToken(token)).toBeNull();
    await prisma.user.update({ where: { id: user.id }, data: { active: true } });
    expect(await validateSessionToken(token)).toBeNull(); // revoked, not just hidden
  });

  it("an unknown or forged token gives nobody", async () => {
    await signedIn();
    expect(await validateSessionToken("forged-token")).toBeNull();
  });

  it("changing the password ends every session and renews this one", async () => {
    const { user, token } = await signedIn();
    const other = await login({ email: user.email, password: DEFAULT_PASSWORD }, new Date());
    if (!other.ok) throw new Error("login failed");
    const actor = await actorFor(user.id, hashSessionToken(token));
    await expect(changePassword(actor, { currentPassword: "salah", newPassword: "BaruSekali2026", confirmPassword: "BaruSekali2026" })).rejects.toThrow("Kata sandi saat ini salah.");
    const res = await changePassword(actor, { currentPassword: DEFAULT_PASSWORD, newPassword: "BaruSekali2026", confirmPassword: "BaruSekali2026" });
    expect(res.endedSessions).toBe(1);
    // The session from before the change is over on this device too; the renewed one is live.
    expect(await validateSessionToken(token)).toBeNull();
    expect(await validateSessionToken(other.sessionToken)).toBeNull();
    expect(await validateSessionToken(res.sessionToken)).toMatchObject({ id: user.id });
    expect((await login({ email: user.email, password: DEFAULT_PASSWORD })).ok).toBe(false);
    expect((await login({ email: user.email, password: "BaruSekali2026" })).ok).toBe(true);
  });

  it("throttles guesses of the current password through the login's count", async () => {
    const { user, token } = await signedIn();
    const actor = await actorFor(user.id, hashSessionToken(token));
    const wrong = { currentPassword: "tebakan", newPassword: "BaruSekali2026", confirmPassword: "BaruSekali2026" };
    const results = await Promise.allSettled(Array.from({ length: 12 }, () => changePassword(actor, wrong)));
    expect(results.every((r) => r.status === "rejected")).toBe(true);
    const messages = results.map((r) => (r.status === "rejected" ? (r.reason as Error).message : ""));
    expect(messages.filter((m) => m === "Kata sandi saat ini salah.").length).toBe(5);
    expect(messages.filter((m) => m.startsWith("Terlalu banyak kata sandi yang salah")).length).toBe(7);
    // Locked: even the right current password waits, and so does a new login.
    await expect(changePassword(actor, { ...wrong, currentPassword: DEFAULT_PASSWORD })).rejects.toThrow(/Terlalu banyak/);
    expect((await login({ email: user.email, password: DEFAULT_PASSWORD })).ok).toBe(false);
    expect(await prisma.auditEvent.count({ where: { action: "user.password.change.failed", entityId: user.id } })).toBe(4);
  });

  it("a user can end their own other sessions, not someone else's", async () => {
    const a = await signedIn();
    const b = await signedIn();
    const actorA = await actorFor(a.user.id, hashSessionToken(a.token));
    const err = await revokeOwnSession(actorA, hashSessionToken(b.token)).catch((e) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe("NOT_FOUND");
    expect(await validateSessionToken(b.token)).not.toBeNull();
    const second = await login({ email: a.user.email, password: DEFAULT_PASSWORD });
    if (!second.ok) throw new Error("login failed");
    await revokeOwnSession(actorA, hashSessionToken(second.sessionToken));
    expect(await validateSessionToken(second.sessionToken)).toBeNull();
  });
});

describe("the audit trail", () => {
  it("is append-only", async () => {
    const { user } = await pk();
    await login({ email: user.email, password: DEFAULT_PASSWORD });
    await expect(prisma.auditEvent.updateMany({ data: { action: "tampered" } })).rejects.toThrow(/append-only/);
    await expect(prisma.auditEvent.deleteMany({})).rejects.toThrow(/append-only/);
    expect(await prisma.auditEvent.count({ where: { action: "auth.login" } })).toBe(1);
  });
});
