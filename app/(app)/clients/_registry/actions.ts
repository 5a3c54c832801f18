"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { ActionResult } from "@/lib/action-result";
import {
  ZAssignClients, ZRecordClientDeath, ZDecideTransfer, ZDeleteClient, ZNikSearch, ZRegisterClient, ZRequestTransfer, ZSetCapacity, ZUpdateClient,
} from "@/lib/schemas/client";
import { runAction, toActionError } from "@/lib/server/action";
import { requireActor } from "@/lib/server/auth";
import { findNikMatches, searchClientsByNik, type NikMatch } from "@/lib/server/queries/client-registry";
import { assignClients } from "@/lib/server/services/assign-clients";
import { recordClientDeath } from "@/lib/server/services/record-client-death";
import { decideTransfer } from "@/lib/server/services/decide-transfer";
import { deleteClient } from "@/lib/server/services/delete-client";
import { registerClient } from "@/lib/server/services/register-client";
import { requestTransfer } from "@/lib/server/services/request-transfer";
import { setPkCapacity } from "@/lib/server/services/set-pk-capacity";
import { updateClient } from "@/lib/server/services/update-client";

// Server actions of the client registry. Thin: the services check role, office and caseload.

export async function registerClientAction(input: unknown): Promise<ActionResult<{ id: string; registerNumber: string }>> {
  try {
    const user = await requireActor();
    const r = await runAction(ZRegisterClient, input, (d) => registerClient(user, d), "Klien berhasil didaftarkan.");
    if (r.ok) revalidatePath("/clients");
    return r;
  } catch (e) {
    return toActionError(e);
  }
}

export async function updateClientAction(input: unknown): Promise<ActionResult<{ id: string; version: number; changed: string[] }>> {
  try {
    const user = await requireActor();
    const r = await runAction(ZUpdateClient, input, (d) => updateClient(user, d), "Perubahan data klien disimpan.");
    if (r.ok && r.data) revalidatePath(`/clients/${r.data.id}`);
    return r;
  } catch (e) {
    return toActionError(e);
  }
}

const ZNikCheck = z.object({ nik: z.string().regex(/^\d{16}$/), excludeId: z.string().max(40).optional() });
/** Duplicate check while typing: clients of the office with this NIK (sent by POST, never logged). */
export async function checkNikAction(input: unknown): Promise<ActionResult<NikMatch[]>> {
  try {
    const user = await requireActor();
    return await runAction(ZNikCheck, input, (d) => findNikMatches(user, d.nik, d.excludeId));
  } catch (e) {
    return toActionError(e);
  }
}

export async function searchByNikAction(input: unknown) {
  try {
    const user = await requireActor();
    return await runAction(ZNikSearch, input, (d) => searchClientsByNik(user, d.nik));
  } catch (e) {
    return toActionError(e);
  }
}

export async function recordDeathAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  try {
    const user = await requireActor();
    const r = await runAction(ZRecordClientDeath, input, (d) => recordClientDeath(user, d), "Kematian klien tercatat; bimbingan berakhir.");
    if (r.ok) revalidatePath("/clients");
    return r;
  } catch (e) {
    return toActionError(e);
  }
}

export async function deleteClientAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  try {
    const user = await requireActor();
    const r = await runAction(ZDeleteClient, input, (d) => deleteClient(user, d), "Klien dihapus dari daftar.");
    if (r.ok) revalidatePath("/clients");
    return r;
  } catch (e) {
    return toActionError(e);
  }
}

export async function assignClientsAction(input: unknown): Promise<ActionResult<{ assigned: number; skipped: number; pkName: string }>> {
  try {
    const user = await requireActor();
    const r = await runAction(ZAssignClients, input, (d) => assignClients(user, d), "Penugasan disimpan.");
    if (r.ok) {
      revalidatePath("/clients");
      revalidatePath("/workload");
    }
    return r;
  } catch (e) {
    return toActionError(e);
  }
}

export async function setCapacityAction(input: unknown): Promise<ActionResult<{ capacity: number }>> {
  try {
    const user = await requireActor();
    const r = await runAction(ZSetCapacity, input, (d) => setPkCapacity(user, d), "Kapasitas disimpan.");
    if (r.ok) revalidatePath("/workload");
    return r;
  } catch (e) {
    return toActionError(e);
  }
}

export async function requestTransferAction(input: unknown): Promise<ActionResult<{ id: string; toOfficeName: string }>> {
  try {
    const user = await requireActor();
    const r = await runAction(ZRequestTransfer, input, (d) => requestTransfer(user, d), "Permintaan pelimpahan bimbingan dikirim.");
    if (r.ok) revalidatePath("/transfers");
    return r;
  } catch (e) {
    return toActionError(e);
  }
}

export async function decideTransferAction(input: unknown): Promise<ActionResult<{ status: string; registerNumber: string | null }>> {
  try {
    const user = await requireActor();
    const r = await runAction(ZDecideTransfer, input, (d) => decideTransfer(user, d), "Jawaban pelimpahan bimbingan disimpan.");
    if (r.ok) {
      revalidatePath("/transfers");
      revalidatePath("/clients");
    }
    return r;
  } catch (e) {
    return toActionError(e);
  }
}
