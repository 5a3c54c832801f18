import { describe, expect, it } from "vitest";
import { describeIp, describeUserAgent } from "./user-agent";

describe("describeUserAgent", () => {
  it("names the browser and the system", () => {
    expect(describeUserAgent("Mozilla/5.0 (Linux; Android 14; SM-A145F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36")).toBe("Chrome di Android");
    expect(describeUserAgent("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1")).toBe("Safari di iPhone/iPad");
    expect(describeUserAgent("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0")).toBe("Edge di Windows");
    expect(describeUserAgent("Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0")).toBe("Firefox di Linux");
    expect(describeUserAgent("Mozilla/5.0 (Linux; Android 13) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/25.0 Chrome/121.0.0.0 Mobile Safari/537.36")).toBe("Samsung Internet di Android");
  });
  it("says so when it cannot tell", () => {
    expect(describeUserAgent(null)).toBe("Peramban tidak dikenal");
    expect(describeUserAgent("curl/8.0")).toBe("Peramban tidak dikenal");
  });
});

describe("describeIp", () => {
  it("drops the IPv4-mapped prefix and names loopback", () => {
    expect(describeIp("::ffff:10.1.2.3")).toBe("10.1.2.3");
    expect(describeIp("::ffff:127.0.0.1")).toBe("komputer ini (lokal)");
    expect(describeIp("::1")).toBe("komputer ini (lokal)");
    expect(describeIp(null)).toBeNull();
  });
});
