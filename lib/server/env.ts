import "server-only";

// The only reader of process.env in the app. Values are read once and validated.
function int(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${name} must be a positive integer`);
  return n;
}

const authSecret = process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET ?? "";
if (process.env.NEXT_PHASE !== "phase-production-build" && authSecret.length > 0 && authSecret.length < 32) {
  throw new Error("AUTH_SECRET must be at least 32 characters");
}

export const env = {
  databaseUrl: process.env.DATABASE_URL ?? "",
  authSecret,
  isProduction: process.env.NODE_ENV === "production",
  /** Public base URL printed in letters' QR codes, e.g. https://bimbing.bapas.go.id */
  appUrl: (process.env.APP_URL ?? process.env.NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/$/, ""),
  /** Cookies get the Secure flag only when served over https. */
  secureCookies: (process.env.APP_URL ?? process.env.NEXTAUTH_URL ?? "").startsWith("https://"),
  sessionIdleMinutes: int("SESSION_IDLE_MINUTES", 30),
  sessionMaxHours: int("SESSION_MAX_HOURS", 12),
  loginMaxFailures: int("LOGIN_MAX_FAILURES", 5),
  loginLockMinutes: int("LOGIN_LOCK_MINUTES", 15),
  /** Behind a reverse proxy that sets X-Forwarded-For (TRUST_PROXY=1): only then is that header believed. */
  trustProxy: process.env.TRUST_PROXY === "1" || process.env.TRUST_PROXY === "true",
} as const;
