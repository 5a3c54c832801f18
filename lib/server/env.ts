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

/** Where document bytes are kept: PostgreSQL (default) or an S3-compatible bucket (decision 19). */
function documentStorage() {
  const kind = (process.env.DOCUMENT_STORAGE ?? "db").trim().toLowerCase() || "db";
  if (kind === "db" || kind === "postgres" || kind === "postgresql") return { kind: "db" as const };
  if (kind !== "s3") throw new Error('DOCUMENT_STORAGE must be "db" or "s3"');
  const need = (name: string) => {
    const v = process.env[name]?.trim() ?? "";
    if (!v && process.env.NEXT_PHASE !== "phase-production-build") throw new Error(`DOCUMENT_STORAGE=s3 needs ${name}`);
    return v;
  };
  const endpoint = need("S3_ENDPOINT");
  if (endpoint && !/^https?:\/\//.test(endpoint)) throw new Error("S3_ENDPOINT must start with http:// or https://");
  return {
    kind: "s3" as const,
    endpoint,
    bucket: need("S3_BUCKET"),
    region: process.env.S3_REGION?.trim() || "us-east-1",
    accessKeyId: need("S3_ACCESS_KEY_ID"),
    secretAccessKey: need("S3_SECRET_ACCESS_KEY"),
  };
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
  documentStorage: documentStorage(),
} as const;
