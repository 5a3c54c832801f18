import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SummaryView } from "@/components/stages/summary-view";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardBody } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { toIsoDate, todayIn } from "@/lib/domain/calendar";
import { LITMAS_PURPOSE_LABEL, PROGRAM_LABEL, STAGE_LABEL } from "@/lib/domain/labels";
import { listRevocationsForTpp } from "@/lib/server/queries/violations";
import { listLitmasForTpp } from "@/lib/server/queries/litmas";
import { can } from "@/lib/domain/permissions";
import { requireUser } from "@/lib/server/auth";
import { listProposalsForTpp } from "@/lib/server/queries/stages";
import { TppForm } from "./tpp-form";

export const metadata: Metadata = { title: "Catat sidang TPP" };

export default async function NewTppPage() {
  const user = await requireUser();
  if (!can(user.role, "tpp:record")) notFound();
  const [proposals, litmas, revocations] = await Promise.all([listProposalsForTpp(user), listLitmasForTpp(user), listRevocationsForTpp(user)]);
  return (
    <>
      <PageHeader title="Catat sidang TPP" description="Satu sidang dicatat sekali, dengan rekomendasi untuk setiap usulan perubahan tahap, litmas integrasi/asimilasi dan usulan pencabutan yang dibahas." />
      <Card>
        <CardBody>
          {proposals.length === 0 && litmas.length === 0 && revocations.length === 0 ? (
            <EmptyState title="Tidak ada usulan, litmas atau pencabutan yang menunggu sidang TPP" action={<ButtonLink href="/transitions" variant="secondary">Lihat usulan tahap</ButtonLink>}>
              Sidang dicatat setelah PK mengusulkan perubahan tahap klien, mengajukan litmas integrasi atau asimilasi, atau melaporkan hasil pemeriksaan usulan pencabutan.
            </EmptyState>
          ) : (
            <TppForm
              today={toIsoDate(todayIn(user.timeZone))}
              defaultMembers={[{ name: user.name, role: "Ketua" }, { name: "", role: "Sekretaris" }]}
              litmas={litmas.map((l) => ({
                id: l.id,
                personName: l.person.fullName,
                label: `Litmas ${LITMAS_PURPOSE_LABEL[l.purpose].toLowerCase()} · ${l.custodyInstitution ?? l.requesterInstitution} · PK ${l.assignedPk?.name ?? "—"}${l.tppRecommendation === "TUNDA" ? " · ditunda pada sidang sebelumnya" : ""}`,
                detail: (
                  <details>
                    <summary className="cursor-pointer text-brand-700">Kesimpulan dan rekomendasi PK</summary>
                    <p className="my-2 whitespace-pre-line text-slate-700">{l.recommendation || "—"}</p>
                    <a href={`/litmas/${l.id}`} className="text-brand-700 underline">Buka naskah litmas</a>
                  </details>
                ),
              }))}
              revocations={revocations.map((r) => ({
                id: r.id,
                clientName: r.client.fullName,
                registerNumber: r.client.registerNumber,
                label: `Usulan pencabutan ${PROGRAM_LABEL[r.client.program]} · PK ${r.client.assignedPk?.name ?? "—"}`,
                detail: (
                  <details>
                    <summary className="cursor-pointer text-brand-700">Laporan pemeriksaan PK</summary>
                    <p className="my-2 whitespace-pre-line text-slate-700">{r.pkReport || "—"}</p>
                    <a href={`/violations/revocations/${r.id}`} className="text-brand-700 underline">Buka proses pencabutan</a>
                  </details>
                ),
              }))}
              proposals={proposals.map((p) => ({
                id: p.id,
                clientName: p.client.fullName,
                registerNumber: p.client.registerNumber,
                label: `${STAGE_LABEL[p.fromStage]} → ${STAGE_LABEL[p.toStage].toLowerCase()} · PK ${p.client.assignedPk?.name ?? "—"}`,
                detail: (
                  <details>
                    <summary className="cursor-pointer text-brand-700">Penilaian PK dan ringkasan catatan</summary>
                    <p className="my-2 text-slate-700">{p.pkAssessment}</p>
                    <SummaryView s={p.summary} />
                  </details>
                ),
              }))}
            />
          )}
        </CardBody>
      </Card>
    </>
  );
}
