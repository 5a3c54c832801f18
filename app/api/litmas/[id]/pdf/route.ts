import { getActor } from "@/lib/server/auth";
import { getLitmasReportData } from "@/lib/server/pdf/litmas-data";
import { renderLitmasPdf } from "@/lib/server/pdf/litmas-document";
import { clientIp } from "@/lib/server/client-ip";
import { pdfResponse, routeHandler } from "@/lib/server/route";

export const dynamic = "force-dynamic";

/** The approved litmas as a PDF, for users who may see it (others: 404). */
export const GET = routeHandler(async (req: Request, { params }: { params: Promise<{ id: string }> }) => {
  const user = await getActor();
  if (!user) return new Response("Silakan masuk terlebih dahulu.", { status: 401 });
  const { id } = await params;
  const ip = clientIp(req.headers);
  const data = await getLitmasReportData(user, id, { ip });
  if (!data) return new Response("Litmas tidak ditemukan atau belum disetujui.", { status: 404 });
  const pdf = await renderLitmasPdf(data);
  return pdfResponse(pdf, "litmas", data.number, "attachment");
});
