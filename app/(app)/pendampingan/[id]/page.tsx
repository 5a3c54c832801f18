import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { notFound } from "next/navigation";
import { LitmasStatusBadge } from "@/components/litmas/badges";
import { ClockBadge, PendampinganStatusBadge, PresenceBadge } from "@/components/pendampingan/badges";
import { CommandForm, type CommandField } from "@/components/pendampingan/command-form";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { DescriptionList } from "@/components/ui/description-list";
import { PageHeader } from "@/components/ui/page-header";
import { toIsoDate, todayIn } from "@/lib/domain/calendar";
import { PENDAMPINGAN_STEP_KINDS } from "@/lib/domain/enums";
import {
  CHILD_ROLE_LABEL, DIVERSI_AGREEMENT_STATUS_LABEL, GENDER_LABEL, LITMAS_PURPOSE_LABEL, PENDAMPINGAN_STEP_LABEL, PROGRAM_LABEL, REQUESTER_TYPE_LABEL, SECTION_SHORT,
} from "@/lib/domain/labels";
import { attendedLate, availablePendampinganCommands, describeTimeLeft, isDecisionStep, SPPA_MEASURES } from "@/lib/domain/pendampingan";
import { formatDate, formatDateTime } from "@/lib/format";
import { isoToLocalInput } from "@/lib/schemas/pendampingan";
import { requireUser } from "@/lib/server/auth";
import { assignablePks, getPendampingan } from "@/lib/server/queries/pendampingan";
import { clock } from "@/lib/clock";
import {
  assignPendampinganAction, cancelPendampinganAction, closePendampinganAction, disposePendampinganAction, issueAssignmentLetterAction,
  markAgreementCarriedOutAction, recordDiversiAgreementAction, recordOfficialActionAction, recordPendampinganStepAction, reportNonExecutionAction,
} from "../actions";

export const metadata: Metadata = { title: "Pendampingan" };

