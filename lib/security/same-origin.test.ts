import { describe, expect, it } from "vitest";
import { isSameOrigin } from "./same-origin";

const h = (o: Record<string, string>) => new Headers(o);

describe("isSameOrigin", () => {
  it.each([
    [{ origin: "http://localhost:3000", host: "localhost:3000" }, true],
    [{ origin: "https://evil.example", host: "localhost:3000" }, false],
    [{ host: "localhost:3000" }, false], // no Origin: not from a page of ours
    [{ origin: "null", host: "localhost:3000" }, false],
    [{ origin: "http://bapas.example", host: "10.0.0.5:3000", "x-forwarded-host": "bapas.example" }, false], // proxy headers not trusted by default
  ])("%j -> %s", (headers, ok) => {
    expect(isSameOrigin(h(headers))).toBe(ok);
  });
  it("trusts X-Forwarded-Host behind a configured proxy", () => {
    expect(isSameOrigin(h({ origin: "https://bapas.example", host: "10.0.0.5:3000", "x-forwarded-host": "bapas.example" }), true)).toBe(true);
  });
});
