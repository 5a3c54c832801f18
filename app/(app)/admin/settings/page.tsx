import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SimpleForm } from "@/components/visits/simple-form";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { todayIn } from "@/lib/domain/calendar";
import { PROGRAMS } from "@/lib/domain/enums";
import { PROGRAM_LABEL } from "@/lib/domain/labels";
import { can } from "@/lib/domain/permissions";
import { DEFAULT_STAGE_BOUNDARIES } from "@/lib/domain/stages";
import { nationalHolidays } from "@/lib/domain/working-days";
import { formatDate } from "@/lib/format";
import { registerSettingsOf } from "@/lib/schemas/register-settings";
import { calendarSettingsFrom, reportingWindowFrom } from "@/lib/schemas/reporting-settings";
import { stageBoundariesFor } from "@/lib/schemas/stages";
import { warningPolicyFrom } from "@/lib/schemas/warning-settings";
import { retentionYearsFrom } from "@/lib/schemas/retention-settings";
import { RETENTION_YEARS_MAX, RETENTION_YEARS_MIN } from "@/lib/domain/retention";
import { requireUser } from "@/lib/server/auth";
import { getOfficeSettings } from "@/lib/server/queries/users";
import { saveRiskDefaultsAction, saveSettingsAction } from "./actions";
import { RISK_LEVELS, riskDefaultFor } from "@/lib/domain/risk-assessment";
import { riskDefaultsFrom } from "@/lib/schemas/risk-assessment";
import { REPORTING_FREQUENCIES } from "@/lib/domain/enums";
import { REPORTING_FREQUENCY_LABEL, RISK_LEVEL_LABEL } from "@/lib/domain/labels";

export const metadata: Metadata = { title: "Pengaturan kantor" };

const pct = (x: number) => String(Math.round(x * 100));

