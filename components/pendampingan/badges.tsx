import { Badge, type Tone } from "@/components/ui/badge";
import type { PendampinganStatus } from "@/lib/domain/enums";
import { PENDAMPINGAN_STATUS_LABEL } from "@/lib/domain/labels";
import { describeTimeLeft, type ClockState } from "@/lib/domain/pendampingan";

const STATUS_TONE: Record<PendampinganStatus, Tone> = {
  REQUESTED: "violet",
  ASSIGNED: "blue",
  ONGOING: "blue",
  AGREEMENT_SUPERVISED: "amber",
  CLOSED: "green",
  CANCELLED: "neutral",
};

export function PendampinganStatusBadge({ status }: { status: PendampinganStatus }) {
  return <Badge tone={STATUS_TONE[status]}>{PENDAMPINGAN_STATUS_LABEL[status]}</Badge>;
}

/** The 1x24-hour presence clock as a badge: "Lewat 1×24 jam", "Hadir dalam 5 jam", "PK sudah hadir". */
export function PresenceBadge({ state, dueAt, now }: { state: ClockState | null; dueAt: Date; now: Date }) {
  if (state === "MET") return <Badge tone="green">PK sudah hadir</Badge>;
  if (state === "OVERDUE") return <Badge tone="red">Lewat 1×24 jam ({describeTimeLeft(dueAt, now).replace("terlambat ", "")})</Badge>;
  if (state === "DUE_SOON") return <Badge tone="amber">Hadir paling lambat {describeTimeLeft(dueAt, now).replace("sisa ", "")} lagi</Badge>;
  if (state === "ON_TIME") return <Badge tone="blue">Hadir dalam {describeTimeLeft(dueAt, now).replace("sisa ", "")}</Badge>;
  return null;
}

/** Any other clock (the agreement deadline, the official's 7 days). */
export function ClockBadge({ state, labels }: { state: ClockState | null; labels: Partial<Record<ClockState, string>> }) {
  if (!state || !labels[state]) return null;
  const tone: Record<ClockState, Tone> = { MET: "green", OVERDUE: "red", DUE_SOON: "amber", ON_TIME: "neutral" };
  return <Badge tone={tone[state]}>{labels[state]}</Badge>;
}