export default async function PendampinganPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const ip = (await headers()).get("x-forwarded-for")?.split(",")[0]?.trim() ?? null;
  const now = clock.now();
  const p = await getPendampingan(user, id, { ip }, now);
  if (!p) notFound();
  const tz = user.timeZone;
  const commands = new Set(availablePendampinganCommands(p.status, user.role));
  const isAssignedPk = user.role === "PK" && p.assignedPkId === user.id;
  const pkCan = (c: "step" | "agreement" | "carriedOut" | "reportNonExecution" | "officialAction" | "close") => isAssignedPk && commands.has(c);
  const pks = commands.has("assign") ? await assignablePks(user) : [];
  const nowLocal = isoToLocalInput(now, tz);
  const today = toIsoDate(todayIn(tz, now));
  const ref = { pendampinganId: p.id, version: p.version, timeZone: tz };
  const guardian = [p.person.guardianName, p.person.guardianRelation ? `(${p.person.guardianRelation})` : null, p.person.guardianPhone].filter(Boolean).join(" ");
  const hasMusyawarah = p.steps.some((s) => s.kind === "MUSYAWARAH_DIVERSI");
  const a = p.agreement;
  const nextStep = !user.officeUsesSections && p.status === "REQUESTED" ? "Kepala Bapas menugaskan PK; PK wajib hadir paling lambat 1×24 jam sejak permintaan diterima." : p.nextStep;

  const stepFields: CommandField[] = [
    { name: "kind", label: "Langkah", type: "select", required: true, defaultValue: p.steps.length ? "" : "PEMERIKSAAN_PENYIDIK", options: [{ value: "", label: "Pilih langkah…" }, ...PENDAMPINGAN_STEP_KINDS.map((k) => ({ value: k, label: PENDAMPINGAN_STEP_LABEL[k] }))] },
    { name: "heldAt", label: "Waktu pelaksanaan", type: "datetime", required: true, defaultValue: nowLocal, max: nowLocal },
    { name: "place", label: "Tempat", type: "text", required: true, placeholder: "mis. Unit PPA Polres Metro Jakarta Selatan" },
    { name: "attendees", label: "Yang hadir", type: "textarea", required: true, hint: "Anak, orang tua/wali, penyidik, advokat, pekerja sosial…" },
    { name: "guardianPresent", label: "Orang tua/wali hadir", type: "checkbox", defaultChecked: true },
    { name: "outcome", label: "Hasil", type: "textarea", required: true },
    { name: "decisionNumber", label: "Nomor putusan/penetapan", type: "text", hint: "Untuk putusan atau penetapan." },
    { name: "measure", label: "Pidana/tindakan yang diawasi Bapas", type: "select", hint: "Untuk putusan atau penetapan.", options: [{ value: "", label: "Tidak ada" }, ...SPPA_MEASURES.map((m) => ({ value: m, label: PROGRAM_LABEL[m] }))] },
  ];

  return (
    <>
      <PageHeader
        eyebrow={<Link href="/pendampingan" className="hover:underline">← Pendampingan</Link>}
        title={p.person.fullName}
        description={`${CHILD_ROLE_LABEL[p.childRole]} · ${p.offence}${p.offenceArticle ? ` (${p.offenceArticle})` : ""}${p.number ? ` · ${p.number}` : ""}`}
      />
      <div className="mb-4 flex flex-wrap items-center gap-2">
        <PendampinganStatusBadge status={p.status} />
        <PresenceBadge state={p.presence} dueAt={p.dueAt} now={now} />
        {p.section ? <Badge tone="neutral">Seksi {SECTION_SHORT[p.section]}</Badge> : null}
      </div>
      {nextStep ? <Alert tone="info" title="Langkah berikutnya" className="mb-4">{nextStep}</Alert> : null}

      <div className="grid gap-6 lg:grid-cols-[1fr_1.4fr]">
        <div className="space-y-6">
          <Card aria-labelledby="jam">
            <CardHeader id="jam" title="Kehadiran PK (1×24 jam)" />
            <CardBody>
              <DescriptionList
                items={[
                  ["Permintaan diterima", formatDateTime(p.receivedAt, tz)],
                  ["PK hadir paling lambat", formatDateTime(p.dueAt, tz)],
                  ["PK pertama hadir", p.firstAttendedAt ? `${formatDateTime(p.firstAttendedAt, tz)}${attendedLate(p) ? " (lewat 1×24 jam)" : ""}` : p.presence ? `Belum hadir (${describeTimeLeft(p.dueAt, now)})` : "—"],
                ]}
              />
            </CardBody>
          </Card>

          <Card aria-labelledby="penugasan">
            <CardHeader id="penugasan" title="PK dan surat tugas" />
            <CardBody className="space-y-4">
              <DescriptionList
                items={[
                  ["PK", p.assignedPk ? `${p.assignedPk.name}${p.assignedAt ? ` · sejak ${formatDateTime(p.assignedAt, tz)}` : ""}` : "Belum ditugaskan"],
                  ["Disposisi", p.disposedAt ? `Ke seksi BKA, ${formatDateTime(p.disposedAt, tz)}` : "—"],
                  ["Surat tugas", p.assignmentLetterNumber ? `${p.assignmentLetterNumber} · ${p.assignmentLetterIssuedAt ? formatDateTime(p.assignmentLetterIssuedAt, tz) : ""}` : "Belum diterbitkan"],
                ]}
              />
              {p.assignmentLetterNumber ? (
                <ButtonLink href={`/api/pendampingan/${p.id}/surat-tugas`} variant="secondary" target="_blank" prefetch={false}>Unduh surat tugas (PDF)</ButtonLink>
              ) : null}
              {commands.has("assign") ? (
                pks.length ? (
                  <CommandForm
                    {...ref} action={assignPendampinganAction} idPrefix="assign" label={p.assignedPkId ? "Pindahkan ke PK lain" : "Tugaskan PK"}
                    fields={[{ name: "pkId", label: p.assignedPkId ? "Pindahkan ke PK" : "Tugaskan kepada PK", type: "select", required: true, hint: "Angka dalam kurung: pendampingan yang sedang berjalan.", options: [{ value: "", label: "Pilih PK…" }, ...pks.filter((k) => k.id !== p.assignedPkId).map((k) => ({ value: k.id, label: `${k.name}${k.section ? ` · ${k.section}` : ""} (${k.openCases})` }))] }]}
                    submitLabel={p.assignedPkId ? "Pindahkan" : "Tugaskan"} variant={p.assignedPkId ? "secondary" : "primary"}
                  />
                ) : <p className="text-sm text-slate-600">Belum ada PK aktif yang dapat Anda tugaskan.</p>
              ) : null}
              {commands.has("dispose") && user.officeUsesSections && !p.disposedAt ? (
                <CommandForm {...ref} action={disposePendampinganAction} idPrefix="dispose" label="Disposisi ke seksi BKA" fields={[]} submitLabel="Disposisikan ke Kasi BKA" variant="secondary" />
              ) : null}
              {commands.has("letter") && p.assignedPkId && !p.assignmentLetterNumber ? (
                <CommandForm {...ref} action={issueAssignmentLetterAction} idPrefix="letter" label="Terbitkan surat tugas" fields={[]} submitLabel="Terbitkan surat tugas" pendingLabel="Menerbitkan…" />
              ) : null}
            </CardBody>
          </Card>
          <Card aria-labelledby="anak">
            <CardHeader id="anak" title="Anak dan orang tua/wali" action={<Link href={`/persons/${p.person.id}`} className="text-sm font-medium text-brand-700 hover:underline">Semua layanan</Link>} />
            <CardBody>
              <DescriptionList
                items={[
                  ["NIK", p.person.nikMasked],
                  ["Jenis kelamin", p.person.gender ? GENDER_LABEL[p.person.gender] : null],
                  ["Tempat, tanggal lahir", [p.person.birthPlace, p.person.birthDate ? formatDate(p.person.birthDate) : null].filter(Boolean).join(", ")],
                  ["Alamat", p.person.address],
                  ["Orang tua / wali", guardian || "Belum dicatat"],
                ]}
              />
            </CardBody>
          </Card>

          <Card aria-labelledby="peminta">
            <CardHeader id="peminta" title="Permintaan" />
            <CardBody>
              <DescriptionList
                items={[
                  ["Peminta", `${p.requesterInstitution} (${REQUESTER_TYPE_LABEL[p.requesterType]})`],
                  ["Surat", [p.requesterLetterNumber, p.requesterLetterDate ? formatDate(p.requesterLetterDate) : null].filter(Boolean).join(", ") || "—"],
                  ["Penyidik", [p.investigatorName, p.investigatorPhone].filter(Boolean).join(" · ") || "—"],
                  ["Dicatat oleh", p.createdById ? (p.names.get(p.createdById) ?? "—") : "—"],
                ]}
              />
              {p.litmas.length ? (
                <ul className="mt-3 space-y-1 text-sm" aria-label="Litmas terkait">
                  {p.litmas.map((l) => (
                    <li key={l.id} className="flex flex-wrap items-center gap-2">
                      <Link href={`/litmas/${l.id}`} className="font-medium text-brand-700 hover:underline">Litmas {LITMAS_PURPOSE_LABEL[l.purpose]}</Link>
                      <LitmasStatusBadge status={l.status} />
                      {l.dueAt ? <span className="text-xs text-slate-600">tenggat {formatDateTime(l.dueAt, tz)}</span> : null}
                    </li>
                  ))}
                </ul>
              ) : null}
            </CardBody>
          </Card>

        </div>

        <div className="space-y-6">
          {p.measure ? (
            <Card aria-labelledby="putusan">
              <CardHeader id="putusan" title="Putusan dengan pengawasan Bapas" />
              <CardBody className="space-y-2">
                <p className="text-sm text-slate-700">{PROGRAM_LABEL[p.measure]}</p>
                {p.client ? (
                  <Link href={`/clients/${p.client.id}`} className="text-sm font-medium text-brand-700 hover:underline">Pembimbingan {p.client.registerNumber}</Link>
                ) : (
                  <ButtonLink href={`/clients/new?pendampingan=${p.id}`} variant="secondary">Mulai pembimbingan dari putusan</ButtonLink>
                )}
              </CardBody>
            </Card>
          ) : null}

          {a || (pkCan("agreement") && hasMusyawarah) ? (
            <Card aria-labelledby="kesepakatan">
              <CardHeader id="kesepakatan" title="Kesepakatan diversi" description="Diawasi PK sampai dilaksanakan (UU 11/2012 Pasal 14)." />
              <CardBody className="space-y-4">
                {a ? (
                  <>
                    <div className="flex flex-wrap gap-2">
                      <Badge tone={a.status === "CARRIED_OUT" ? "green" : a.status === "NOT_CARRIED_OUT" ? "red" : "amber"}>{DIVERSI_AGREEMENT_STATUS_LABEL[a.status]}</Badge>
                      <ClockBadge state={p.agreementState} labels={{ OVERDUE: "Lewat batas waktu", DUE_SOON: "Batas waktu ≤ 7 hari" }} />
                    </div>
                    <DescriptionList
                      items={[
                        ["Isi kesepakatan", a.terms],
                        ["Tanggal kesepakatan", formatDate(a.agreedOn)],
                        ["Batas waktu pelaksanaan", formatDate(a.deadline)],
                        ["Penetapan", a.penetapanNumber ?? "—"],
                        ["Persetujuan", "Anak dan orang tua/wali menyetujui"],
                        ...(a.carriedOutOn ? [["Dilaksanakan", `${formatDate(a.carriedOutOn)}${a.outcomeNote ? ` · ${a.outcomeNote}` : ""}`] as [string, string]] : []),
                      ]}
                    />
                    {a.reportedAt ? (
                      <div className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-900">
                        <p className="font-medium">Tidak dilaksanakan: dilaporkan {formatDateTime(a.reportedAt, tz)} kepada {a.reportedTo}</p>
                        <p className="mt-1">{a.reportNote}</p>
                        <p className="mt-2 flex flex-wrap items-center gap-2">
                          Tindak lanjut pejabat paling lambat {a.reportDueAt ? formatDateTime(a.reportDueAt, tz) : "—"}
                          <ClockBadge state={p.officialState} labels={{ OVERDUE: "Lewat 7 hari", DUE_SOON: "≤ 2 hari lagi", ON_TIME: a.reportDueAt ? describeTimeLeft(a.reportDueAt, now) : undefined, MET: "Sudah ditindaklanjuti" }} />
                        </p>
                        {a.officialActionAt ? <p className="mt-1">Ditindaklanjuti {formatDateTime(a.officialActionAt, tz)}: {a.officialActionNote}</p> : null}
                      </div>
                    ) : null}
                    {pkCan("carriedOut") && a.status === "SUPERVISED" ? (
                      <div className="grid gap-4">
                        <details>
                          <summary className="cursor-pointer text-sm font-medium text-brand-700">Kesepakatan telah dilaksanakan</summary>
                          <div className="mt-3">
                            <CommandForm
                              {...ref} action={markAgreementCarriedOutAction} idPrefix="done" label="Kesepakatan dilaksanakan" submitLabel="Nyatakan dilaksanakan"
                              fields={[{ name: "carriedOutOn", label: "Selesai dilaksanakan pada", type: "date", required: true, defaultValue: today, max: today }, { name: "outcomeNote", label: "Catatan", type: "textarea" }]}
                            />
                          </div>
                        </details>
                        <details>
                          <summary className="cursor-pointer text-sm font-medium text-red-700">Kesepakatan tidak dilaksanakan: laporkan</summary>
                          <div className="mt-3">
                            <CommandForm
                              {...ref} action={reportNonExecutionAction} idPrefix="report" label="Laporkan tidak dilaksanakannya kesepakatan" submitLabel="Catat laporan" variant="danger"
                              fields={[
                                { name: "reportedTo", label: "Dilaporkan kepada (pejabat yang bertanggung jawab)", type: "text", required: true, placeholder: "mis. Kanit PPA Polres Metro Jakarta Selatan" },
                                { name: "reportNote", label: "Yang tidak dilaksanakan", type: "textarea", required: true },
                              ]}
                            />
                          </div>
                        </details>
                      </div>
                    ) : null}
                    {pkCan("officialAction") && a.status === "NOT_CARRIED_OUT" && !a.officialActionAt ? (
                      <CommandForm
                        {...ref} action={recordOfficialActionAction} idPrefix="official" label="Tindak lanjut pejabat" submitLabel="Catat tindak lanjut"
                        fields={[{ name: "officialActionNote", label: "Tindak lanjut pejabat", type: "textarea", required: true, hint: "mis. perkara dilanjutkan ke penuntut umum." }]}
                      />
                    ) : null}
                  </>
                ) : (
                  <CommandForm
                    {...ref} action={recordDiversiAgreementAction} idPrefix="agreement" label="Catat kesepakatan diversi" submitLabel="Simpan kesepakatan"
                    fields={[
                      { name: "terms", label: "Isi kesepakatan", type: "textarea", required: true },
                      { name: "agreedOn", label: "Tanggal kesepakatan", type: "date", required: true, defaultValue: today, max: today },
                      { name: "deadline", label: "Batas waktu pelaksanaan", type: "date", required: true },
                      { name: "penetapanNumber", label: "Nomor penetapan pengadilan", type: "text" },
                      { name: "childConsent", label: "Anak menyetujui kesepakatan diversi", type: "checkbox" },
                      { name: "guardianConsent", label: "Orang tua/wali menyetujui kesepakatan diversi", type: "checkbox" },
                    ]}
                  />
                )}
              </CardBody>
            </Card>
          ) : null}

          <Card aria-labelledby="langkah">
            <CardHeader id="langkah" title="Langkah pendampingan" description="Setiap tingkat pemeriksaan, bersama orang tua/wali anak." />
            {p.steps.length === 0 ? (
              <CardBody><p className="text-sm text-slate-600">Belum ada langkah yang dicatat. {isAssignedPk ? "Catat pemeriksaan penyidik setelah Anda hadir mendampingi anak." : "PK yang ditugaskan mencatat setiap langkah."}</p></CardBody>
            ) : (
              <ol className="divide-y divide-slate-100" aria-label="Riwayat langkah">
                {p.steps.map((s) => (
                  <li key={s.id} className="px-4 py-3 sm:px-5">
                    <div className="flex flex-wrap items-center justify-between gap-2">
                      <span className="font-medium text-slate-900">{PENDAMPINGAN_STEP_LABEL[s.kind]}</span>
                      <span className="text-xs text-slate-600">{formatDateTime(s.heldAt, tz)}</span>
                    </div>
                    <p className="text-sm text-slate-700">{s.place}</p>
                    <p className="mt-1 text-sm text-slate-800">{s.outcome}</p>
                    <p className="mt-1 text-xs text-slate-600">
                      Hadir: {s.attendees} · {s.guardianPresent ? "orang tua/wali hadir" : "orang tua/wali tidak hadir"}
                      {isDecisionStep(s.kind) && s.decisionNumber ? ` · Nomor ${s.decisionNumber}` : ""}
                      {s.measure ? ` · ${PROGRAM_LABEL[s.measure]}` : ""}
                    </p>
                  </li>
                ))}
              </ol>
            )}
            {pkCan("step") ? (
              <CardBody className="border-t border-slate-100">
                <h3 className="mb-3 text-sm font-semibold text-slate-900">Catat langkah</h3>
                <CommandForm {...ref} action={recordPendampinganStepAction} idPrefix="step" label="Catat langkah pendampingan" fields={stepFields} submitLabel="Simpan langkah" />
              </CardBody>
            ) : null}
          </Card>

          {pkCan("close") || commands.has("cancel") ? (
            <Card aria-labelledby="akhiri">
              <CardHeader id="akhiri" title="Mengakhiri pendampingan" />
              <CardBody className="space-y-4">
                {pkCan("close") || (user.role === "KEPALA_BAPAS" && commands.has("close")) ? (
                  p.steps.some((s) => isDecisionStep(s.kind)) ? (
                    <CommandForm {...ref} action={closePendampinganAction} idPrefix="close" label="Tutup pendampingan" submitLabel="Tutup pendampingan" variant="secondary" fields={[{ name: "reason", label: "Catatan penutupan", type: "textarea" }]} />
                  ) : <p className="text-sm text-slate-600">Pendampingan ditutup setelah putusan atau penetapan dicatat.</p>
                ) : null}
                {commands.has("cancel") ? (
                  <details>
                    <summary className="cursor-pointer text-sm font-medium text-red-700">Batalkan pendampingan…</summary>
                    <div className="mt-3">
                      <CommandForm {...ref} action={cancelPendampinganAction} idPrefix="cancel" label="Batalkan pendampingan" submitLabel="Batalkan pendampingan" variant="danger" fields={[{ name: "reason", label: "Alasan pembatalan", type: "textarea", required: true }]} />
                    </div>
                  </details>
                ) : null}
              </CardBody>
            </Card>
          ) : null}
          {p.closedAt ? <Alert tone="info" title={p.status === "CANCELLED" ? "Dibatalkan" : "Selesai"}>{formatDateTime(p.closedAt, tz)}{p.closedReason ? `: ${p.closedReason}` : ""}</Alert> : null}
        </div>
      </div>
    </>
  );
}
