import { describe, expect, it } from "vitest";
import { ZCreateUser, ZResetUserPassword, ZUpdateUser } from "@/lib/schemas/user-admin";
import { login } from "@/lib/server/auth/login";
import { validateSessionToken } from "@/lib/server/auth/sessions";
import { prisma } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { getOfficeUser } from "@/lib/server/queries/users";
import { createUser } from "@/lib/server/services/create-user";
import { decideAccountChange } from "@/lib/server/services/decide-account-change";
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
    const id = (await createUser(await actorFor(w.admin.id), newPk())).id!;
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
    const id = (await createUser(admin, newPk())).id!;
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

describe("separation of duties: a Kepala or an admin account needs a second person", () => {
  const reset = (id: string, password = "BaruSekali2026") => ZResetUserPassword.parse({ id, password });
  const decide = (changeId: string, decision: "CONFIRM" | "REFUSE" | "CANCEL", version = 1) => ({ changeId, version, decision, note: "" });
  const newKepala = () => newPk({ name: "Kepala Kedua, S.H.", email: "kepala.kedua@bimbing.id", nip: "", role: "KEPALA_BAPAS", pkLevel: "" });
  const newAdmin = () => newPk({ name: "Admin Kedua", email: "admin.kedua@bimbing.id", nip: "", role: "ADMIN", pkLevel: "" });

  it("an admin cannot create a Kepala alone: it waits, the admin cannot confirm it, the Kepala (one admin) does", async () => {
    const w = await world();
    const admin = await actorFor(w.admin.id);
    const res = await createUser(admin, newKepala());
    expect(res.id).toBeNull();
    expect(res.pending?.confirmer).toBe("Kepala Bapas");
    expect(await prisma.user.count({ where: { email: "kepala.kedua@bimbing.id" } })).toBe(0);
    // The requester cannot confirm their own request, nor can a PK.
    expect(await code(decideAccountChange(admin, decide(res.pending!.changeId, "CONFIRM")))).toBe("FORBIDDEN");
    expect(await code(decideAccountChange(await actorFor(w.pk.id), decide(res.pending!.changeId, "CONFIRM")))).toBe("FORBIDDEN");
    expect(await code(decideAccountChange(await actorFor(w.adminMks.id), decide(res.pending!.changeId, "CONFIRM")))).toBe("NOT_FOUND");
    const confirmed = await decideAccountChange(await actorFor(w.kepala.id), decide(res.pending!.changeId, "CONFIRM"));
    const created = await prisma.user.findUniqueOrThrow({ where: { id: confirmed.targetUserId! } });
    expect(created).toMatchObject({ role: "KEPALA_BAPAS", officeId: w.jks.id, mustChangePassword: true, nip: null });
    expect((await login({ email: "kepala.kedua@bimbing.id", password: "Sementara2026" })).ok).toBe(true);
    const change = await prisma.accountChange.findUniqueOrThrow({ where: { id: res.pending!.changeId } });
    expect(change).toMatchObject({ status: "CONFIRMED", decidedById: w.kepala.id, targetUserId: created.id });
    expect(JSON.stringify(change.payload)).not.toMatch(/argon2/);
    expect(await prisma.auditEvent.count({ where: { action: { in: ["account.change.request", "account.change.confirm", "user.create"] } } })).toBe(3);
    // A second confirmation finds it answered.
    expect(await code(decideAccountChange(await actorFor(w.kepala.id), decide(res.pending!.changeId, "CONFIRM", 2)))).toBe("CONFLICT");
  });

  it("with two admins a change to a Kepala account waits for the other admin, not the Kepala", async () => {
    const w = await world();
    const second = await makeUser(prisma, { officeId: w.jks.id, role: "ADMIN" });
    const res = await resetUserPassword(await actorFor(w.admin.id), reset(w.kepala.id));
    expect(res.pending?.confirmer).toBe("admin lain di kantor ini");
    expect((await login({ email: w.kepala.email, password: "BaruSekali2026" })).ok).toBe(false);
    expect(await code(decideAccountChange(await actorFor(w.kepala.id), decide(res.pending!.changeId, "CONFIRM")))).toBe("FORBIDDEN");
    await decideAccountChange(await actorFor(second.id), decide(res.pending!.changeId, "CONFIRM"));
    expect((await prisma.user.findUniqueOrThrow({ where: { id: w.kepala.id } })).mustChangePassword).toBe(true);
  });

  it("an admin cannot reset the Kepala's password alone; the Kepala of a one-admin office cannot confirm her own reset", async () => {
    const w = await world();
    const session = await login({ email: w.kepala.email, password: DEFAULT_PASSWORD });
    if (!session.ok) throw new Error("login failed");
    const err = await resetUserPassword(await actorFor(w.admin.id), reset(w.kepala.id)).catch((e) => e);
    // Nobody else could confirm: refused at once, nothing changes.
    expect(err).toBeInstanceOf(AppError);
    expect(err.message).toMatch(/tidak ada akun aktif yang dapat mengonfirmasinya/);
    expect(await prisma.accountChange.count()).toBe(0);
    expect(await validateSessionToken(session.sessionToken)).not.toBeNull();
    expect((await login({ email: w.kepala.email, password: DEFAULT_PASSWORD })).ok).toBe(true);
  });

  it("a reset of an admin's password waits for the Kepala and then forces a change at the next login", async () => {
    const w = await world();
    const second = await makeUser(prisma, { officeId: w.jks.id, role: "ADMIN" });
    const res = await resetUserPassword(await actorFor(w.admin.id), reset(second.id, "SandiAdmin2027"));
    expect(res.pending?.confirmer).toBe("Kepala Bapas");
    // The other admin is the account itself; only the Kepala may confirm.
    expect(await code(decideAccountChange(await actorFor(second.id), decide(res.pending!.changeId, "CONFIRM")))).toBe("FORBIDDEN");
    await decideAccountChange(await actorFor(w.kepala.id), decide(res.pending!.changeId, "CONFIRM"));
    const signedIn = await login({ email: second.email, password: "SandiAdmin2027" });
    if (!signedIn.ok) throw new Error("login failed");
    expect((await validateSessionToken(signedIn.sessionToken))?.mustChangePassword).toBe(true);
    expect(await prisma.auditEvent.count({ where: { action: "user.password.reset", entityId: second.id } })).toBe(1);
  });

  it("promoting a PK to admin waits for the Kepala; refused, nothing changes; the requester may withdraw instead", async () => {
    const w = await world();
    const admin = await actorFor(w.admin.id);
    const res = await updateUser(admin, await editOf(w.pk.id, { role: "ADMIN", pkLevel: "" }));
    expect(res.pending).not.toBeNull();
    expect((await prisma.user.findUniqueOrThrow({ where: { id: w.pk.id } })).role).toBe("PK");
    // Only one pending change per account.
    expect(await code(resetUserPassword(admin, reset(w.pk.id)))).toBe("OK");
    expect(await code(updateUser(admin, await editOf(w.pk.id, { role: "KEPALA_BAPAS", pkLevel: "" })))).toBe("VALIDATION");
    expect(await code(decideAccountChange(admin, decide(res.pending!.changeId, "REFUSE")))).toBe("FORBIDDEN");
    await decideAccountChange(await actorFor(w.kepala.id), decide(res.pending!.changeId, "REFUSE"));
    expect((await prisma.user.findUniqueOrThrow({ where: { id: w.pk.id } })).role).toBe("PK");

    const again = await updateUser(admin, await editOf(w.pk.id, { role: "ADMIN", pkLevel: "" }));
    expect(await code(decideAccountChange(await actorFor(w.kepala.id), decide(again.pending!.changeId, "CANCEL")))).toBe("FORBIDDEN");
    await decideAccountChange(admin, decide(again.pending!.changeId, "CANCEL"));
    const third = await updateUser(admin, await editOf(w.pk.id, { role: "ADMIN", pkLevel: "" }));
    await decideAccountChange(await actorFor(w.kepala.id), decide(third.pending!.changeId, "CONFIRM"));
    expect((await prisma.user.findUniqueOrThrow({ where: { id: w.pk.id } })).role).toBe("ADMIN");
  });

  it("creating an admin waits for the Kepala; a PK, Kasi-free office, is created at once", async () => {
    const w = await world();
    const admin = await actorFor(w.admin.id);
    const res = await createUser(admin, newAdmin());
    expect(res.pending?.confirmer).toBe("Kepala Bapas");
    expect((await createUser(admin, newPk({ nip: "" }))).id).not.toBeNull();
    expect(await code(createUser(admin, newAdmin()))).toBe("VALIDATION"); // the same email is already pending
  });

  it("the form's own parsed values (a null NIP and PK level) are accepted again by the server", () => {
    const once = ZCreateUser.parse({ name: "Admin Tanpa NIP", email: "a@bimbing.id", nip: "", role: "ADMIN", pkLevel: "", section: "", capacity: "40", password: "Sementara2026" });
    expect(once.nip).toBeNull();
    expect(ZCreateUser.parse(once)).toEqual(once);
  });
});
