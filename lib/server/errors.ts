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
