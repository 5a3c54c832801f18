import "server-only";
import "../zod-id";
import { MAX_DOCUMENT_BYTES } from "@/lib/domain/documents";
import { isSameOrigin } from "@/lib/security/same-origin";
import { getActor, type CurrentUser } from "./auth";
import { env } from "./env";
import { AppError, isDatabaseUnavailable } from "./errors";

type Handler<C> = (req: Request, ctx: C) => Promise<Response>;

/**
 * Wraps a route handler: a database outage answers 503 in Bahasa Indonesia, any other failure a
 * generic 500. Neither carries the error's detail (driver messages name the host and port).
 */
export function routeHandler<C>(handler: Handler<C>): Handler<C> {
  return async (req, ctx) => {
    try {
      return await handler(req, ctx);
    } catch (e) {
      const unavailable = isDatabaseUnavailable(e);
      console.error(unavailable ? "Database unavailable in a route handler" : `Unexpected error in a route handler: ${e instanceof Error ? e.name : typeof e}`);
      return new Response(
        unavailable
          ? "Bimbing sedang tidak dapat menghubungi basis data. Coba lagi dalam beberapa menit; jika berlanjut, hubungi admin Bapas."
          : "Terjadi kesalahan pada sistem. Coba lagi; jika berulang, hubungi admin Bapas.",
        { status: unavailable ? 503 : 500, headers: { "Content-Type": "text/plain; charset=utf-8", "Retry-After": "60", "Cache-Control": "no-store" } },
      );
    }
  };
}

/** A generated PDF, never cached, named from a prefix and its number ("laporan-0012-PK-JKS-2026.pdf"). */
export function pdfResponse(pdf: Uint8Array, prefix: string, number: string | null | undefined, disposition: "inline" | "attachment" = "attachment"): Response {
  const filename = `${prefix}-${(number ?? "").replace(/[^A-Za-z0-9]+/g, "-")}.pdf`;
  return new Response(new Uint8Array(pdf), {
    headers: { "Content-Type": "application/pdf", "Content-Disposition": `${disposition}; filename="${filename}"`, "Cache-Control": "private, no-store" },
  });
}

/** A JSON answer that is never cached. */
export const jsonNoStore = (body: unknown, status = 200) => Response.json(body, { status, headers: { "Cache-Control": "no-store" } });

/** A refusal in the shape the upload forms read: { ok: false, error, fieldErrors? }. */
export const refuseJson = (error: string, status: number, fieldErrors?: Record<string, string[] | undefined>) =>
  jsonNoStore({ ok: false, error, ...(fieldErrors ? { fieldErrors } : {}) }, status);

const APP_ERROR_STATUS = { NOT_FOUND: 404, FORBIDDEN: 403, VALIDATION: 400, CONFLICT: 409 } as const;

/**
 * A POST of multipart/form-data from a Bimbing page (files, or a form too large for a server action):
 * the same origin, a signed-in actor, a body no larger than `maxBytes` (refused from its
 * Content-Length before it is read), a readable form. `handle` gets the actor, the form and the
 * route's params; an AppError it throws answers with its message and field errors.
 */
export function multipartRoute<P>(
  limits: { maxBytes: number; tooLarge: string; field?: string; notForm?: string },
  handle: (user: CurrentUser, form: FormData, params: P) => Promise<Response>,
): Handler<{ params: Promise<P> }> {
  return routeHandler(async (req, ctx) => {
    if (!isSameOrigin(req.headers, env.trustProxy)) return refuseJson("Permintaan ditolak: kirim dari halaman Bimbing.", 403);
    const user = await getActor();
    if (!user) return refuseJson("Sesi Anda telah berakhir. Silakan masuk kembali.", 401);
    if (Number(req.headers.get("content-length") ?? "0") > limits.maxBytes) {
      return refuseJson(limits.tooLarge, 413, limits.field ? { [limits.field]: [limits.tooLarge] } : undefined);
    }
    if (!(req.headers.get("content-type") ?? "").startsWith("multipart/form-data")) return refuseJson(limits.notForm ?? "Kirim melalui formulir.", 415);
    let form: FormData;
    try {
      form = await req.formData();
    } catch {
      return refuseJson("Isi unggahan tidak dapat dibaca. Coba lagi.", 400);
    }
    try {
      return await handle(user, form, (await ctx?.params) ?? ({} as P));
    } catch (e) {
      if (e instanceof AppError) return refuseJson(e.message, APP_ERROR_STATUS[e.code as keyof typeof APP_ERROR_STATUS] ?? 409, e.fieldErrors);
      throw e;
    }
  });
}

/** The upload limit of a document or photo request: the file and the form's own few kilobytes. */
export const UPLOAD_REQUEST_BYTES = MAX_DOCUMENT_BYTES + 64 * 1024;
