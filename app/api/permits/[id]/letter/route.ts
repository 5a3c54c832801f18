import { getActor } from "@/lib/server/auth";
import { audit } from "@/lib/server/audit";
import { prisma } from "@/lib/server/db";
import { renderTravelPermitLetterPdf } from "@/lib/server/pdf/travel-permit-letter";
import { getTravelPermitLetterForPdf } from "@/lib/server/queries/client-prints";
import { pdfResponse, routeHandler } from "@/lib/server/route";

export const dynamic = "force-dynamic";

/** A granted (luar kota) or recommended (luar negeri) travel permit's letter: in the user's scope; else 404. */
export const GET = routeHandler(async (_req: Request, { params }: { params: Promise<{ id: string }> }) => {
  const user = await getActor();
  if (!user) return new Response("Silakan masuk terlebih dahulu.", { status: 401 });
  const { id } = await params;
  const letter = await getTravelPermitLetterForPdf(user, id);
  if (!letter) return new Response("Surat izin tidak ditemukan.", { status: 404 });
  const pdf = await renderTravelPermitLetterPdf(letter);
  await audit(prisma, user, { action: "permit.letter.download", entityType: "TravelPermit", entityId: letter.id, clientId: letter.client.id, details: { number: letter.letterNumber } });
  return pdfResponse(pdf, letter.kind === "LUAR_KOTA" ? "surat-izin" : "rekomendasi-izin", letter.letterNumber, "inline");
});
