import { getActor } from "@/lib/server/auth";
import { clientIp } from "@/lib/server/client-ip";
import { AppError } from "@/lib/server/errors";
import { buildProcessingHistory } from "@/lib/server/reports/processing-history";
import { routeHandler } from "@/lib/server/route";

export const dynamic = "force-dynamic";

/** A person's processing history (UU PDP) as a PDF, for the Kepala and the admin; others 404. */
export const GET = routeHandler(async (req: Request, { params }: { params: Promise<{ id: string }> }) => {
  const user = await getActor();
  if (!user) return new Response("Silakan masuk terlebih dahulu.", { status: 401 });
  const { id } = await params;
  const notFound = () => new Response("Orang tidak ditemukan.", { status: 404 });
  try {
    const file = await buildProcessingHistory(user, id, { ip: clientIp(req.headers) });
    if (!file) return notFound();
    return new Response(new Uint8Array(file.body), {
      headers: { "Content-Type": "application/pdf", "Content-Disposition": `attachment; filename="${file.filename}"`, "Cache-Control": "private, no-store" },
    });
  } catch (e) {
    if (e instanceof AppError && e.code === "FORBIDDEN") return notFound();
    throw e;
  }
});
