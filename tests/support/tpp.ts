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
