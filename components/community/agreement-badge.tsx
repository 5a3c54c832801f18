import { Badge } from "@/components/ui/badge";
import { AGREEMENT_STATE_LABEL, type AgreementState } from "@/lib/domain/community";

export function AgreementBadge({ state }: { state: AgreementState }) {
  return <Badge tone={state === "VALID" ? "green" : state === "EXPIRING" ? "amber" : "red"}>{AGREEMENT_STATE_LABEL[state]}</Badge>;
}
