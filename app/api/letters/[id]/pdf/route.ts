import { getActor } from "@/lib/server/auth";
import { audit } from "@/lib/server/audit";
import { prisma } from "@/lib/server/db";
import { renderLetterPdf } from "@/lib/server/letters/render-letter";
import { getLetterForPdf } from "@/lib/server/queries/letters";

import { pdfResponse, routeHandler } from "@/lib/server/route";

export const dynamic = "force-dynamic";

export const GET = routeHandler(async (_req: Request, { params }: { params: Promise<{ id: string }> }) => {
  const user = await getActor();
  if (!user) return new Response("Silakan masuk terlebih dahulu.", { status: 401 });
  const { id } = await params;
  const letter = await getLetterForPdf(user, id);
  if (!letter) return new Response("Surat tidak ditemukan.", { status: 404 });
  const pdf = await renderLetterPdf(letter);
  await audit(prisma, user, { action: "letter.download", entityType: "EndOfGuidanceLetter", entityId: letter.id, details: { number: letter.number } });
  return pdfResponse(pdf, "surat-akhir-pembimbingan", letter.number, "attachment");
});
