"use server";

import type { ActionResult } from "@/lib/action-result";
import {
  ZCorrectGroupSession, ZCorrectKerjaSosialHours, ZCorrectOutreach, ZCreatePlacement, ZEndPlacement, ZLogKerjaSosialHours, ZRecordGroupSession, ZRemoveCommunityRecord, ZSavePartner,
} from "@/lib/schemas/community";
import { actorAction } from "@/lib/server/actor-action";
import { correctGroupSession, correctKerjaSosialHours, correctOutreach, removeCommunityRecord } from "@/lib/server/services/correct-community-records";
import { savePartner } from "@/lib/server/services/manage-partners";
import { createPlacement, endPlacement, logKerjaSosialHours } from "@/lib/server/services/placements";
import { recordGroupSession } from "@/lib/server/services/record-group-session";

// Server actions of issue 14: thin, the services check role, office and case assignment.

const PLACEMENT_PAGES = [["/clients/[id]", "layout"], ["/partners", "layout"]] as const;
// Corrections (decision 0022): the service checks that the user recorded it, is the client's PK, or is the Kepala.
const CORRECTED_PAGES = [["/clients/[id]", "layout"], ["/partners", "layout"], ["/group-sessions", "layout"], ["/outreach", "layout"]] as const;

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

export async function correctHoursAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  return actorAction(ZCorrectKerjaSosialHours, input, correctKerjaSosialHours, { message: "Koreksi jam kerja sosial tersimpan.", revalidate: CORRECTED_PAGES });
}

export async function correctGroupSessionAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  return actorAction(ZCorrectGroupSession, input, correctGroupSession, { message: "Koreksi sesi tersimpan.", revalidate: CORRECTED_PAGES });
}

export async function correctOutreachAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  return actorAction(ZCorrectOutreach, input, correctOutreach, { message: "Koreksi kegiatan tersimpan.", revalidate: CORRECTED_PAGES });
}

export async function removeCommunityRecordAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  return actorAction(ZRemoveCommunityRecord, input, removeCommunityRecord, { message: "Catatan dihapus; isinya tetap tersimpan di riwayat koreksi.", revalidate: CORRECTED_PAGES });
}
