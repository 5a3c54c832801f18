import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ClientStatusBadge, StageBadge } from "@/components/clients/badges";
import { SummaryView } from "@/components/stages/summary-view";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { TRANSITION_TONE } from "@/components/stages/tones";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { PendingLink } from "@/components/ui/pending-link";
import { toIsoDate } from "@/lib/domain/calendar";
import { contactsForStep, PREPARATION_STEP_SUBJECTS } from "@/lib/domain/end-preparation";
import { GUIDANCE_GROUPS, STAGE_KINDS, type GuidanceType } from "@/lib/domain/enums";
import {
  APPROACH_LABEL, CONTACT_SUBJECT_LABEL, CONTACT_TYPE_LABEL, GUIDANCE_PROGRAM_STATUS_LABEL, PROGRAM_RATING_LABEL, GUIDANCE_TYPE_LABEL, PARTNER_TYPE_LABEL, PROGRAM_LABEL, STAGE_LABEL, STAGE_STATUS_LABEL,
  TPP_RECOMMENDATION_LABEL, TRANSITION_STATUS_LABEL,
} from "@/lib/domain/labels";
import { nextStage } from "@/lib/domain/stages";
import { formatDate, formatDateShort, formatDateTime } from "@/lib/format";
import { requireUser } from "@/lib/server/auth";
import { getClientStages, type ClientStages } from "@/lib/server/queries/stages";
import { can } from "@/lib/domain/permissions";
import { DecideForm } from "../../../transitions/decide-form";
import { IssueLetterForm } from "./issue-letter-form";
import { PreparationStepForm } from "./preparation";
import { PreparationList } from "@/components/stages/preparation-list";
import { ProgramForm, ProgressForm } from "./program-forms";
import { ProposeForm, ReplanButton, WithdrawButton } from "./propose-form";

export const metadata: Metadata = { title: "Tahap bimbingan" };

const RATING_TONE = { BAIK: "green", CUKUP: "amber", KURANG: "red" } as const;
const GUIDANCE_GROUP_OF = Object.fromEntries(GUIDANCE_GROUPS.flatMap((g) => g.types.map((t) => [t, g.label]))) as Record<GuidanceType, string>;

/** A contact as a choice for a preparation step: the day, the kind, with whom and how many, the start of the notes. */
function contactOption(k: ClientStages["preparationContacts"][number]) {
  const withWhom = k.subject !== "KLIEN" ? ` · bersama ${CONTACT_SUBJECT_LABEL[k.subject].toLowerCase()} (${k._count.participants} orang)` : "";
  return { id: k.id, label: `${formatDateShort(k.occurredAt)} · ${CONTACT_TYPE_LABEL[k.type]}${withWhom}${k.notes ? ` · ${k.notes.slice(0, 40)}` : ""}` };
}

const FLASH: Record<string, string> = {
  usulan: "Usulan perubahan tahap dikirim ke sidang TPP.",
  surat: "Surat keterangan akhir pembimbingan diterbitkan; status klien menjadi Selesai.",
};