export default async function OfficeSettingsPage() {
  const user = await requireUser();
  if (!can(user.role, "office:manage")) notFound();
  const office = await getOfficeSettings(user);
  const s = office.settings;
  const fixed = { version: office.version };
  const window = reportingWindowFrom(s);
  const closures = calendarSettingsFrom(s).closures ?? [];
  const policy = warningPolicyFrom(s);
  const riskDefaults = riskDefaultsFrom(s);
  const register = registerSettingsOf(s);
  const year = todayIn(user.timeZone).getUTCFullYear();
  const holidays = [...nationalHolidays(year)].sort(([a], [b]) => a.localeCompare(b));
  const countOptions = [0, 1, 2, 3].map((n) => ({ value: String(n), label: n === 0 ? "Tidak disyaratkan" : `${n} peringatan tertulis` }));
  return (
    <>
      <PageHeader title="Pengaturan kantor" description={`${office.name}. Setiap perubahan dicatat dalam log audit.`} />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card aria-labelledby="window">
          <CardHeader id="window" title="Batas waktu wajib lapor" description="Kapan lapor diri dihitung. Jadwal yang jatuh pada hari libur diundur ke hari kerja berikutnya." />
          <CardBody>
            <SimpleForm label="Batas waktu wajib lapor" action={saveSettingsAction.bind(null, "window")} fixed={fixed} submitLabel="Simpan batas waktu" variant="secondary"
              fields={[
                { kind: "checkbox", name: "monthlyInMonth", label: "Lapor bulanan dihitung pada hari kerja mana pun di bulannya", defaultChecked: window.monthlyInMonth },
                { kind: "text", name: "earlyDays", label: "Boleh lapor lebih awal (hari sebelum jadwal)", defaultValue: String(window.earlyDays) },
                { kind: "text", name: "graceWorkingDays", label: "Masih dihitung lapor (hari kerja sesudah jadwal)", defaultValue: String(window.graceWorkingDays) },
                { kind: "checkbox", name: "countLate", label: "Tandai terlambat bila lapor sesudah jadwal", defaultChecked: window.countLate },
              ]} />
          </CardBody>
        </Card>

        <Card aria-labelledby="closures">
          <CardHeader id="closures" title="Hari libur kantor" description="Cuti bersama dan libur setempat, satu per baris. Hari libur nasional sudah dihitung." />
          <CardBody className="space-y-4">
            <SimpleForm label="Hari libur kantor" action={saveSettingsAction.bind(null, "closures")} fixed={fixed} submitLabel="Simpan hari libur" variant="secondary"
              fields={[{ kind: "textarea", name: "closures", label: "Tanggal dan nama", rows: 5, hint: "mis. 2026-12-24 Cuti bersama Natal", defaultValue: closures.map((c) => `${c.date}${c.name ? ` ${c.name}` : ""}`).join("\n") }]} />
            <details className="text-sm">
              <summary className="cursor-pointer font-medium text-slate-800">Libur nasional {year} ({holidays.length} hari)</summary>
              <ul className="mt-2 space-y-1 text-slate-700">{holidays.map(([d, name]) => <li key={d}>{formatDate(d)}: {name}</li>)}</ul>
            </details>
          </CardBody>
        </Card>

        <Card aria-labelledby="risk">
          <CardHeader id="risk" title="Intensitas pengawasan per tingkat risiko" description="Usulan frekuensi wajib lapor dan jumlah kunjungan rumah sebulan menurut hasil asesmen risiko terbaru klien." />
          <CardBody>
            <SimpleForm label="Intensitas pengawasan per tingkat risiko" action={saveRiskDefaultsAction} fixed={{}} submitLabel="Simpan intensitas" variant="secondary"
              fields={RISK_LEVELS.flatMap((l) => [
                { kind: "select" as const, name: `${l}_frequency`, label: `Risiko ${RISK_LEVEL_LABEL[l].toLowerCase()}: wajib lapor`, options: REPORTING_FREQUENCIES.map((f) => ({ value: f, label: REPORTING_FREQUENCY_LABEL[f] })), defaultValue: riskDefaultFor(riskDefaults, l).frequency },
                { kind: "text" as const, name: `${l}_visits`, label: `Risiko ${RISK_LEVEL_LABEL[l].toLowerCase()}: kunjungan rumah sebulan`, defaultValue: String(riskDefaultFor(riskDefaults, l).visitsPerMonth) },
              ])} />
          </CardBody>
        </Card>

        <Card aria-labelledby="warnings">
          <CardHeader id="warnings" title="Peringatan sebelum usulan pencabutan" description="Jumlah peringatan tertulis yang harus diterbitkan sebelum PK dapat mengusulkan pencabutan." />
          <CardBody>
            <SimpleForm label="Peringatan sebelum usulan pencabutan" action={saveSettingsAction.bind(null, "warnings")} fixed={fixed} submitLabel="Simpan kebijakan" variant="secondary"
              fields={[
                { kind: "select", name: "defaultBeforeProposal", label: "Semua program", options: countOptions, defaultValue: String(policy.defaultBeforeProposal) },
                ...PROGRAMS.map((p) => ({
                  kind: "select" as const, name: `wp_${p}`, label: PROGRAM_LABEL[p],
                  options: [{ value: "", label: "Sama dengan semua program" }, ...countOptions], defaultValue: policy.beforeProposal[p] === undefined ? "" : String(policy.beforeProposal[p]),
                })),
              ]} />
          </CardBody>
        </Card>

        <div className="space-y-6">
          <Card aria-labelledby="register">
            <CardHeader id="register" title="Nomor register klien" description="Unsur: {seq} nomor urut, {KODE} kode kantor, {YYYY} atau {YY} tahun." />
            <CardBody>
              <SimpleForm label="Nomor register klien" action={saveSettingsAction.bind(null, "register")} fixed={fixed} submitLabel="Simpan format" variant="secondary"
                fields={[
                  { kind: "text", name: "format", label: "Format", defaultValue: register.format },
                  { kind: "text", name: "seqDigits", label: "Jumlah digit nomor urut", defaultValue: String(register.seqDigits) },
                ]} />
            </CardBody>
          </Card>

          <Card aria-labelledby="stages">
            <CardHeader id="stages" title="Rencana pembagian tahap" description="Tanggal rencana untuk meninjau perpindahan tahap; perpindahan tetap diputuskan sidang TPP. Berlaku untuk klien yang didaftarkan sesudahnya." />
            <CardBody className="space-y-4">
              <ul className="space-y-1 text-sm text-slate-700">
                {PROGRAMS.map((p) => {
                  const b = stageBoundariesFor(s, p) ?? DEFAULT_STAGE_BOUNDARIES;
                  return <li key={p}>{PROGRAM_LABEL[p]}: lanjutan pada {pct(b[0])}%, akhir pada {pct(b[1])}% masa bimbingan</li>;
                })}
              </ul>
              <SimpleForm label="Ubah pembagian tahap" action={saveSettingsAction.bind(null, "stages")} fixed={fixed} submitLabel="Simpan pembagian" variant="secondary"
                fields={[
                  { kind: "select", name: "program", label: "Program", options: PROGRAMS.map((p) => ({ value: p, label: PROGRAM_LABEL[p] })) },
                  { kind: "text", name: "first", label: "Tahap lanjutan mulai (% masa bimbingan)", defaultValue: pct(DEFAULT_STAGE_BOUNDARIES[0]) },
                  { kind: "text", name: "second", label: "Tahap akhir mulai (% masa bimbingan)", defaultValue: pct(DEFAULT_STAGE_BOUNDARIES[1]) },
                ]} />
            </CardBody>
          </Card>

          <Card aria-labelledby="retention">
            <CardHeader id="retention" title="Masa simpan data pribadi" description="Orang yang semua perkaranya selesai lebih lama dari ini masuk daftar tinjauan Kepala Bapas: disimpan dengan alasan, atau dianonimkan (UU 27/2022)." />
            <CardBody>
              <SimpleForm label="Masa simpan data pribadi" action={saveSettingsAction.bind(null, "retention")} fixed={fixed} submitLabel="Simpan masa simpan" variant="secondary"
                fields={[{ kind: "text", name: "years", label: `Tahun sesudah perkara terakhir selesai (${RETENTION_YEARS_MIN}–${RETENTION_YEARS_MAX})`, defaultValue: String(retentionYearsFrom(s)) }]} />
            </CardBody>
          </Card>
        </div>
      </div>
    </>
  );
}
