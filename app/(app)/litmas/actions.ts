"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/action-result";
import type { ClientOption } from "@/components/clients/client-picker";
import {
  ZAssignLitmas, ZCancelLitmas, ZClientPickerQuery, ZDeliverLitmas, ZDisposeLitmasToSection, ZLitmasStep, ZPersonMatchQuery, ZRequestLitmas, ZReturnLitmas, ZSaveLitmasDraft,
} from "@/lib/schemas/litmas";
import { runAction, toActionError } from "@/lib/server/action";
import { requireActor } from "@/lib/server/auth";
import { searchRequestableClients } from "@/lib/server/queries/litmas";
import { findPersonMatchesFor } from "@/lib/server/queries/persons";
import { approveLitmas } from "@/lib/server/services/approve-litmas";
import { assignLitmas, disposeLitmasToSection } from "@/lib/server/services/assign-litmas";
import { deliverLitmas } from "@/lib/server/services/deliver-litmas";
import { cancelLitmas } from "@/lib/server/services/cancel-litmas";
import { requestLitmas } from "@/lib/server/services/request-litmas";
import { returnLitmas } from "@/lib/server/services/return-litmas";
import { saveLitmasDraft } from "@/lib/server/services/save-litmas-draft";
import { submitLitmas } from "@/lib/server/services/submit-litmas";

function revalidate(id?: string) {
  revalidatePath("/litmas");
  if (id) revalidatePath(`/litmas/${id}`);
  revalidatePath("/");
}

export async function requestLitmasAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  try {
    const user = await requireActor();
    const res = await runAction(ZRequestLitmas, input, (d) => requestLitmas(user, d), "Permintaan litmas dicatat.");
    if (res.ok) revalidate();
    return res;
  } catch (e) {
    return toActionError(e);
  }
}

/** Possible matches for a new person on a request (exact NIK, or name and birth date). */
export async function findPersonMatchesAction(input: unknown): Promise<ActionResult<{ id: string; fullName: string; birthDate: string | null; nikMasked: string; matchedBy: string; inGuidance: boolean; cases: number }[]>> {
  try {
    const user = await requireActor();
    return await runAction(ZPersonMatchQuery, input, async (q) =>
      (await findPersonMatchesFor(user, q)).map((m) => ({ ...m, birthDate: m.birthDate ? m.birthDate.toISOString().slice(0, 10) : null })),
    );
  } catch (e) {
    return toActionError(e);
  }
}

/** The request form's client picker: active clients in the user's scope matching the typed text. */
export async function searchRequestableClientsAction(input: unknown): Promise<ActionResult<ClientOption[]>> {
  try {
    const user = await requireActor();
    return await runAction(ZClientPickerQuery, input, (d) => searchRequestableClients(user, d.q));
  } catch (e) {
    return toActionError(e);
  }
}

export async function assignLitmasAction(input: unknown): Promise<ActionResult<{ version: number }>> {
  try {
    const user = await requireActor();
    const res = await runAction(ZAssignLitmas, input, (d) => assignLitmas(user, d), "Litmas didisposisikan kepada PK.");
    if (res.ok) revalidate((input as { litmasId: string }).litmasId);
    return res;
  } catch (e) {
    return toActionError(e);
  }
}

export async function saveLitmasDraftAction(input: unknown): Promise<ActionResult<{ version: number; versionNo: number }>> {
  try {
    const user = await requireActor();
    const res = await runAction(ZSaveLitmasDraft, input, (d) => saveLitmasDraft(user, d), "Draf disimpan.");
    if (res.ok) revalidate((input as { litmasId: string }).litmasId);
    return res;
  } catch (e) {
    return toActionError(e);
  }
}

export async function submitLitmasAction(input: unknown): Promise<ActionResult<{ version: number }>> {
  try {
    const user = await requireActor();
    const res = await runAction(ZLitmasStep, input, (d) => submitLitmas(user, d), "Litmas diajukan kepada Kepala Bapas.");
    if (res.ok) revalidate((input as { litmasId: string }).litmasId);
    return res;
  } catch (e) {
    return toActionError(e);
  }
}

export async function returnLitmasAction(input: unknown): Promise<ActionResult<{ version: number }>> {
  try {
    const user = await requireActor();
    const res = await runAction(ZReturnLitmas, input, (d) => returnLitmas(user, d), "Litmas dikembalikan kepada PK untuk diperbaiki.");
    if (res.ok) revalidate((input as { litmasId: string }).litmasId);
    return res;
  } catch (e) {
    return toActionError(e);
  }
}

export async function approveLitmasAction(input: unknown): Promise<ActionResult<{ number: string; version: number }>> {
  try {
    const user = await requireActor();
    const res = await runAction(ZLitmasStep, input, (d) => approveLitmas(user, d), "Litmas disetujui.");
    if (res.ok) revalidate((input as { litmasId: string }).litmasId);
    return res;
  } catch (e) {
    return toActionError(e);
  }
}

export async function cancelLitmasAction(input: unknown): Promise<ActionResult<{ version: number }>> {
  try {
    const user = await requireActor();
    const res = await runAction(ZCancelLitmas, input, (d) => cancelLitmas(user, d), "Permintaan litmas dibatalkan.");
    if (res.ok) revalidate((input as { litmasId: string }).litmasId);
    return res;
  } catch (e) {
    return toActionError(e);
  }
}

export async function disposeLitmasToSectionAction(input: unknown): Promise<ActionResult<{ version: number }>> {
  try {
    const user = await requireActor();
    const res = await runAction(ZDisposeLitmasToSection, input, (d) => disposeLitmasToSection(user, d), "Litmas didisposisikan ke seksi.");
    if (res.ok) revalidate((input as { litmasId: string }).litmasId);
    return res;
  } catch (e) {
    return toActionError(e);
  }
}

export async function deliverLitmasAction(input: unknown): Promise<ActionResult<{ version: number }>> {
  try {
    const user = await requireActor();
    const res = await runAction(ZDeliverLitmas, input, (d) => deliverLitmas(user, d), "Pengiriman litmas dicatat.");
    if (res.ok) revalidate((input as { litmasId: string }).litmasId);
    return res;
  } catch (e) {
    return toActionError(e);
  }
}
