import { Badge, type Tone } from "@/components/ui/badge";
import type { ClientStatus, StageKind } from "@/lib/domain/enums";
import { CLIENT_STATUS_LABEL, STAGE_LABEL } from "@/lib/domain/labels";

const STATUS_TONE: Record<ClientStatus, Tone> = {
  AKTIF: "green",
  SELESAI: "blue",
  DICABUT: "red",
  DIPINDAHKAN: "violet",
  MENINGGAL: "neutral",
};

export function ClientStatusBadge({ status }: { status: ClientStatus }) {
  return <Badge tone={STATUS_TONE[status]}>{CLIENT_STATUS_LABEL[status]}</Badge>;
}

const STAGE_TONE: Record<StageKind, Tone> = { AWAL: "amber", LANJUTAN: "blue", AKHIR: "violet" };

export function StageBadge({ stage }: { stage: StageKind | null }) {
  if (!stage) return <Badge>Belum ada tahap</Badge>;
  return <Badge tone={STAGE_TONE[stage]}>{STAGE_LABEL[stage]}</Badge>;
}
