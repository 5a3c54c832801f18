import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "./pagination";

describe("keyset cursors", () => {
  it("round-trips names with any characters", () => {
    const c = { name: "Andi Baso' Daeng \"Ngalle\"", id: "cm123" };
    expect(decodeCursor(encodeCursor(c))).toEqual(c);
  });
  it.each([["not-base64!"], [Buffer.from("[1,2]").toString("base64url")], [Buffer.from("{}").toString("base64url")], [""], [null]])("ignores a tampered cursor %s", (raw) => {
    expect(decodeCursor(raw)).toBeNull();
  });
});
