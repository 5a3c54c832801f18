// Family work and the community around the home (issue 14 item 3, decision 0022): a guidance
// activity is with the client, or with the family, the guarantor or the community (arahan keluarga;
// penyuluhan sosial with the Kepala Desa, RT/RW, Puskesmas, Bhabinkamtibmas), and says who took part.
import type { ContactSubject } from "./enums";

/** Who was there must be written down when the activity is not with the client alone. */
export function needsParticipants(subject: ContactSubject): boolean {
  return subject !== "KLIEN";
}

/** The relationships and offices officers write most, offered as suggestions (free text all the same). */
export const PARTICIPANT_ROLE_SUGGESTIONS: Record<ContactSubject, readonly string[]> = {
  KLIEN: ["Ibu kandung", "Ayah kandung", "Istri", "Suami", "Kakak kandung", "Ketua RT"],
  KELUARGA: ["Ibu kandung", "Ayah kandung", "Istri", "Suami", "Kakak kandung", "Adik kandung", "Anak", "Paman", "Bibi", "Wali"],
  PENJAMIN: ["Penjamin", "Penjamin (orang tua)", "Penjamin (istri)", "Penjamin (suami)", "Penjamin (kakak)"],
  MASYARAKAT: ["Kepala Desa", "Lurah", "Sekretaris Desa", "Ketua RT", "Ketua RW", "Bhabinkamtibmas", "Babinsa", "Petugas Puskesmas", "Tokoh agama", "Tokoh masyarakat"],
};

/** "Siti Aminah (Ibu kandung), H. Sutrisno (Kepala Desa)": the participants as one line, in the order typed. */
export function participantsText(participants: readonly { name: string; role: string }[]): string {
  return participants.map((p) => (p.role ? `${p.name} (${p.role})` : p.name)).join(", ");
}
