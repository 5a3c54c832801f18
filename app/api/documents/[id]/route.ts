import { downloadName, type DocumentMime } from "@/lib/domain/documents";
import { getActor } from "@/lib/server/auth";
import { clientIp } from "@/lib/server/client-ip";
import { getDocumentForDownload } from "@/lib/server/queries/documents";
import { routeHandler } from "@/lib/server/route";

export const dynamic = "force-dynamic";

/**
 * Downloads a document: only in the user's scope (else 404), always as an attachment with the type
 * its bytes were checked to be, never sniffed or rendered by the browser as a page, and audited.
 */
export const GET = routeHandler(async (req: Request, { params }: { params: Promise<{ id: string }> }) => {
  const user = await getActor();
  if (!user) return new Response("Silakan masuk terlebih dahulu.", { status: 401 });
  const { id } = await params;
  const doc = await getDocumentForDownload(user, id, { ip: clientIp(req.headers) });
  if (!doc) return new Response("Dokumen tidak ditemukan.", { status: 404 });
  return new Response(new Uint8Array(doc.bytes), {
    headers: {
      "Content-Type": doc.mimeType,
      "Content-Length": String(doc.size),
      "Content-Disposition": `attachment; filename="${downloadName(doc.title, doc.mimeType as DocumentMime)}"`,
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
      "Cache-Control": "private, no-store",
    },
  });
});
