import { describe, expect, it } from "vitest";
import { ACTION_BODY_LIMIT, checkActionHeaders, checkActionText } from "./action-body";

describe("server action bodies", () => {
  it("accepts what the browser sends", () => {
    expect(checkActionHeaders("text/plain;charset=UTF-8", "120").ok).toBe(true);
    expect(checkActionHeaders("multipart/form-data; boundary=x", null).ok).toBe(true);
    expect(checkActionText('[{"clientId":"c1","notes":"Kunjungan rumah \\"baik\\" [ok]"}]').ok).toBe(true);
  });
  it("refuses an oversized body by its length", () => {
    expect(checkActionHeaders("text/plain", String(ACTION_BODY_LIMIT + 1))).toMatchObject({ ok: false, status: 413 });
    expect(checkActionHeaders("text/plain", "abc")).toMatchObject({ ok: false, status: 413 });
    expect(checkActionText("x".repeat(ACTION_BODY_LIMIT + 1))).toMatchObject({ ok: false, status: 413 });
  });
  it("refuses another content type, non-JSON text and deep nesting", () => {
    expect(checkActionHeaders("application/xml", "10")).toMatchObject({ ok: false, status: 415 });
    expect(checkActionText("bukan json")).toMatchObject({ ok: false, status: 400 });
    expect(checkActionText("[".repeat(40) + "]".repeat(40))).toMatchObject({ ok: false, status: 400 });
    expect(checkActionText(`["${"[".repeat(40)}"]`).ok).toBe(true); // brackets inside a string
  });
});
