import "server-only";

// Expected failures, typed, with a message for the user in Bahasa Indonesia. Anything else is a
// bug: logged on the server and shown as a generic message.
export type AppErrorCode = "NOT_FOUND" | "FORBIDDEN" | "VALIDATION" | "CONFLICT" | "UNAUTHENTICATED";

const DEFAULT_MESSAGE: Record<AppErrorCode, string> = {
  NOT_FOUND: "Data tidak ditemukan.",
  FORBIDDEN: "Anda tidak berwenang melakukan tindakan ini.",
  VALIDATION: "Periksa kembali isian Anda.",
  CONFLICT: "Data telah diubah oleh pengguna lain. Muat ulang halaman lalu coba lagi.",
  UNAUTHENTICATED: "Sesi Anda telah berakhir. Silakan masuk kembali.",
};

export class AppError extends Error {
  constructor(
    public readonly code: AppErrorCode,
    message?: string,
    public readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message ?? DEFAULT_MESSAGE[code]);
    this.name = "AppError";
  }
}

export const notFound = (message?: string) => new AppError("NOT_FOUND", message);
export const forbidden = (message?: string) => new AppError("FORBIDDEN", message);
export const conflict = (message?: string) => new AppError("CONFLICT", message);
export const invalid = (message?: string, fieldErrors?: Record<string, string[]>) => new AppError("VALIDATION", message, fieldErrors);

// Prisma's codes for "the database cannot be reached or answered too late": P1001 unreachable,
// P1002 timed out, P1008 operation timed out, P1017 connection closed, P2024 pool exhausted.
const UNAVAILABLE_PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
// SQLSTATE class 08 (connection exception) and 57P0x (server shutting down or starting up).
const UNAVAILABLE_SQLSTATE = /^(08...|57P0[1-4])$/;
const UNAVAILABLE_ERRNO = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EHOSTUNREACH", "ENOTFOUND", "EPIPE"]);

/** True when `e` (or its cause) says the database is down or unreachable, not that a query was wrong. */
export function isDatabaseUnavailable(e: unknown, depth = 0): boolean {
  if (!e || typeof e !== "object" || depth > 4) return false;
  const err = e as { code?: unknown; cause?: unknown; meta?: { driverAdapterError?: { cause?: { kind?: string; originalCode?: unknown } } }; message?: unknown };
  if (typeof err.code === "string" && (UNAVAILABLE_PRISMA_CODES.has(err.code) || UNAVAILABLE_SQLSTATE.test(err.code) || UNAVAILABLE_ERRNO.has(err.code))) return true;
  const kind = err.meta?.driverAdapterError?.cause?.kind;
  // A restart of PostgreSQL reaches the pg adapter as P2039 with the server's SQLSTATE (57P01
  // "terminating connection due to administrator command") in the driver error.
  const sqlState = err.meta?.driverAdapterError?.cause?.originalCode;
  if (typeof sqlState === "string" && UNAVAILABLE_SQLSTATE.test(sqlState)) return true;
  if (kind === "DatabaseNotReachable" || kind === "ConnectionClosed" || kind === "SocketTimeout") return true;
  if (typeof err.message === "string" && /Can't reach database server|Connection terminated|connection timeout|connection error and is not queryable/i.test(err.message)) return true;
  return isDatabaseUnavailable(err.cause, depth + 1);
}

export const DATABASE_UNAVAILABLE_MESSAGE =
  "Basis data Bimbing sedang tidak dapat dihubungi, jadi isian Anda belum tersimpan. Jangan tutup halaman ini; coba simpan lagi dalam beberapa menit.";
