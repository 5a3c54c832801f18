import { getActor } from "@/lib/server/auth";
import { audit } from "@/lib/server/audit";
import { prisma } from "@/lib/server/db";
import { renderWarningLetterPdf } from "@/lib/server/pdf/warning-letter";
import { getWarningLetterForPdf } from "@/lib/server/queries/violations";
import { pdfResponse, routeHandler } from "@/lib/server/route";

export const dynamic = "force-dynamic";

/** A written warning as a PDF: in the user's scope; else 404. */
export const GET = routeHandler(async (_req: Request, { params }: { params: Promise<{ id: string }> }) => {
  const user = await getActor();
  if (!user) return new Response("Silakan masuk terlebih dahulu.", { status: 401 });
  const { id } = await params;
  const letter = await getWarningLetterForPdf(user, id);
  if (!letter) return new Response("Surat peringatan tidak ditemukan.", { status: 404 });
  const pdf = await renderWarningLetterPdf(letter);
  await audit(prisma, user, { action: "warning.letter.download", entityType: "ClientWarning", entityId: letter.id, clientId: letter.client.id, details: { number: letter.number } });
  return pdfResponse(pdf, "surat-peringatan", letter.number, "inline");
});
