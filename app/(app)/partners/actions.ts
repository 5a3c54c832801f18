"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/action-result";
import { ZCreatePlacement, ZEndPlacement, ZLogKerjaSosialHours, ZRecordGroupSession, ZSavePartner } from "@/lib/schemas/community";
import { runAction, toActionError } from "@/lib/server/action";
import { requireActor } from "@/lib/server/auth";
import { savePartner } from "@/lib/server/services/manage-partners";
import { createPlacement, endPlacement, logKerjaSosialHours } from "@/lib/server/services/placements";
import { recordGroupSession } from "@/lib/server/services/record-group-session";

// Server actions of issue 14 part A: thin, the services check role, office and case assignment.

export async function savePartnerAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  try {
    const user = await requireActor();
    const res = await runAction(ZSavePartner, input, (d) => savePartner(user, d), "Data mitra tersimpan.");
    if (res.ok) revalidatePath("/partners", "layout");
    return res;
  } catch (e) {
    return toActionError(e);
  }
}

export async function createPlacementAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  try {
    const user = await requireActor();
    const res = await runAction(ZCreatePlacement, input, (d) => createPlacement(user, d), "Penempatan tersimpan.");
    if (res.ok) {
      revalidatePath("/clients/[id]", "layout");
      revalidatePath("/partners", "layout");
    }
    return res;
  } catch (e) {
    return toActionError(e);
  }
}

export async function logHoursAction(input: unknown): Promise<ActionResult<{ id: string; remainingMinutes: number }>> {
  try {
    const user = await requireActor();
    const res = await runAction(ZLogKerjaSosialHours, input, (d) => logKerjaSosialHours(user, d), "Jam kerja sosial tercatat.");
    if (res.ok) {
      revalidatePath("/clients/[id]", "layout");
      revalidatePath("/partners", "layout");
    }
    return res;
  } catch (e) {
    return toActionError(e);
  }
}

export async function endPlacementAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  try {
    const user = await requireActor();
    const res = await runAction(ZEndPlacement, input, (d) => endPlacement(user, d), "Penempatan diakhiri.");
    if (res.ok) {
      revalidatePath("/clients/[id]", "layout");
      revalidatePath("/partners", "layout");
    }
    return res;
  } catch (e) {
    return toActionError(e);
  }
}

export async function recordGroupSessionAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  try {
    const user = await requireActor();
    const res = await runAction(ZRecordGroupSession, input, (d) => recordGroupSession(user, d), "Sesi dan daftar hadir tersimpan.");
    if (res.ok) {
      revalidatePath("/group-sessions", "layout");
      revalidatePath("/clients/[id]", "layout");
    }
    return res;
  } catch (e) {
    return toActionError(e);
  }
}
