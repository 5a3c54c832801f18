import { describe, expect, it } from "vitest";
import { ZCreateUser, ZResetUserPassword, ZUpdateUser } from "@/lib/schemas/user-admin";
import { login } from "@/lib/server/auth/login";
import { validateSessionToken } from "@/lib/server/auth/sessions";
import { prisma } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { getOfficeUser } from "@/lib/server/queries/users";
import { createUser } from "@/lib/server/services/create-user";
import { changePassword } from "@/lib/server/services/change-password";
import { resetUserPassword } from "@/lib/server/services/reset-user-password";
import { updateUser } from "@/lib/server/services/update-user";
import { createClient, createOffice, createUser as makeUser, DEFAULT_PASSWORD } from "../factories";
import { actorFor } from "../support/actors";

async function world() {
  const jks = await createOffice(prisma);
  const mks = await createOffice(prisma);
  const admin = await makeUser(prisma, { officeId: jks.id, role: "ADMIN" });
  const kepala = await makeUser(prisma, { officeId: jks.id, role: "KEPALA_BAPAS" });
  const pk = await makeUser(prisma, { officeId: jks.id, role: "PK" });
  const adminMks = await makeUser(prisma, { officeId: mks.id, role: "ADMIN" });
  return { jks, mks, admin, kepala, pk, adminMks };
}

const code = (p: Promise<unknown>) => p.then(() => "OK", (e) => (e instanceof AppError ? e.code : String(e)));
const newPk = (over: Record<string, unknown> = {}) =>
  ZCreateUser.parse({ name: "Sri Wahyuni, S.Sos.", email: "Sri.Wahyuni@bimbing.id", nip: "199001012015032001", role: "PK", pkLevel: "PK_PERTAMA", capacity: "30", password: "Sementara2026", ...over });
const editOf = async (id: string, over: Record<string, unknown> = {}) => {
  const u = await prisma.user.findUniqueOrThrow({ where: { id } });
  return ZUpdateUser.parse({ id, version: u.version, name: u.name, nip: u.nip ?? "", role: u.role, pkLevel: u.pkLevel ?? "", capacity: u.capacity, active: u.active, ...over });
};

