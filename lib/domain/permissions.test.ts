import { describe, expect, it } from "vitest";
import { ROLES } from "./enums";
import { can, PERMISSIONS, type Permission } from "./permissions";

// The expected matrix, written out independently of PERMISSIONS so a change to either shows here.
const MATRIX: Record<Permission, string> = {
  //                      ADMIN KEPALA KASI PK
  "client:read": "1111",
  "client:create": "1101",
  "client:update": "1101",
  "client:change-status": "1101",
  "client:delete": "1000",
  "client:assign": "1100",
  "client:transfer": "1100",
  "workload:read": "1110",
  "office:overview": "1110",
  "user:manage": "1000",
  "account-change:decide": "1100",
  "office:manage": "1000",
  "litmas:request": "1111",
  "litmas:dispose": "1110",
  "litmas:write": "0001",
  "litmas:approve": "0100",
  "transition:propose": "0001",
  "tpp:record": "1100",
  "transition:decide": "0100",
  "letter:issue": "0100",
  "contact:write": "0001",
  "reporting:record": "1101",
  "audit:read": "1100",
  "retention:read": "1100",
  "retention:decide": "0100",
  "nik:export-full": "1100",
  "program:manage": "0001",
  "partner:read": "1111",
  "partner:manage": "1100",
  "placement:write": "0001",
  "group-session:record": "1001",
  "outreach:record": "1111",
  "community:correct": "1111",
  "assessment:write": "0001",
  "violation:read": "1111",
  "violation:report": "0001",
  "revocation:report": "0001",
  "revocation:tpp": "1100",
  "revocation:decide": "0100",
  "pendampingan:read": "1111",
  "pendampingan:request": "1111",
  "pendampingan:assign": "0110",
  "pendampingan:letter": "0100",
  "pendampingan:write": "0001",
  "pendampingan:cancel": "1100",
  "litmas:deliver": "1111",
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
