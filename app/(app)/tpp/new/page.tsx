import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SummaryView } from "@/components/stages/summary-view";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardBody } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { toIsoDate, todayIn } from "@/lib/domain/calendar";
import { STAGE_LABEL } from "@/lib/domain/labels";
import { can } from "@/lib/domain/permissions";
import { requireUser } from "@/lib/server/auth";
import { listProposalsForTpp } from "@/lib/server/queries/stages";
import { TppForm } from "./tpp-form";

export const metadata: Metadata = { title: "Catat sidang TPP" };

export default async function NewTppPage() {
  const user = await requireUser();
  if (!can(user.role, "tpp:record")) notFound();
  const proposals = await listProposalsForTpp(user);
  return (
    <>
      <PageHeader title="Catat sidang TPP" description="Satu sidang dicatat sekali, dengan rekomendasi untuk setiap usulan yang dibahas." />
      <Card>
        <CardBody>
          {proposals.length === 0 ? (
            <EmptyState title="Tidak ada usulan yang menunggu sidang TPP" action={<ButtonLink href="/transitions" variant="secondary">Lihat usulan tahap</ButtonLink>}>
              Sidang dicatat setelah PK mengusulkan perubahan tahap klien.
            </EmptyState>
          ) : (
            <TppForm
              today={toIsoDate(todayIn(user.timeZone))}
              defaultMembers={[{ name: user.name, role: "Ketua" }, { name: "", role: "Sekretaris" }]}
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