describe("user administration", () => {
  it("an admin adds a PK to the office, who can then sign in", async () => {
    const w = await world();
    const { id } = await createUser(await actorFor(w.admin.id), newPk());
    const row = await prisma.user.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ officeId: w.jks.id, email: "sri.wahyuni@bimbing.id", role: "PK", pkLevel: "PK_PERTAMA", capacity: 30 });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect((await login({ email: "sri.wahyuni@bimbing.id", password: "Sementara2026" })).ok).toBe(true);
    expect(await prisma.auditEvent.count({ where: { action: "user.create", entityId: id } })).toBe(1);
  });

  it("validates the form: a PK needs a level, NIP is 18 digits, the password is strong enough", () => {
    const r = ZCreateUser.safeParse({ name: "Ab", email: "x", nip: "123", role: "PK", pkLevel: "", capacity: "0", password: "pendek" });
    expect(r.success).toBe(false);
    expect([...new Set(r.error?.issues.map((i) => i.path[0]))].sort()).toEqual(["capacity", "email", "name", "nip", "password", "pkLevel"]);
  });

  it("refuses a duplicate email with a clear message and writes nothing", async () => {
    const w = await world();
    const err = await createUser(await actorFor(w.admin.id), newPk({ email: w.pk.email })).catch((e) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err.fieldErrors.email[0]).toBe("Email ini sudah dipakai akun lain.");
    expect(await prisma.user.count()).toBe(4);
  });

  it.each(["kepala", "pk"] as const)("a %s may not manage users", async (who) => {
    const w = await world();
    const actor = await actorFor(w[who].id);
    expect(await code(createUser(actor, newPk()))).toBe("FORBIDDEN");
    expect(await code(updateUser(actor, await editOf(w.pk.id, { capacity: 99 })))).toBe("FORBIDDEN");
    expect(await code(resetUserPassword(actor, ZResetUserPassword.parse({ id: w.pk.id, password: "BaruSekali2026" })))).toBe("FORBIDDEN");
    expect(await code(getOfficeUser(actor, w.pk.id))).toBe("FORBIDDEN");
  });

  it("another office's admin gets not-found for every action", async () => {
    const w = await world();
    const other = await actorFor(w.adminMks.id);
    expect(await getOfficeUser(other, w.pk.id)).toBeNull();
    expect(await code(updateUser(other, await editOf(w.pk.id, { active: false })))).toBe("NOT_FOUND");
    expect(await code(resetUserPassword(other, ZResetUserPassword.parse({ id: w.pk.id, password: "BaruSekali2026" })))).toBe("NOT_FOUND");
    expect((await prisma.user.findUniqueOrThrow({ where: { id: w.pk.id } })).active).toBe(true);
  });

  it("deactivating a user ends their sessions at once", async () => {
    const w = await world();
    const session = await login({ email: w.kepala.email, password: DEFAULT_PASSWORD });
    if (!session.ok) throw new Error("login failed");
    const res = await updateUser(await actorFor(w.admin.id), await editOf(w.kepala.id, { active: false }));
    expect(res.endedSessions).toBe(1);
    expect(await validateSessionToken(session.sessionToken)).toBeNull();
    expect((await login({ email: w.kepala.email, password: DEFAULT_PASSWORD })).ok).toBe(false);
  });

  it("a PK with active clients is neither deactivated nor given another role", async () => {
    const w = await world();
    await createClient(prisma, { officeId: w.jks.id, assignedPkId: w.pk.id });
    const admin = await actorFor(w.admin.id);
    const err = await updateUser(admin, await editOf(w.pk.id, { active: false })).catch((e) => e);
    expect(err.message).toMatch(/masih membimbing 1 klien aktif/);
    expect(await code(updateUser(admin, await editOf(w.pk.id, { role: "ADMIN", pkLevel: "" })))).toBe("VALIDATION");
    expect(await code(updateUser(admin, await editOf(w.pk.id, { capacity: 45 })))).toBe("OK");
  });

  it("an admin cannot lock themselves out", async () => {
    const w = await world();
    const admin = await actorFor(w.admin.id);
    expect(await code(updateUser(admin, await editOf(w.admin.id, { active: false })))).toBe("VALIDATION");
    expect(await code(updateUser(admin, await editOf(w.admin.id, { role: "PK", pkLevel: "PK_PERTAMA" })))).toBe("VALIDATION");
    expect(await code(resetUserPassword(admin, ZResetUserPassword.parse({ id: w.admin.id, password: "BaruSekali2026" })))).toBe("VALIDATION");
  });

  it("a stale edit is refused: two admins saving the same version, one wins", async () => {
    const w = await world();
    const second = await makeUser(prisma, { officeId: w.jks.id, role: "ADMIN" });
    const seen = await editOf(w.pk.id);
    const results = await Promise.all([
      code(updateUser(await actorFor(w.admin.id), { ...seen, capacity: 20 })),
      code(updateUser(await actorFor(second.id), { ...seen, capacity: 50 })),
    ]);
    expect(results.sort()).toEqual(["CONFLICT", "OK"]);
  });

  it("a password reset lifts the lock and ends the sessions", async () => {
    const w = await world();
    const session = await login({ email: w.pk.email, password: DEFAULT_PASSWORD });
    if (!session.ok) throw new Error("login failed");
    await prisma.user.update({ where: { id: w.pk.id }, data: { failedLoginCount: 5, lockedUntil: new Date(Date.now() + 600_000) } });
    await resetUserPassword(await actorFor(w.admin.id), ZResetUserPassword.parse({ id: w.pk.id, password: "BaruSekali2026" }));
    expect(await validateSessionToken(session.sessionToken)).toBeNull();
    expect((await login({ email: w.pk.email, password: "BaruSekali2026" })).ok).toBe(true);
    expect(await prisma.auditEvent.count({ where: { action: "user.password.reset", entityId: w.pk.id } })).toBe(1);
  });
});

describe("a password an admin set must be changed at the next login", () => {
  it("a new account and a reset password both carry the flag; the user's own change clears it", async () => {
    const w = await world();
    const admin = await actorFor(w.admin.id);
    const { id } = await createUser(admin, newPk());
    expect((await prisma.user.findUniqueOrThrow({ where: { id } })).mustChangePassword).toBe(true);

    const first = await login({ email: "sri.wahyuni@bimbing.id", password: "Sementara2026" });
    if (!first.ok) throw new Error("login failed");
    const session = await validateSessionToken(first.sessionToken);
    expect(session?.mustChangePassword).toBe(true);

    const self = await actorFor(id, session!.sessionId);
    await expect(changePassword(self, { currentPassword: "Sementara2026", newPassword: "Sementara2026", confirmPassword: "Sementara2026" })).rejects.toMatchObject({ code: "VALIDATION" });
    const changed = await changePassword(self, { currentPassword: "Sementara2026", newPassword: "PilihanSri2027", confirmPassword: "PilihanSri2027" });
    expect((await prisma.user.findUniqueOrThrow({ where: { id } })).mustChangePassword).toBe(false);
    // The session is renewed: the old token is over, the new one is free of the flag.
    expect(await validateSessionToken(first.sessionToken)).toBeNull();
    expect((await validateSessionToken(changed.sessionToken))?.mustChangePassword).toBe(false);

    await resetUserPassword(admin, ZResetUserPassword.parse({ id, password: "LupaSandi2027" }));
    expect((await prisma.user.findUniqueOrThrow({ where: { id } })).mustChangePassword).toBe(true);
    expect(await validateSessionToken(changed.sessionToken)).toBeNull();
    const again = await login({ email: "sri.wahyuni@bimbing.id", password: "LupaSandi2027" });
    if (!again.ok) throw new Error("login failed");
    expect((await validateSessionToken(again.sessionToken))?.mustChangePassword).toBe(true);
  });
});
