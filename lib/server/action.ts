import "server-only";
import { z } from "zod";
import "../zod-id";
import type { ActionErrorCode, ActionResult } from "../action-result";
import { AppError, DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from "./errors";

/**
 * Runs a server action body: parses the input with its zod schema, calls the service and maps
 * expected errors to an ActionResult. Unexpected errors are logged (without the input, which may
 * hold personal data) and reported generically. Auth happens inside the service.
 */
export async function runAction<S extends z.ZodType, T>(
  schema: S,
  input: unknown,
  fn: (data: z.infer<S>) => Promise<T>,
  successMessage?: string,
): Promise<ActionResult<T>> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, error: "Periksa kembali isian yang ditandai.", code: "VALIDATION", fieldErrors: z.flattenError(parsed.error).fieldErrors as Record<string, string[]> };
  }
  try {
    const data = await fn(parsed.data);
    return { ok: true, data, message: successMessage };
  } catch (e) {
    return toActionError(e);
  }
}

export function toActionError(e: unknown): { ok: false; error: string; fieldErrors?: Record<string, string[]>; retryable?: boolean; code?: ActionErrorCode } {
  if (e instanceof AppError) return { ok: false, error: e.message, fieldErrors: e.fieldErrors, code: e.code };
  // next/navigation's redirect() and notFound() throw on purpose: let them through.
  if (e && typeof e === "object" && "digest" in e && typeof (e as { digest: unknown }).digest === "string" && (e as { digest: string }).digest.startsWith("NEXT_")) throw e;
  if (isDatabaseUnavailable(e)) {
    console.error("Database unavailable during a server action");
    return { ok: false, error: DATABASE_UNAVAILABLE_MESSAGE, retryable: true };
  }
  // Database errors can quote the values they refused: never let a NIK (16 digits) reach the log.
  const detail = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  console.error("Unexpected error in server action:", detail.replace(/\d{16}/g, "[NIK]").slice(0, 2000));
  return { ok: false, error: "Terjadi kesalahan pada sistem. Coba lagi; jika berulang, hubungi admin." };
}
