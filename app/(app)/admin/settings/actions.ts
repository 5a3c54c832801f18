"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/action-result";
import { ZClosuresForm, ZRegisterNumberForm, ZReportingWindowForm, ZRetentionForm, ZStageBoundariesForm, ZWarningsForm } from "@/lib/schemas/office-settings-forms";
import { runAction, toActionError } from "@/lib/server/action";
import { requireActor } from "@/lib/server/auth";
import { updateOfficeSettings } from "@/lib/server/services/update-office-settings";
import { setRiskDefaults } from "@/lib/server/services/risk-assessment";
import { ZRiskDefaultsForm } from "@/lib/schemas/risk-assessment";
import { RISK_LEVELS } from "@/lib/domain/risk-assessment";

const FORMS = {
  window: ZReportingWindowForm,
  closures: ZClosuresForm,
  warnings: ZWarningsForm,
  register: ZRegisterNumberForm,
  stages: ZStageBoundariesForm,
  retention: ZRetentionForm,
} as const;

export async function saveSettingsAction(form: keyof typeof FORMS, input: unknown): Promise<ActionResult<{ version: number }>> {
  try {
    const user = await requireActor();
    const schema = FORMS[form];
    if (!schema) return { ok: false, error: "Formulir tidak dikenal." };
    const res = await runAction(schema, input, (change) => updateOfficeSettings(user, change), "Pengaturan tersimpan.");
    if (res.ok) revalidatePath("/admin/settings");
    return res;
  } catch (e) {
    return toActionError(e);
  }
}

/** The per-risk-level defaults (issue 14): flat fields RENDAH_frequency, RENDAH_visits, … */
export async function saveRiskDefaultsAction(input: unknown): Promise<ActionResult<void>> {
  try {
    const user = await requireActor();
    const flat = (input ?? {}) as Record<string, unknown>;
    const nested = Object.fromEntries(RISK_LEVELS.map((l) => [l, { frequency: flat[`${l}_frequency`], visitsPerMonth: flat[`${l}_visits`] }]));
    const res = await runAction(ZRiskDefaultsForm, nested, (data) => setRiskDefaults(user, data), "Intensitas pengawasan per tingkat risiko tersimpan.");
    if (res.ok) revalidatePath("/admin/settings");
    return res;
  } catch (e) {
    return toActionError(e);
  }
}
