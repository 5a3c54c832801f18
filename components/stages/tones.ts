import type { Tone } from "@/components/ui/badge";
import type { TransitionStatus } from "@/lib/domain/enums";

export const TRANSITION_TONE: Record<TransitionStatus, Tone> = { PROPOSED: "amber", TPP_REVIEWED: "blue", APPROVED: "green", REJECTED: "red", WITHDRAWN: "neutral" };
