"use server";

import type { ActionResult } from "@/lib/action-result";
import { ZCreatePlacement, ZEndPlacement, ZLogKerjaSosialHours, ZRecordGroupSession, ZSavePartner } from "@/lib/schemas/community";
import { actorAction } from "@/lib/server/actor-action";
import { savePartner } from "@/lib/server/services/manage-partners";
import { createPlacement, endPlacement, logKerjaSosialHours } from "@/lib/server/services/placements";
import { recordGroupSession } from "@/lib/server/services/record-group-session";

// Server actions of issue 14 part A: thin, the services check role, office and case assignment.

const PLACEMENT_PAGES = [["/clients/[id]", "layout"], ["/partners", "layout"]] as const;

export async function savePartnerAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  return actorAction(ZSavePartner, input, savePartner, { message: "Data mitra tersimpan.", revalidate: [["/partners", "layout"]] });
}

export async function createPlacementAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  return actorAction(ZCreatePlacement, input, createPlacement, { message: "Penempatan tersimpan.", revalidate: PLACEMENT_PAGES });
}

export async function logHoursAction(input: unknown): Promise<ActionResult<{ id: string; remainingMinutes: number }>> {
  return actorAction(ZLogKerjaSosialHours, input, logKerjaSosialHours, { message: "Jam kerja sosial tercatat.", revalidate: PLACEMENT_PAGES });
}

export async function endPlacementAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  return actorAction(ZEndPlacement, input, endPlacement, { message: "Penempatan diakhiri.", revalidate: PLACEMENT_PAGES });
}

export async function recordGroupSessionAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  return actorAction(ZRecordGroupSession, input, recordGroupSession, { message: "Sesi dan daftar hadir tersimpan.", revalidate: [["/group-sessions", "layout"], ["/clients/[id]", "layout"]] });
}
