import { describe, expect, it } from "vitest";
import { buildCsp, newNonce } from "./csp";

describe("content security policy", () => {
  it("allows scripts only with the request's nonce, and no framing", () => {
    const csp = buildCsp("abc123");
    expect(csp).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain("unsafe-eval");
    expect(buildCsp("x", { dev: true })).toContain("'unsafe-eval'");
  });
  it("makes a fresh nonce each time", () => {
    const a = newNonce();
    expect(a).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(newNonce()).not.toBe(a);
  });
});
