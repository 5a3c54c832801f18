import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { SimpleForm } from "@/components/visits/simple-form";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { VIOLATION_STATUS_LABEL, VIOLATION_TYPE_LABEL } from "@/lib/domain/labels";
import { can } from "@/lib/domain/permissions";
import { formatDate } from "@/lib/format";
import { requireUser } from "@/lib/server/auth";
import { getViolation } from "@/lib/server/queries/violations";
import { closeViolationAction } from "../actions";

export const metadata: Metadata = { title: "Pelanggaran" };

export default async function ViolationPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const v = await getViolation(user, id);
  if (!v) notFound();
  if (v.revocationId) redirect(`/violations/revocations/${v.revocationId}`);
  const mayClose = v.status === "OPEN" && (user.role === "PK" ? can(user.role, "violation:report") : can(user.role, "revocation:decide"));
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader
        eyebrow={<Link href="/violations" className="hover:underline">← Pelanggaran dan pencabutan</Link>}
        title={VIOLATION_TYPE_LABEL[v.type]}
        description={<span className="flex flex-wrap items-center gap-2"><Badge tone={v.status === "OPEN" ? "red" : "neutral"}>{VIOLATION_STATUS_LABEL[v.status]}</Badge><span>{formatDate(v.occurredOn)} · {v.client.fullName}</span></span>}
      />
      <Card className="mb-6"><CardBody><p className="whitespace-pre-line text-sm">{v.description}</p></CardBody></Card>
      {mayClose ? (
        <Card><CardBody>
          <h2 className="mb-3 text-base font-semibold">Tindak lanjut</h2>
          <SimpleForm label="Tutup pelanggaran" action={closeViolationAction} fixed={{ violationId: v.id }} submitLabel="Simpan tindak lanjut" redirectTo="/violations"
            fields={[
              { kind: "select", name: "status", label: "Penyelesaian", options: [{ value: "RESOLVED", label: "Selesai (mis. teguran, surat pernyataan)" }, { value: "DISMISSED", label: "Dihentikan (alasan sah)" }] },
              { kind: "textarea", name: "note", label: "Tindak lanjut", rows: 3 },
            ]} />
        </CardBody></Card>
      ) : null}
    </div>
  );
}
