import { describe, expect, it } from "vitest";
import { ROLES } from "./enums";
import { can, PERMISSIONS, type Permission } from "./permissions";

// The expected matrix, written out independently of PERMISSIONS so a change to either shows here.
const MATRIX: Record<Permission, string> = {
  //                      ADMIN KEPALA PK
  "client:read": "111",
  "client:create": "111",
  "client:update": "111",
  "client:change-status": "111",
  "client:delete": "100",
  "client:assign": "110",
  "client:transfer": "110",
  "workload:read": "110",
  "office:overview": "110",
  "user:manage": "100",
  "office:manage": "100",
  "litmas:request": "111",
  "litmas:dispose": "110",
  "litmas:write": "001",
  "litmas:approve": "010",
  "transition:propose": "001",
  "tpp:record": "110",
  "transition:decide": "010",
  "letter:issue": "010",
  "contact:write": "001",
  "reporting:record": "111",
  "audit:read": "110",
  "program:manage": "001",
  "violation:read": "111",
  "violation:report": "001",
  "revocation:report": "001",
  "revocation:tpp": "110",
  "revocation:decide": "010",
};

describe("permissions", () => {
  it("lists every permission in the expected matrix", () => {
    expect(Object.keys(PERMISSIONS).sort()).toEqual(Object.keys(MATRIX).sort());
  });
  for (const [permission, row] of Object.entries(MATRIX)) {
    ROLES.forEach((role, i) => {
      it(`${role} ${row[i] === "1" ? "may" : "may not"} ${permission}`, () => {
        expect(can(role, permission as Permission)).toBe(row[i] === "1");
      });
    });
  }
});
