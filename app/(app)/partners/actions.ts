"use server";

import { revalidatePath } from "next/cache";
import type { z } from "zod";
import type { ActionResult } from "@/lib/action-result";
import {
  ZCorrectGroupSession, ZCorrectKerjaSosialHours, ZCorrectOutreach, ZCreatePlacement, ZEndPlacement, ZLogKerjaSosialHours, ZRecordGroupSession, ZRemoveCommunityRecord, ZSavePartner,
} from "@/lib/schemas/community";
import { runAction, toActionError } from "@/lib/server/action";
import { requireActor, type CurrentUser } from "@/lib/server/auth";
import { correctGroupSession, correctKerjaSosialHours, correctOutreach, removeCommunityRecord } from "@/lib/server/services/correct-community-records";
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

// Corrections (decision 0022): the service checks that the user recorded it, is the client's PK, or is the Kepala.
async function correction<S extends z.ZodType, T>(schema: S, input: unknown, service: (user: CurrentUser, data: z.infer<S>) => Promise<T>, message: string): Promise<ActionResult<T>> {
  try {
    const user = await requireActor();
    const res = await runAction(schema, input, (d) => service(user, d), message);
    if (res.ok) {
      for (const route of ["/clients/[id]", "/partners", "/group-sessions", "/outreach"]) revalidatePath(route, "layout");
    }
    return res;
  } catch (e) {
    return toActionError(e);
  }
}

export async function correctHoursAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  return correction(ZCorrectKerjaSosialHours, input, correctKerjaSosialHours, "Koreksi jam kerja sosial tersimpan.");
}

export async function correctGroupSessionAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  return correction(ZCorrectGroupSession, input, correctGroupSession, "Koreksi sesi tersimpan.");
}

export async function correctOutreachAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  return correction(ZCorrectOutreach, input, correctOutreach, "Koreksi kegiatan tersimpan.");
}

export async function removeCommunityRecordAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  return correction(ZRemoveCommunityRecord, input, removeCommunityRecord, "Catatan dihapus; isinya tetap tersimpan di riwayat koreksi.");
}
