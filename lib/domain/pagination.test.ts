import { describe, expect, it } from "vitest";
import { decodeCursor, decodeKey, encodeCursor, encodeKey, neighbourStarts, pageRange, pageStart } from "./pagination";

describe("keyset cursors", () => {
  it("round-trips names with any characters", () => {
    const c = { name: "Andi Baso' Daeng \"Ngalle\"", id: "cm123" };
    expect(decodeCursor(encodeCursor(c))).toEqual(c);
  });
  it.each([["not-base64!"], [Buffer.from("[1,2]").toString("base64url")], [Buffer.from("{}").toString("base64url")], [""], [null]])("ignores a tampered cursor %s", (raw) => {
    expect(decodeCursor(raw)).toBeNull();
  });
});

describe("keys of several parts", () => {
  it("round-trips and refuses the wrong number of parts", () => {
    const k = encodeKey(["2026-12-07", "Ahmad", "cm1", "2026-12-07"]);
    expect(decodeKey(k, 4)).toEqual(["2026-12-07", "Ahmad", "cm1", "2026-12-07"]);
    expect(decodeKey(k, 2)).toBeNull();
    expect(decodeKey(Buffer.from("[1,2]").toString("base64url"), 2)).toBeNull();
  });
});

describe("pageRange", () => {
  it.each([
    [1, 25, 180, "1–25 dari 180"],
    [26, 25, 3200, "26–50 dari 3.200"],
    [176, 5, 180, "176–180 dari 180"],
    [1, 0, 0, "0 dari 0"],
  ])("from %i showing %i of %i", (start, shown, total, text) => {
    expect(pageRange(start, shown, total)).toBe(text);
  });
});

describe("pageStart", () => {
  it.each([
    ["the list's start, whatever the link says", 26, true, 25, 180, 1],
    ["the second page", 26, false, 25, 180, 26],
    ["a link without dari past the start", undefined, false, 25, 180, 1],
    ["an edited link past the end", 9999, false, 5, 180, 176],
  ] as const)("%s", (_n, dari, atStart, shown, total, start) => {
    expect(pageStart(dari, atStart, shown, total)).toBe(start);
  });
  it("neighbours", () => {
    expect(neighbourStarts(26, 25, 25)).toEqual({ next: 51, prev: 1 });
    expect(neighbourStarts(10, 25, 25)).toEqual({ next: 35, prev: 1 });
  });
});
