import type { Metadata } from "next";
import { SummaryView } from "@/components/stages/summary-view";
import { TRANSITION_TONE } from "@/components/stages/tones";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { PendingLink } from "@/components/ui/pending-link";
import { Table, Td, Th } from "@/components/ui/table";
import { can } from "@/lib/domain/permissions";
import { STAGE_LABEL, TPP_RECOMMENDATION_LABEL, TRANSITION_STATUS_LABEL } from "@/lib/domain/labels";
import { formatDateShort, formatDateTime } from "@/lib/format";
import { daysBetween, todayIn } from "@/lib/domain/calendar";
import { requireUser } from "@/lib/server/auth";
import { listOverdueStages, listTransitions } from "@/lib/server/queries/stages";
import { DecideForm } from "./decide-form";

export const metadata: Metadata = { title: "Tahap & TPP" };

/** Rows shown per section unless "Tampilkan semua" was chosen (?tampil=keputusan|tpp|terlambat). */
const SHOWN = { keputusan: 10, tpp: 25, terlambat: 25 } as const;
const ALL = { keputusan: 200, tpp: 200, terlambat: 100 } as const;
const ANCHOR = { keputusan: "awaiting-decision", tpp: "awaiting-tpp", terlambat: "overdue" } as const;

function ShowAll({ section, more, label }: { section: keyof typeof SHOWN; more: boolean; label: string }) {
  if (!more) return null;
  return (
    <div className="border-t border-slate-100 px-4 py-3 sm:px-5">
      <PendingLink href={`/transitions?tampil=${section}#${ANCHOR[section]}`} className="inline-flex min-h-11 items-center text-sm font-medium text-brand-700 hover:underline">{label}</PendingLink>
    </div>
  );
}

