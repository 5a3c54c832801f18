import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SimpleForm } from "@/components/visits/simple-form";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { recordComplaintAction, reportViolationAction } from "@/app/(app)/violations/actions";
import { toIsoDate, todayIn } from "@/lib/domain/calendar";
import { VIOLATION_TYPES } from "@/lib/domain/enums";
import { VIOLATION_TYPE_LABEL } from "@/lib/domain/labels";
import { can } from "@/lib/domain/permissions";
import { requireUser } from "@/lib/server/auth";
import { getContactFormContext } from "@/lib/server/queries/contacts";

export const metadata: Metadata = { title: "Laporkan pelanggaran" };

export default async function ReportViolationPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  if (!can(user.role, "violation:report")) {
    return <><PageHeader title="Laporkan pelanggaran" /><EmptyState title="Pelanggaran dilaporkan oleh PK pembimbing klien" /></>;
  }
  const ctx = await getContactFormContext(user, id);
  if (!ctx) notFound();
  const c = ctx.client;
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader eyebrow={<Link href={`/clients/${c.id}`} className="hover:underline">← {c.fullName} · <span className="font-mono">{c.registerNumber}</span></Link>} title="Laporkan pelanggaran" />
      <Card><CardBody>
        <SimpleForm label="Laporkan pelanggaran" action={reportViolationAction} fixed={{ clientId: c.id }} submitLabel="Simpan pelanggaran" redirectTo={`/clients/${c.id}`} redirectQuery={{ pelanggaran: "id", pencabutan: "revocationId" }}
          fields={[
            { kind: "select", name: "type", label: "Jenis pelanggaran", options: VIOLATION_TYPES.map((t) => ({ value: t, label: VIOLATION_TYPE_LABEL[t] })) },
            { kind: "date", name: "occurredOn", label: "Tanggal kejadian", defaultValue: toIsoDate(todayIn(user.timeZone)) },
            { kind: "textarea", name: "description", label: "Uraian", rows: 5 },
            { kind: "checkbox", name: "proposeRevocation", label: "Usulkan pencabutan program (diperiksa PK, lalu diputuskan pihak yang berwenang untuk programnya)" },
          ]} />
      </CardBody></Card>
      <Card className="mt-6" aria-labelledby="complaint">
        <CardHeader id="complaint" title="Pengaduan masyarakat" description="Pengaduan tertulis tentang klien, diperiksa PK dan dituangkan dalam berita acara pemeriksaan: membuka proses pencabutan." />
        <CardBody>
          <SimpleForm label="Catat pengaduan masyarakat" action={recordComplaintAction} fixed={{ clientId: c.id }} submitLabel="Simpan pengaduan"
            fields={[
              { kind: "text", name: "complainant", label: "Pengadu (nama dan alamat)" },
              { kind: "date", name: "complaintOn", label: "Tanggal pengaduan diterima", defaultValue: toIsoDate(todayIn(user.timeZone)) },
              { kind: "select", name: "type", label: "Jenis pelanggaran yang diadukan", options: VIOLATION_TYPES.map((t) => ({ value: t, label: VIOLATION_TYPE_LABEL[t] })) },
              { kind: "textarea", name: "description", label: "Isi pengaduan", rows: 3 },
              { kind: "textarea", name: "examinationReport", label: "Berita acara pemeriksaan (keterangan klien, saksi, dan hasil pemeriksaan PK)", rows: 6 },
            ]} />
        </CardBody>
      </Card>
    </div>
  );
}
