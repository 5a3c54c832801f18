import { Badge, type Tone } from "@/components/ui/badge";
import type { LitmasStatus, Section } from "@/lib/domain/enums";
import type { DueState } from "@/lib/domain/litmas";
import { LITMAS_STATUS_LABEL, SECTION_SHORT } from "@/lib/domain/labels";
import { formatDayOf } from "@/lib/format";

// Not the stage colours (Tahap awal amber, lanjutan blue, akhir violet): a litmas badge next to a
// stage badge must not read as the same thing.
const STATUS_TONE: Record<LitmasStatus, Tone> = {
  REQUESTED: "neutral",
  ASSIGNED: "teal",
  DRAFT: "teal",
  SUBMITTED: "orange",
  RETURNED: "red",
  APPROVED: "green",
  CANCELLED: "neutral",
};

export function LitmasStatusBadge({ status }: { status: LitmasStatus }) {
  return <Badge tone={STATUS_TONE[status]}>{LITMAS_STATUS_LABEL[status]}</Badge>;
}

/** The deadline flag: shown only when the litmas is late or due within two days. */
export function DueBadge({ state }: { state: DueState | null }) {
  if (state === "OVERDUE") return <Badge tone="red">Lewat tenggat</Badge>;
  if (state === "DUE_SOON") return <Badge tone="orange">Tenggat dekat</Badge>;
  return null;
}

/** An approved report's delivery to the requester: "Belum dikirim" or "Terkirim <tanggal>". */
export function DeliveryBadge({ status, deliveredAt, timeZone }: { status: LitmasStatus; deliveredAt: Date | null; timeZone: string }) {
  if (status !== "APPROVED") return null;
  if (!deliveredAt) return <Badge tone="orange">Belum dikirim</Badge>;
  return <Badge tone="green">Terkirim {formatDayOf(deliveredAt, timeZone)}</Badge>;
}

/** A request disposed to a section, awaiting its Kasi. */
export function SectionBadge({ status, section }: { status: LitmasStatus; section: Section | null }) {
  if (status !== "REQUESTED" || !section) return null;
  return <Badge tone="cyan">Di seksi {SECTION_SHORT[section]}</Badge>;
}