export default async function TransitionsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const user = await requireUser();
  const { keputusan: flash, tampil } = await searchParams;
  const n = (k: keyof typeof SHOWN) => (tampil === k ? ALL[k] : SHOWN[k]);
  const [t, overdueRows] = await Promise.all([listTransitions(user, { decision: n("keputusan"), tpp: n("tpp") }), listOverdueStages(user, n("terlambat") + 1)]);
  const overdue = overdueRows.slice(0, n("terlambat"));
  const moreOverdue = overdueRows.length > overdue.length;
  const isPk = user.role === "PK";
  const today = todayIn(user.timeZone);
  return (
    <>
      <PageHeader
        title={isPk ? "Usulan tahap saya" : "Tahap & TPP"}
        description={isPk ? "Usulan perubahan tahap untuk klien Anda dan tahap yang perlu ditinjau." : "Usulan yang menunggu keputusan, yang menunggu sidang TPP, dan tahap yang terlambat ditinjau."}
        actions={can(user.role, "tpp:record") ? <ButtonLink href="/tpp/new">Catat sidang TPP</ButtonLink> : undefined}
      />

      {flash === "disetujui" ? <Alert tone="success" className="mb-4">Usulan disetujui; tahap klien diperbarui.</Alert> : null}
      {flash === "ditolak" ? <Alert tone="success" className="mb-4">Usulan ditolak; tahap klien tetap.</Alert> : null}
      <div className="space-y-6">
        <Card aria-labelledby="awaiting-decision">
          <CardHeader id="awaiting-decision" title={`Menunggu keputusan Kepala Bapas (${t.awaitingDecision.length}${t.moreAwaitingDecision ? "+" : ""})`} description={t.moreAwaitingDecision ? `Sudah dibahas sidang TPP. Tampil ${t.awaitingDecision.length} usulan terlama.` : "Sudah dibahas sidang TPP."} />
          {t.awaitingDecision.length === 0 ? (
            <CardBody><EmptyState title="Tidak ada usulan yang menunggu keputusan">Usulan muncul di sini setelah sidang TPP memberi rekomendasi.</EmptyState></CardBody>
          ) : (
            <ul className="divide-y divide-slate-100">
              {t.awaitingDecision.map((r) => (
                <li key={r.id} className="grid gap-4 px-4 py-4 sm:px-5 lg:grid-cols-2">
                  <div className="space-y-2">
                    <div className="flex flex-wrap items-center gap-2">
                      <PendingLink href={`/clients/${r.client.id}/stages`} className="font-medium text-brand-700 hover:underline">{r.client.fullName}</PendingLink>
                      <span className="font-mono text-xs text-slate-500">{r.client.registerNumber}</span>
                    </div>
                    <p className="text-sm">{STAGE_LABEL[r.fromStage]} → {STAGE_LABEL[r.toStage].toLowerCase()} · PK {r.client.assignedPk?.name ?? "—"} · diusulkan {formatDateTime(r.proposedAt, user.timeZone)}</p>
                    <p className="text-sm text-slate-700">{r.pkAssessment}</p>
                    <SummaryView s={r.summary} />
                    {r.tppRecommendation ? (
                      <p className="text-sm">
                        Rekomendasi TPP{r.tppSession ? ` (${formatDateShort(r.tppSession.heldOn)})` : ""}:{" "}
                        <Badge tone={r.tppRecommendation === "SETUJU" ? "green" : "red"}>{TPP_RECOMMENDATION_LABEL[r.tppRecommendation]}</Badge>
                        {r.tppNotes ? <span className="text-slate-700"> {r.tppNotes}</span> : null}
                      </p>
                    ) : null}
                  </div>
                  <div>{t.canDecide ? <DecideForm transitionId={r.id} clientName={r.client.fullName} /> : <p className="text-sm text-slate-600">Menunggu keputusan Kepala Bapas.</p>}</div>
                </li>
              ))}
            </ul>
          )}
          <ShowAll section="keputusan" more={t.moreAwaitingDecision} label="Tampilkan semua usulan yang menunggu keputusan" />
        </Card>

        <Card aria-labelledby="awaiting-tpp">
          <CardHeader id="awaiting-tpp" title={`Menunggu sidang TPP (${t.awaitingTpp.length}${t.moreAwaitingTpp ? "+" : ""})`} description={t.moreAwaitingTpp ? `Tampil ${t.awaitingTpp.length} usulan terlama.` : undefined} />
          {t.awaitingTpp.length === 0 ? (
            <CardBody><EmptyState title="Tidak ada usulan yang menunggu sidang TPP">{isPk ? "Usulkan tahap berikutnya dari halaman tahap klien." : "PK mengusulkan tahap berikutnya dari halaman tahap klien."}</EmptyState></CardBody>
          ) : (
            <Table caption="Usulan menunggu sidang TPP">
              <thead><tr><Th>Klien</Th><Th>Usulan</Th><Th>PK</Th><Th>Diusulkan</Th></tr></thead>
              <tbody className="divide-y divide-slate-100">
                {t.awaitingTpp.map((r) => (
                  <tr key={r.id}>
                    <Td><PendingLink href={`/clients/${r.client.id}/stages`} className="font-medium text-brand-700 hover:underline">{r.client.fullName}</PendingLink></Td>
                    <Td className="whitespace-nowrap">{STAGE_LABEL[r.fromStage]} → {STAGE_LABEL[r.toStage].toLowerCase()}{r.tppRecommendation === "TUNDA" ? <> <Badge tone="amber">Ditunda TPP</Badge></> : null}</Td>
                    <Td>{r.client.assignedPk?.name ?? "—"}</Td>
                    <Td className="whitespace-nowrap">{formatDateShort(r.proposedAt)}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
          <ShowAll section="tpp" more={t.moreAwaitingTpp} label="Tampilkan semua usulan yang menunggu sidang TPP" />
        </Card>

        <Card aria-labelledby="overdue">
          <CardHeader id="overdue" title={`Tahap terlambat ditinjau (${overdue.length}${moreOverdue ? "+" : ""})`} description={`Tahap berjalan yang sudah melewati tanggal akhir rencananya${moreOverdue ? `; tampil ${overdue.length} yang paling lama terlambat` : ""}.`} />
          {overdue.length === 0 ? (
            <CardBody><EmptyState title="Tidak ada tahap yang terlambat ditinjau">Semua tahap berjalan masih dalam rencana.</EmptyState></CardBody>
          ) : (
            <Table caption="Tahap terlambat ditinjau">
              <thead><tr><Th>Klien</Th><Th>Tahap</Th><Th>Akhir rencana</Th><Th>Terlambat</Th><Th>Usulan</Th></tr></thead>
              <tbody className="divide-y divide-slate-100">
                {overdue.map((o) => (
                  <tr key={o.client.id}>
                    <Td><PendingLink href={`/clients/${o.client.id}/stages`} className="font-medium text-brand-700 hover:underline">{o.client.fullName}</PendingLink><div className="text-xs text-slate-500">{o.client.assignedPk?.name ?? "Belum ada PK"}</div></Td>
                    <Td className="whitespace-nowrap">{STAGE_LABEL[o.kind]}</Td>
                    <Td className="whitespace-nowrap">{formatDateShort(o.plannedEnd)}</Td>
                    <Td className="whitespace-nowrap">{daysBetween(o.plannedEnd, today)} hari</Td>
                    <Td>{o.openProposal ? <Badge tone={TRANSITION_TONE[o.openProposal]}>{TRANSITION_STATUS_LABEL[o.openProposal]}</Badge> : <span className="text-slate-500">Belum diusulkan</span>}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
          <ShowAll section="terlambat" more={moreOverdue} label="Tampilkan semua tahap yang terlambat ditinjau" />
        </Card>

        <Card aria-labelledby="recent">
          <CardHeader id="recent" title="Keputusan terakhir" />
          {t.recent.length === 0 ? (
            <CardBody><EmptyState title="Belum ada keputusan">Keputusan Kepala Bapas atas usulan tahap akan tercatat di sini.</EmptyState></CardBody>
          ) : (
            <Table caption="Keputusan terakhir">
              <thead><tr><Th>Klien</Th><Th>Usulan</Th><Th>Status</Th><Th>Alasan</Th></tr></thead>
              <tbody className="divide-y divide-slate-100">
                {t.recent.map((r) => (
                  <tr key={r.id}>
                    <Td><PendingLink href={`/clients/${r.client.id}/stages`} className="font-medium text-brand-700 hover:underline">{r.client.fullName}</PendingLink></Td>
                    <Td className="whitespace-nowrap">{STAGE_LABEL[r.fromStage]} → {STAGE_LABEL[r.toStage].toLowerCase()}</Td>
                    <Td><Badge tone={TRANSITION_TONE[r.status]}>{TRANSITION_STATUS_LABEL[r.status]}</Badge>{r.decidedAt ? <div className="text-xs text-slate-500">{formatDateShort(r.decidedAt)}</div> : null}</Td>
                    <Td className="text-slate-700">{r.decisionReason ?? "—"}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
        </Card>
      </div>
    </>
  );
}
