import { getActor } from "@/lib/server/auth";
import { audit } from "@/lib/server/audit";
import { prisma } from "@/lib/server/db";
import { renderReferralLetterPdf } from "@/lib/server/pdf/referral-letter";
import { getReferralLetterForPdf } from "@/lib/server/queries/violations";
import { pdfResponse, routeHandler } from "@/lib/server/route";

export const dynamic = "force-dynamic";

/** The report to the deciding authority as a PDF: in the user's scope, once sent; else 404. */
export const GET = routeHandler(async (_req: Request, { params }: { params: Promise<{ id: string }> }) => {
  const user = await getActor();
  if (!user) return new Response("Silakan masuk terlebih dahulu.", { status: 401 });
  const { id } = await params;
  const letter = await getReferralLetterForPdf(user, id);
  if (!letter) return new Response("Surat tidak ditemukan.", { status: 404 });
  const pdf = await renderReferralLetterPdf(letter);
  await audit(prisma, user, {
    action: "revocation.letter.download", entityType: "RevocationProceeding", entityId: letter.id, clientId: letter.client.id,
    details: { number: letter.referralNumber },
  });
  return pdfResponse(pdf, "laporan", letter.referralNumber, "inline");
});
