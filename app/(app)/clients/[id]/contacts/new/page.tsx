import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ClientAlertsBox } from "@/components/visits/client-alerts";
import { OutboxSync } from "@/components/visits/outbox-sync";
import { OfflineLabel } from "@/components/offline/offline-label";
import { Card, CardBody } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { CONTACT_SUBJECTS, CONTACT_TYPES, type ContactSubject, type ContactType } from "@/lib/domain/enums";
import { can } from "@/lib/domain/permissions";
import { formatDate } from "@/lib/format";
import { requireUser } from "@/lib/server/auth";
import { getContactFormContext } from "@/lib/server/queries/contacts";
import { ContactForm } from "./contact-form";
import { clock } from "@/lib/clock";

export const metadata: Metadata = { title: "Catat kontak" };

export default async function NewContactPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ jenis?: string; bersama?: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  if (!can(user.role, "contact:write")) {
    return (
      <>
        <PageHeader title="Catat kontak" />
        <EmptyState title="Kontak bimbingan dicatat oleh PK pembimbing" action={<Link href={`/clients/${id}`} className="text-brand-700 underline">Kembali ke berkas klien</Link>}>
          Untuk lapor diri di kantor, catat kehadiran melalui halaman wajib lapor klien.
        </EmptyState>
      </>
    );
  }
  const ctx = await getContactFormContext(user, id);
  if (!ctx) notFound();
  const { jenis, bersama } = await searchParams;
  const defaultType: ContactType = CONTACT_TYPES.includes(jenis as ContactType) ? (jenis as ContactType) : "KUNJUNGAN_RUMAH";
  // ?bersama=keluarga (from a tahap akhir step): the activity starts with that subject chosen.
  const wanted = bersama?.toUpperCase() as ContactSubject | undefined;
  const defaultSubject: ContactSubject = wanted && CONTACT_SUBJECTS.includes(wanted) ? wanted : "KLIEN";
  const c = ctx.client;
  return (
    <div className="mx-auto max-w-2xl">
      <OfflineLabel label={`Catat kontak: ${c.fullName}`} />
      <PageHeader
        eyebrow={<Link href={`/clients/${c.id}`} className="hover:underline">← {c.fullName} · <span className="font-mono">{c.registerNumber}</span></Link>}
        title="Catat kontak"
        description={[c.person.address, c.person.city].filter(Boolean).join(", ")}
      />
      <OutboxSync clientId={c.id} />
      <ClientAlertsBox alerts={ctx.alerts} />
      {c.status !== "AKTIF" ? (
        <EmptyState title="Klien tidak lagi dalam bimbingan aktif">Kontak baru tidak dapat dicatat.</EmptyState>
      ) : (
        <Card>
          <CardBody>
            {ctx.nextReport ? <p className="mb-4 text-sm text-slate-600">Wajib lapor berikutnya: <span className="font-medium text-slate-900">{formatDate(ctx.nextReport)}</span></p> : null}
            <ContactForm clientId={c.id} clientName={c.fullName} timeZone={user.timeZone} defaultType={defaultType} defaultSubject={defaultSubject} knownPeople={ctx.knownPeople} openedAt={clock.now().toISOString()} />
          </CardBody>
        </Card>
      )}
    </div>
  );
}
