import { describe, expect, it } from "vitest";
import { mayConfirmAccountChange, privilegedRoleOf } from "./account-changes";

describe("which account changes need a second person", () => {
  it.each([
    ["CREATE_USER", null, "KEPALA_BAPAS", "KEPALA_BAPAS"],
    ["CREATE_USER", null, "ADMIN", "ADMIN"],
    ["CREATE_USER", null, "PK", null],
    ["CREATE_USER", null, "KASI", null],
    ["CHANGE_ROLE", "PK", "KEPALA_BAPAS", "KEPALA_BAPAS"],
    ["CHANGE_ROLE", "KASI", "ADMIN", "ADMIN"],
    ["CHANGE_ROLE", "KEPALA_BAPAS", "ADMIN", "ADMIN"],
    ["CHANGE_ROLE", "ADMIN", "ADMIN", null],
    ["CHANGE_ROLE", "KEPALA_BAPAS", "KEPALA_BAPAS", null],
    ["CHANGE_ROLE", "ADMIN", "PK", null],
    ["RESET_PASSWORD", "KEPALA_BAPAS", null, "KEPALA_BAPAS"],
    ["RESET_PASSWORD", "ADMIN", null, "ADMIN"],
    ["RESET_PASSWORD", "PK", null, null],
  ] as const)("%s %s -> %s concerns %s", (kind, fromRole, toRole, expected) => {
    expect(privilegedRoleOf(kind, { fromRole, toRole })).toBe(expected);
  });
});

describe("who may confirm", () => {
  const admin = { id: "a1", role: "ADMIN" as const };
  const admin2 = { id: "a2", role: "ADMIN" as const };
  const kepala = { id: "k1", role: "KEPALA_BAPAS" as const };
  const pk = { id: "p1", role: "PK" as const };
  const change = (concernsRole: "ADMIN" | "KEPALA_BAPAS", targetUserId: string | null = null) => ({ concernsRole, requestedById: "a1", targetUserId });

  it.each([
    // an admin account: the Kepala only
    ["ADMIN", null, kepala, 2, true],
    ["ADMIN", null, admin2, 2, false],
    ["ADMIN", null, admin, 1, false],
    ["ADMIN", null, pk, 1, false],
    // a Kepala account: the other admin, or the Kepala where there is one admin
    ["KEPALA_BAPAS", null, admin2, 2, true],
    ["KEPALA_BAPAS", null, kepala, 2, false],
    ["KEPALA_BAPAS", null, kepala, 1, true],
    ["KEPALA_BAPAS", null, admin, 1, false],
    ["KEPALA_BAPAS", null, pk, 1, false],
    // never the account the change is about
    ["KEPALA_BAPAS", "k1", kepala, 1, false],
    ["ADMIN", "k1", kepala, 1, false],
  ] as const)("%s (target %s) by %o with %i admins -> %s", (role, target, person, admins, expected) => {
    expect(mayConfirmAccountChange(change(role, target), person, admins)).toBe(expected);
  });
});
