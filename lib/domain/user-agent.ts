/**
 * A session's device in officers' words, for the account page: "Chrome di Android" from a raw user
 * agent, and an IP address shown sensibly ("::ffff:10.0.0.5" -> "10.0.0.5", loopback -> "komputer
 * ini (lokal)"). Rough by design: it names the browser and the system, nothing more.
 */
export function describeUserAgent(ua: string | null | undefined): string {
  if (!ua) return "Peramban tidak dikenal";
  const browser =
    /Edg(A|iOS)?\//.test(ua) ? "Edge"
    : /OPR\/|Opera/.test(ua) ? "Opera"
    : /SamsungBrowser\//.test(ua) ? "Samsung Internet"
    : /Firefox\/|FxiOS\//.test(ua) ? "Firefox"
    : /Chrome\/|CriOS\/|Chromium\//.test(ua) ? "Chrome"
    : /Safari\//.test(ua) && /Version\//.test(ua) ? "Safari"
    : null;
  const os =
    /Android/.test(ua) ? "Android"
    : /iPhone|iPad|iPod/.test(ua) ? "iPhone/iPad"
    : /Windows NT/.test(ua) ? "Windows"
    : /Mac OS X|Macintosh/.test(ua) ? "macOS"
    : /CrOS/.test(ua) ? "ChromeOS"
    : /Linux/.test(ua) ? "Linux"
    : null;
  if (browser && os) return `${browser} di ${os}`;
  return browser ?? os ?? "Peramban tidak dikenal";
}

export function describeIp(ip: string | null | undefined): string | null {
  if (!ip) return null;
  const v = ip.trim().replace(/^::ffff:/i, "");
  if (v === "127.0.0.1" || v === "::1" || v === "localhost") return "komputer ini (lokal)";
  return v;
}
