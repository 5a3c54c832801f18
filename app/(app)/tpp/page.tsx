import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { PendingLink } from "@/components/ui/pending-link";
import { LITMAS_PURPOSE_LABEL, STAGE_LABEL, TPP_RECOMMENDATION_LABEL } from "@/lib/domain/labels";
import { listTppSessionLitmas } from "@/lib/server/queries/litmas";
import { can } from "@/lib/domain/permissions";
import { formatDate } from "@/lib/format";
import { requireUser } from "@/lib/server/auth";
import { listTppSessions } from "@/lib/server/queries/stages";

export const metadata: Metadata = { title: "Sidang TPP" };

export default async function TppPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const user = await requireUser();
  if (!can(user.role, "tpp:record")) notFound();
  const sessions = await listTppSessions(user);
  const litmasBySession = await listTppSessionLitmas(user, sessions.map((s) => s.id));
  const saved = (await searchParams).tercatat === "1";
  return (
    <>
      <PageHeader title="Sidang TPP" description="Sidang Tim Pengamat Pemasyarakatan dan rekomendasinya." actions={<ButtonLink href="/tpp/new">Catat sidang TPP</ButtonLink>} />
      {saved ? <Alert tone="success" className="mb-4">Hasil sidang TPP dicatat. Usulan dan litmas yang direkomendasikan menunggu keputusan Kepala Bapas.</Alert> : null}
      {sessions.length === 0 ? (
        <EmptyState title="Belum ada sidang TPP yang dicatat" action={<ButtonLink href="/tpp/new">Catat sidang TPP</ButtonLink>}>Catat sidang setelah TPP membahas usulan perubahan tahap atau litmas integrasi dan asimilasi.</EmptyState>
      ) : (
        <div className="space-y-4">
          {sessions.map((s) => {
            const members = Array.isArray(s.members) ? (s.members as { name?: string; role?: string }[]) : [];
            return (
              <Card key={s.id} aria-labelledby={`tpp-${s.id}`}>
                <CardHeader id={`tpp-${s.id}`} title={`Sidang ${formatDate(s.heldOn)}`} description={`${s.location ?? "—"} · Ketua: ${s.chairName} · ${members.length} anggota hadir`} />
                <CardBody className="space-y-3">
                  {s.transitions.length > 0 ? (
                    <ul className="space-y-1 text-sm">
                      {s.transitions.map((t) => (
                        <li key={t.id} className="flex flex-wrap items-center gap-2">
                          <PendingLink href={`/clients/${t.client.id}/stages`} className="font-medium text-brand-700 hover:underline">{t.client.fullName}</PendingLink>
                          <span className="text-slate-600">{STAGE_LABEL[t.fromStage]} → {STAGE_LABEL[t.toStage].toLowerCase()}</span>
                          {t.tppRecommendation ? <Badge tone={t.tppRecommendation === "SETUJU" ? "green" : t.tppRecommendation === "TOLAK" ? "red" : "amber"}>{TPP_RECOMMENDATION_LABEL[t.tppRecommendation]}</Badge> : null}
                        </li>
                      ))}
                    </ul>
                  ) : null}
                  {(litmasBySession.get(s.id) ?? []).length > 0 ? (
                    <ul className="space-y-1 text-sm" aria-label="Litmas yang dibahas">
                      {(litmasBySession.get(s.id) ?? []).map((l) => (
                        <li key={l.id} className="flex flex-wrap items-center gap-2">
                          <PendingLink href={`/litmas/${l.id}`} className="font-medium text-brand-700 hover:underline">{l.person.fullName}</PendingLink>
                          <span className="text-slate-600">Litmas {LITMAS_PURPOSE_LABEL[l.purpose].toLowerCase()}</span>
                          {l.tppRecommendation ? <Badge tone={l.tppRecommendation === "SETUJU" ? "green" : l.tppRecommendation === "TOLAK" ? "red" : "amber"}>{TPP_RECOMMENDATION_LABEL[l.tppRecommendation]}</Badge> : null}
                        </li>
                      ))}
                    </ul>
                  ) : null}
                  <details>
                    <summary className="cursor-pointer text-sm font-medium text-brand-700">Notulen dan anggota</summary>
                    <p className="mt-2 whitespace-pre-line text-sm text-slate-700">{s.minutes}</p>
                    <ul className="mt-2 text-xs text-slate-600">{members.map((m, i) => <li key={i}>{m.name} ({m.role})</li>)}</ul>
                  </details>
                </CardBody>
              </Card>
            );
          })}
        </div>
      )}
    </>
  );
}
