"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/action-result";
import { ZCloseViolation, ZDecidePermit, ZIssueWarning, ZRecordComplaint, ZRequestPermit, ZReportViolation, ZRevocationOutcome, ZRevocationPkReport, ZRevocationRefer, ZRevocationSuspend, ZRevocationTpp } from "@/lib/schemas/revocation";
import { runAction, toActionError } from "@/lib/server/action";
import { requireActor } from "@/lib/server/auth";
import { decideRevocation, recordRevocationTpp, referRevocation, submitRevocationReport, suspendForRevocation } from "@/lib/server/services/advance-revocation";
import { closeViolation } from "@/lib/server/services/close-violation";
import { issueWarning } from "@/lib/server/services/issue-warning";
import { decideTravelPermit, requestTravelPermit } from "@/lib/server/services/travel-permits";
import { recordComplaint, reportViolation } from "@/lib/server/services/report-violation";

type Step = "pk-report" | "tpp" | "suspend" | "refer" | "outcome";

const STEPS = {
  "pk-report": [ZRevocationPkReport, submitRevocationReport, "Laporan pemeriksaan terkirim."],
  tpp: [ZRevocationTpp, recordRevocationTpp, "Rekomendasi TPP tercatat."],
  suspend: [ZRevocationSuspend, suspendForRevocation, "Pencabutan sementara dan laporan ke Kanwil/Ditjenpas tercatat."],
  refer: [ZRevocationRefer, referRevocation, "Laporan ke pihak berwenang tercatat."],
  outcome: [ZRevocationOutcome, decideRevocation, "Hasil akhir tercatat."],
} as const;

export async function advanceRevocationAction(step: Step, input: unknown): Promise<ActionResult<{ id: string }>> {
  try {
    const user = await requireActor();
    const entry = STEPS[step];
    if (!entry) return { ok: false, error: "Langkah tidak dikenal." };
    const [schema, fn, message] = entry;
    const res = await runAction(schema, input, (data: any) => (fn as any)(user, data), message);
    if (res.ok) revalidatePath("/", "layout");
    return res as ActionResult<{ id: string }>;
  } catch (e) {
    return toActionError(e);
  }
}

export async function closeViolationAction(input: unknown): Promise<ActionResult<{ id: string; clientId: string }>> {
  try {
    const user = await requireActor();
    const res = await runAction(ZCloseViolation, input, (data) => closeViolation(user, data), "Pelanggaran ditutup.");
    if (res.ok) revalidatePath("/", "layout");
    return res;
  } catch (e) {
    return toActionError(e);
  }
}

export async function reportViolationAction(input: unknown): Promise<ActionResult<{ id: string; revocationId: string | null }>> {
  try {
    const user = await requireActor();
    const res = await runAction(ZReportViolation, input, (data) => reportViolation(user, data), "Pelanggaran tercatat.");
    if (res.ok) revalidatePath("/", "layout");
    return res;
  } catch (e) {
    return toActionError(e);
  }
}

export async function recordComplaintAction(input: unknown): Promise<ActionResult<{ id: string; revocationId: string }>> {
  try {
    const user = await requireActor();
    const res = await runAction(ZRecordComplaint, input, (data) => recordComplaint(user, data), "Pengaduan dan berita acara pemeriksaan tercatat; proses pencabutan dibuka.");
    if (res.ok) revalidatePath("/", "layout");
    return res;
  } catch (e) {
    return toActionError(e);
  }
}

export async function issueWarningAction(input: unknown): Promise<ActionResult<{ id: string; number: string | null }>> {
  try {
    const user = await requireActor();
    const res = await runAction(ZIssueWarning, input, (data) => issueWarning(user, data), "Teguran atau peringatan tercatat.");
    if (res.ok) revalidatePath("/", "layout");
    return res;
  } catch (e) {
    return toActionError(e);
  }
}

export async function requestPermitAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  try {
    const user = await requireActor();
    const res = await runAction(ZRequestPermit, input, (data) => requestTravelPermit(user, data), "Permohonan izin tercatat; menunggu keputusan Kepala Bapas.");
    if (res.ok) revalidatePath("/", "layout");
    return res;
  } catch (e) {
    return toActionError(e);
  }
}

export async function decidePermitAction(input: unknown): Promise<ActionResult<{ id: string; letterNumber: string | null }>> {
  try {
    const user = await requireActor();
    const res = await runAction(ZDecidePermit, input, (data) => decideTravelPermit(user, data), "Keputusan izin tercatat.");
    if (res.ok) revalidatePath("/", "layout");
    return res;
  } catch (e) {
    return toActionError(e);
  }
}
