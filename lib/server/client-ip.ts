import "server-only";
import { env } from "./env";

type HeaderSource = { get(name: string): string | null } | Record<string, unknown> | undefined;

function read(h: HeaderSource, name: string): string | null {
  if (!h) return null;
  if (typeof (h as { get?: unknown }).get === "function") return (h as { get(n: string): string | null }).get(name);
  const v = (h as Record<string, unknown>)[name];
  return typeof v === "string" ? v : null;
}

/**
 * The client's IP for the audit trail and login log. X-Forwarded-For and X-Real-IP are set by
 * whoever sends the request, so they are believed only behind a configured proxy (TRUST_PROXY=1);
 * otherwise the IP is not recorded rather than recorded wrong.
 */
export function clientIp(headers: HeaderSource): string | null {
  if (!env.trustProxy) return null;
  const forwarded = read(headers, "x-forwarded-for")?.split(",")[0]?.trim();
  return (forwarded || read(headers, "x-real-ip")?.trim() || null)?.slice(0, 64) ?? null;
}
