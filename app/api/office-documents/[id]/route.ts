import { downloadName, type DocumentMime } from "@/lib/domain/documents";
import { getActor } from "@/lib/server/auth";
import { clientIp } from "@/lib/server/client-ip";
import { getOfficeDocumentForDownload } from "@/lib/server/queries/community";
import { routeHandler } from "@/lib/server/route";

export const dynamic = "force-dynamic";

/**
 * An office document (an agreement's scan, an outreach photo): only in the user's office (else 404),
 * with the type its bytes were checked to be, nosniff and a sandboxing CSP, audited. A photo may show
 * inline (`?lihat=1`, for the activity page); everything else downloads as an attachment.
 */
export const GET = routeHandler(async (req: Request, { params }: { params: Promise<{ id: string }> }) => {
  const user = await getActor();
  if (!user) return new Response("Silakan masuk terlebih dahulu.", { status: 401 });
  const { id } = await params;
  const doc = await getOfficeDocumentForDownload(user, id, { ip: clientIp(req.headers) });
  if (!doc) return new Response("Dokumen tidak ditemukan.", { status: 404 });
  const inline = new URL(req.url).searchParams.get("lihat") === "1" && doc.mimeType.startsWith("image/");
  return new Response(new Uint8Array(doc.bytes), {
    headers: {
      "Content-Type": doc.mimeType,
      "Content-Length": String(doc.size),
      "Content-Disposition": `${inline ? "inline" : "attachment"}; filename="${downloadName(doc.title, doc.mimeType as DocumentMime)}"`,
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
      "Cache-Control": "private, no-store",
    },
  });
});
