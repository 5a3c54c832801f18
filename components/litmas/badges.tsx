import { Badge, type Tone } from "@/components/ui/badge";
import type { LitmasStatus } from "@/lib/domain/enums";
import type { DueState } from "@/lib/domain/litmas";
import { LITMAS_STATUS_LABEL } from "@/lib/domain/labels";

const STATUS_TONE: Record<LitmasStatus, Tone> = {
  REQUESTED: "violet",
  ASSIGNED: "blue",
  DRAFT: "blue",
  SUBMITTED: "amber",
  RETURNED: "amber",
  APPROVED: "green",
  CANCELLED: "neutral",
};

export function LitmasStatusBadge({ status }: { status: LitmasStatus }) {
  return <Badge tone={STATUS_TONE[status]}>{LITMAS_STATUS_LABEL[status]}</Badge>;
}

/** The deadline flag: shown only when the litmas is late or due within two days. */
export function DueBadge({ state }: { state: DueState | null }) {
  if (state === "OVERDUE") return <Badge tone="red">Lewat tenggat</Badge>;
  if (state === "DUE_SOON") return <Badge tone="amber">Tenggat dekat</Badge>;
  return null;
}
