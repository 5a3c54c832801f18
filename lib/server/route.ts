import "server-only";
import "../zod-id";
import { isDatabaseUnavailable } from "./errors";

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
