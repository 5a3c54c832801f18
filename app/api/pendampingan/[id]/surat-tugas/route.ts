import { getActor } from "@/lib/server/auth";
import { audit } from "@/lib/server/audit";
import { prisma } from "@/lib/server/db";
import { renderAssignmentLetterPdf } from "@/lib/server/pdf/assignment-letter";
import { getAssignmentLetterForPdf } from "@/lib/server/queries/pendampingan";
import { pdfResponse, routeHandler } from "@/lib/server/route";

export const dynamic = "force-dynamic";

/** The surat tugas of a pendampingan as a PDF: in the user's scope, once issued; else 404. */
export const GET = routeHandler(async (_req: Request, { params }: { params: Promise<{ id: string }> }) => {
  const user = await getActor();
  if (!user) return new Response("Silakan masuk terlebih dahulu.", { status: 401 });
  const { id } = await params;
  const letter = await getAssignmentLetterForPdf(user, id);
  if (!letter) return new Response("Surat tugas tidak ditemukan.", { status: 404 });
  const pdf = await renderAssignmentLetterPdf(letter);
  await audit(prisma, user, {
    action: "pendampingan.letter.download", entityType: "Pendampingan", entityId: letter.id, personId: letter.personId,
    details: { number: letter.assignmentLetterNumber },
  });
  return pdfResponse(pdf, "surat-tugas", letter.assignmentLetterNumber, "inline");
});
