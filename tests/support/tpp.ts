import type { CurrentUser } from "@/lib/server/auth/current-user";
import { todayIn } from "@/lib/domain/calendar";
import { recordTppSession } from "@/lib/server/services/record-tpp-session";

/** A sidang TPP held today that discusses the given litmas (integrasi, asimilasi) with one recommendation. */
export function reviewLitmasInTpp(actor: CurrentUser, litmasIds: string[], recommendation: "SETUJU" | "TOLAK" | "TUNDA" = "SETUJU", notes = "") {
  return recordTppSession(actor, {
    heldOn: todayIn(actor.timeZone).toISOString().slice(0, 10),
    location: "Ruang sidang TPP",
    chairName: actor.name,
    members: [{ name: actor.name, role: "Ketua" }, { name: "Sekretaris TPP", role: "Sekretaris" }],
    minutes: "Sidang TPP membahas litmas integrasi yang diajukan PK dan memberikan rekomendasi.",
    reviews: [],
    litmasReviews: litmasIds.map((litmasId) => ({ litmasId, recommendation, notes })),
  });
}

/** A sidang TPP of the actor's office recorded as held on `heldOn` (default today): for a revocation's recommendation to cite. */
export async function tppSessionOn(actor: CurrentUser, heldOn: Date = todayIn(actor.timeZone), officeId = actor.officeId): Promise<string> {
  const { prisma } = await import("@/lib/server/db");
  const row = await prisma.tppSession.create({
    data: { officeId, heldOn, chairName: actor.name, members: [{ name: actor.name, role: "Ketua" }], minutes: "Sidang TPP membahas usulan pencabutan.", createdById: actor.id },
    select: { id: true },
  });
  return row.id;
}
