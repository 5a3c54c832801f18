import { getActor } from "@/lib/server/auth";
import { audit } from "@/lib/server/audit";
import { prisma } from "@/lib/server/db";
import { renderGuidanceCardPdf } from "@/lib/server/pdf/guidance-card";
import { getGuidancePrintData } from "@/lib/server/queries/client-prints";
import { pdfResponse, routeHandler } from "@/lib/server/route";

export const dynamic = "force-dynamic";

/** The client's kartu bimbingan as a PDF: in the user's scope; else 404. */
export const GET = routeHandler(async (_req: Request, { params }: { params: Promise<{ id: string }> }) => {
  const user = await getActor();
  if (!user) return new Response("Silakan masuk terlebih dahulu.", { status: 401 });
  const { id } = await params;
  const data = await getGuidancePrintData(user, id);
  if (!data) return new Response("Klien tidak ditemukan.", { status: 404 });
  const pdf = await renderGuidanceCardPdf(data);
  await audit(prisma, user, { action: "client.card.download", entityType: "Client", entityId: data.id, clientId: data.id });
  return pdfResponse(pdf, "kartu-bimbingan", data.registerNumber, "inline");
});