export default async function ClientStagesPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const user = await requireUser();
  const { id } = await params;
  const flash = FLASH[(await searchParams).pesan ?? ""];
  const c = await getClientStages(user, id);
  if (!c) notFound();
  const tz = user.timeZone;
  const today = toIsoDate(c.today);
  const activeStage = c.stages.find((s) => s.status === "ACTIVE");
  const proposeTo = c.currentStage ? nextStage(c.currentStage) : null;

  return (
    <>
      <PageHeader
        eyebrow={<PendingLink href={`/clients/${c.id}`} className="text-brand-700 hover:underline">← {c.fullName} · <span className="font-mono">{c.registerNumber}</span></PendingLink>}
        title="Tahap bimbingan"
        description={
          <span className="flex flex-wrap items-center gap-2">
            <ClientStatusBadge status={c.status} />
            <StageBadge stage={c.currentStage} />
            <Badge>{PROGRAM_LABEL[c.program]}</Badge>
            <span>Masa bimbingan {formatDate(c.guidanceStart)} s.d. {formatDate(c.guidanceEnd)}</span>
          </span>
        }
      />

      {flash ? <Alert tone="success" className="mb-4">{flash}</Alert> : null}
      <DueAlert c={c} />

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Card aria-labelledby="timeline">
            <CardHeader id="timeline" title="Linimasa tahap" description="Tanggal rencana dari masa bimbingan; realisasi dari keputusan Kepala Bapas." />
            <CardBody>
              {c.planOutdated ? (
                <Alert tone="warning" className="mb-3" title="Rencana tahap tidak sesuai masa bimbingan">
                  <p className="mb-2">Masa bimbingan atau batas tahap kantor berubah. Tahap yang sudah selesai tetap; tahap berikutnya direncanakan ulang.</p>
                  <ReplanButton clientId={c.id} />
                </Alert>
              ) : null}
              {c.stages.length === 0 ? (
                <p className="text-sm text-slate-600">Tahap belum disusun untuk klien ini.</p>
              ) : (
                <ol className="grid gap-3 sm:grid-cols-3">
                  {STAGE_KINDS.map((kind) => {
                    const s = c.stages.find((x) => x.kind === kind);
                    if (!s) return null;
                    return (
                      <li key={kind} className={`rounded-md border px-3 py-2 ${s.status === "ACTIVE" ? "border-brand-600 bg-brand-50/50" : "border-slate-200"}`}>
                        <div className="flex items-center justify-between gap-2">
                          <span className="text-sm font-semibold">{STAGE_LABEL[kind]}</span>
                          <Badge tone={s.status === "ACTIVE" ? "blue" : s.status === "COMPLETED" ? "green" : "neutral"}>{STAGE_STATUS_LABEL[s.status]}</Badge>
                        </div>
                        <dl className="mt-2 space-y-1 text-xs text-slate-700">
                          <div><dt className="inline text-slate-500">Rencana: </dt><dd className="inline">{formatDateShort(s.plannedStart)} – {formatDateShort(s.plannedEnd)}</dd></div>
                          <div><dt className="inline text-slate-500">Realisasi: </dt><dd className="inline">{s.actualStart ? `${formatDateShort(s.actualStart)} – ${s.actualEnd ? formatDateShort(s.actualEnd) : "berjalan"}` : "—"}</dd></div>
                        </dl>
                      </li>
                    );
                  })}
                </ol>
              )}
            </CardBody>
          </Card>

          <Card aria-labelledby="programs">
            <CardHeader id="programs" title="Program bimbingan" description="Kegiatan per tahap menurut pembimbingan kepribadian dan kemandirian, dengan penilaiannya." />
            {c.programs.length === 0 ? (
              <CardBody>
                <EmptyState title="Belum ada program bimbingan">
                  {c.canManagePrograms ? "Susun program tahap ini dengan formulir di bawah." : "PK pembimbing menyusun program untuk setiap tahap."}
                </EmptyState>
              </CardBody>
            ) : (
              <ul className="divide-y divide-slate-100">
                {c.programs.map((p) => (
                  <li key={p.id} className="px-4 py-3 sm:px-5">
                    <div className="flex flex-wrap items-center justify-between gap-2">
                      <span className="font-medium">{p.title}</span>
                      <span className="flex flex-wrap gap-1">
                        <Badge>{STAGE_LABEL[p.stage]}</Badge>
                        <Badge tone={p.status === "DONE" ? "green" : p.status === "ONGOING" ? "blue" : p.status === "CANCELLED" ? "red" : "neutral"}>{GUIDANCE_PROGRAM_STATUS_LABEL[p.status]}</Badge>
                      </span>
                    </div>
                    <p className="mt-1 text-xs text-slate-600">
                      {GUIDANCE_GROUP_OF[p.guidanceType]}: {GUIDANCE_TYPE_LABEL[p.guidanceType].toLowerCase()} · {APPROACH_LABEL[p.approach]}
                      {p.partnerType ? ` · ${PARTNER_TYPE_LABEL[p.partnerType]}: ${p.partnerName ?? ""}` : ""} · {formatDateShort(p.plannedStart)} – {formatDateShort(p.plannedEnd)}
                    </p>
                    <p className="mt-1 text-sm text-slate-700">{p.objectives}</p>
                    {p.clientGoals ? <p className="mt-1 text-sm text-slate-700"><span className="font-medium">Tujuan menurut klien:</span> {p.clientGoals}</p> : null}
                    <p className="mt-2 text-sm text-slate-700">
                      <span className="font-medium">Penilaian:</span>{" "}
                      {p.rating ? <><Badge tone={RATING_TONE[p.rating]}>{PROGRAM_RATING_LABEL[p.rating]}</Badge>{p.ratingNote ? <span className="ml-1">{p.ratingNote}</span> : null}</> : <span className="text-slate-600">belum dinilai</span>}
                    </p>
                    {p.entries.length > 0 ? (
                      <ul className="mt-2 space-y-1 text-xs text-slate-600">
                        {p.entries.map((e) => <li key={e.id}>{formatDateShort(e.occurredOn)}: {e.rating ? `${PROGRAM_RATING_LABEL[e.rating]}: ` : ""}{e.description}</li>)}
                      </ul>
                    ) : null}
                    {c.canManagePrograms && (p.status === "PLANNED" || p.status === "ONGOING") ? (
                      <details className="mt-2">
                        <summary className="cursor-pointer text-sm font-medium text-brand-700">Catat penilaian</summary>
                        <div className="mt-2"><ProgressForm programId={p.id} clientId={c.id} rating={p.rating} status={p.status} today={today} title={p.title} /></div>
                      </details>
                    ) : null}
                  </li>
                ))}
              </ul>
            )}
            {c.canManagePrograms ? (
              <CardBody className="border-t border-slate-100">
                <details open={c.programs.length === 0}>
                  <summary className="cursor-pointer text-sm font-medium text-brand-700">Tambah program bimbingan</summary>
                  <div className="mt-3">
                    <ProgramForm clientId={c.id} stage={c.currentStage ?? "AWAL"} defaultStart={today} defaultEnd={activeStage ? toIsoDate(activeStage.plannedEnd) : today} />
                  </div>
                </details>
              </CardBody>
            ) : null}
          </Card>
        </div>

        <div className="space-y-6">
          <Card aria-labelledby="proposal">
            <CardHeader id="proposal" title="Usulan tahap" description="PK mengusulkan, sidang TPP merekomendasikan, Kepala Bapas memutuskan." />
            <CardBody className="space-y-4">
              {c.openProposal ? (
                <Alert tone="info" title={c.openProposal.status === "PROPOSED" ? "Usulan menunggu sidang TPP" : "Usulan sudah dibahas sidang TPP"}>
                  {c.openProposal.status === "PROPOSED"
                    ? "Menunggu dibahas dalam sidang TPP."
                    : can(user.role, "transition:decide")
                      ? "Putuskan usulan ini di bawah, setelah membaca rekomendasi TPP."
                      : "Menunggu keputusan Kepala Bapas."}
                </Alert>
              ) : null}
              {c.openProposal && c.openProposal.status === "TPP_REVIEWED" && can(user.role, "transition:decide") ? (
                <DecideForm transitionId={c.openProposal.id} clientName={c.fullName} />
              ) : null}
              {c.canPropose && proposeTo ? (
                <>
                  {c.summaryPreview ? (
                    <div>
                      <h3 className="mb-2 text-sm font-semibold text-slate-800">Ringkasan dari catatan klien</h3>
                      <SummaryView s={c.summaryPreview} compact />
                    </div>
                  ) : null}
                  <ProposeForm clientId={c.id} toStage={proposeTo} />
                </>
              ) : !c.openProposal && c.transitions.length === 0 ? (
                <p className="text-sm text-slate-600">
                  {c.currentStage === "AKHIR"
                    ? c.letters.some((l) => !l.revoked)
                      ? "Surat keterangan akhir pembimbingan sudah diterbitkan."
                      : "Klien di tahap akhir: berikutnya surat keterangan akhir pembimbingan."
                    : "Belum ada usulan. PK pembimbing mengusulkan tahap berikutnya menjelang akhir tahap."}
                </p>
              ) : null}
              {c.transitions.length > 0 ? (
                <ol className="space-y-3">
                  {c.transitions.map((t) => (
                    <li key={t.id} className="rounded-md border border-slate-200 px-3 py-2 text-sm">
                      <div className="flex flex-wrap items-center justify-between gap-2">
                        <span className="font-medium">{STAGE_LABEL[t.fromStage]} → {STAGE_LABEL[t.toStage].toLowerCase()}</span>
                        <Badge tone={TRANSITION_TONE[t.status]}>{TRANSITION_STATUS_LABEL[t.status]}</Badge>
                      </div>
                      <p className="mt-1 text-xs text-slate-600">Diusulkan {formatDateTime(t.proposedAt, tz)}</p>
                      <p className="mt-1 text-slate-700">{t.pkAssessment}</p>
                      {t.tppRecommendation ? (
                        <p className="mt-1 text-xs text-slate-700">TPP{t.tppSession ? ` ${formatDateShort(t.tppSession.heldOn)}` : ""}: <strong>{TPP_RECOMMENDATION_LABEL[t.tppRecommendation]}</strong>{t.tppNotes ? `: ${t.tppNotes}` : ""}</p>
                      ) : null}
                      {t.decidedAt ? <p className="mt-1 text-xs text-slate-700">Keputusan {formatDateShort(t.decidedAt)}: {t.decisionReason}</p> : null}
                      {t.status === "PROPOSED" && user.role === "PK" ? <div className="mt-2"><WithdrawButton transitionId={t.id} clientId={c.id} /></div> : null}
                    </li>
                  ))}
                </ol>
              ) : null}
            </CardBody>
          </Card>

          {c.preparation ? (
            <Card aria-labelledby="persiapan">
              <CardHeader id="persiapan" title="Persiapan akhir pembimbingan" description="Sebelum surat keterangan akhir: setiap langkah dilaksanakan atau ditandai tidak diperlukan dengan alasannya." />
              <CardBody className="space-y-4">
                <PreparationList items={c.preparation.items} />
                {c.canRecordPreparation ? (
                  <div className="space-y-2">
                    {c.preparation.items.map((i) => ((choices) => (
                      <details key={i.step} className="rounded-md border border-slate-200 px-3 py-2">
                        <summary className="cursor-pointer text-sm font-medium text-brand-700">{i.state === "OPEN" ? "Catat" : "Ubah"}: {i.label}</summary>
                        <div className="mt-3">
                          <PreparationStepForm
                            clientId={c.id} step={i.step} label={i.label} today={toIsoDate(c.today)}
                            contacts={{ fitting: choices.fitting.map(contactOption), others: choices.others.map(contactOption) }}
                          />
                          {PREPARATION_STEP_SUBJECTS[i.step][0] !== "KLIEN" && choices.fitting.length === 0 ? (
                            <p className="mt-2 text-xs text-slate-600">
                              Belum dicatat?{" "}
                              <PendingLink href={`/clients/${c.id}/contacts/new?bersama=${PREPARATION_STEP_SUBJECTS[i.step][0].toLowerCase()}`} className="font-medium text-brand-700 underline">
                                Catat kegiatan bersama {CONTACT_SUBJECT_LABEL[PREPARATION_STEP_SUBJECTS[i.step][0]].toLowerCase()}
                              </PendingLink>
                            </p>
                          ) : null}
                        </div>
                      </details>
                    ))(contactsForStep(i.step, c.preparationContacts)))}
                  </div>
                ) : null}
              </CardBody>
            </Card>
          ) : null}

          <Card aria-labelledby="surat">
            <CardHeader id="surat" title="Surat keterangan akhir pembimbingan" />
            <CardBody className="space-y-4">
              {c.preparation && (c.canIssueLetter || c.canEndEarly) ? (
                c.preparation.complete
                  ? <Alert tone="success">Persiapan akhir pembimbingan lengkap.</Alert>
                  : <Alert tone="warning">Persiapan akhir pembimbingan belum lengkap: {c.preparation.items.filter((i) => i.state === "OPEN").map((i) => i.label.toLowerCase()).join(", ")}. Surat tetap dapat diterbitkan; keadaan ini dicatat bersama surat.</Alert>
              ) : null}
              {c.letters.length > 0 ? (
                <ul className="space-y-2 text-sm">
                  {c.letters.map((l) => (
                    <li key={l.id} className="flex flex-wrap items-center justify-between gap-2">
                      <span><span className="font-mono">{l.number}</span> · {formatDateShort(l.issuedOn)}</span>
                      <span className="flex items-center gap-2">
                        {l.revoked ? <Badge tone="red">Dibatalkan</Badge> : <Badge tone="green">Berlaku</Badge>}
                        <a href={`/api/letters/${l.id}/pdf`} className="text-brand-700 hover:underline">Unduh PDF</a>
                      </span>
                    </li>
                  ))}
                </ul>
              ) : null}
              {c.canIssueLetter ? (
                <IssueLetterForm
                  clientId={c.id}
                  defaultStatement={`Kepala ${user.officeName} menerangkan bahwa ${c.fullName}, nomor register ${c.registerNumber}, telah selesai menjalani masa pembimbingan ${PROGRAM_LABEL[c.program]} terhitung sejak ${formatDate(c.guidanceStart)} sampai dengan ${formatDate(c.guidanceEnd)} dengan baik.`}
                />
              ) : c.letters.length === 0 ? (
                <p className="text-sm text-slate-600">
                  {c.status === "AKTIF" && c.currentStage === "AKHIR" ? `Surat akhir pembimbingan dapat diterbitkan mulai ${formatDate(c.guidanceEnd)}, saat masa pembimbingan berakhir.` : "Surat diterbitkan Kepala Bapas pada akhir masa pembimbingan."}
                </p>
              ) : null}
              {c.canEndEarly ? (
                <details>
                  <summary className="cursor-pointer text-sm font-medium text-brand-700">Akhiri pembimbingan lebih awal</summary>
                  <div className="mt-3">
                    <IssueLetterForm
                      early
                      clientId={c.id}
                      defaultStatement={`Kepala ${user.officeName} menerangkan bahwa ${c.fullName}, nomor register ${c.registerNumber}, telah mengakhiri masa pembimbingan ${PROGRAM_LABEL[c.program]} yang dimulai sejak ${formatDate(c.guidanceStart)}.`}
                    />
                  </div>
                </details>
              ) : null}
            </CardBody>
          </Card>
        </div>
      </div>
    </>
  );
}

function DueAlert({ c }: { c: NonNullable<Awaited<ReturnType<typeof getClientStages>>> }) {
  const d = c.due;
  if (d.kind === "NONE") return null;
  const when = d.daysLeft > 0 ? `dalam ${d.daysLeft} hari (${formatDate(d.dueOn)})` : d.daysLeft === 0 ? "hari ini" : `terlambat ${-d.daysLeft} hari (sejak ${formatDate(d.dueOn)})`;
  const what = d.kind === "TRANSITION" ? `Peninjauan ${STAGE_LABEL[d.from].toLowerCase()} dan usulan ke ${STAGE_LABEL[d.to].toLowerCase()}` : "Akhir pembimbingan dan surat keterangan akhir";
  return (
    <Alert tone={d.overdue ? "warning" : "info"} className="mb-6" title={d.overdue ? "Peninjauan tahap terlambat" : "Berikutnya"}>
      {what}: {when}.{c.openProposal ? " Usulan sedang diproses." : ""}
    </Alert>
  );
}
