import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { PendingLink } from "@/components/ui/pending-link";
import { SimpleForm } from "@/components/visits/simple-form";
import { toIsoDate } from "@/lib/domain/calendar";
import { can } from "@/lib/domain/permissions";
import { nextReviewDay } from "@/lib/domain/retention";
import { formatDate, formatNumber } from "@/lib/format";
import { requireUser } from "@/lib/server/auth";
import { listRetentionDue, parseRetentionCursor, type RetentionDue } from "@/lib/server/queries/retention";
import { ZAuditListParams } from "@/lib/server/queries/audit";
import { AuditViews } from "../audit-filters";
import { decideRetentionAction } from "./actions";

export const metadata: Metadata = { title: "Tinjauan masa simpan" };

const cases = (p: RetentionDue) =>
  [p.guidance ? `${p.guidance} masa bimbingan` : null, p.litmas ? `${p.litmas} litmas` : null, p.pendampingan ? `${p.pendampingan} pendampingan` : null].filter(Boolean).join(", ");

/**
 * The retention review (UU 27/2022): persons whose every case ended more than the office's N years
 * ago. The Kepala keeps each (with a reason and the day to look again) or anonymises it; the admin
 * sees the list. Oldest first.
 */
export default async function RetentionPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  if (!can(user.role, "retention:read")) notFound();
  const raw = await searchParams;
  const after = typeof raw.setelah === "string" ? raw.setelah : undefined;
  const page = await listRetentionDue(user, parseRetentionCursor(after));
  const decides = can(user.role, "retention:decide");
  return (
    <>
      <PageHeader
        title="Tinjauan masa simpan"
        description={`Orang yang semua perkaranya selesai pada ${formatDate(page.cutoff)} atau sebelumnya (masa simpan ${page.years} tahun, diatur admin di Pengaturan kantor). Simpan dengan alasan, atau anonimkan: nama, NIK, alamat, kontak, catatan dan dokumen dihapus; tanggal, program, kategori dan hasil tetap untuk statistik.`}
      />
      <AuditViews params={ZAuditListParams.parse({})} retention />
      {!decides ? <Alert tone="info">Keputusan simpan atau anonimkan diambil oleh Kepala Bapas.</Alert> : null}
      <Card className="mt-4" aria-labelledby="retention-list">
        <CardHeader id="retention-list" title={`${formatNumber(page.total)} orang menunggu keputusan`} description="Yang paling lama selesai di atas." />
        {page.items.length === 0 ? (
          <div className="p-4">
            <EmptyState title="Tidak ada data yang melewati masa simpan">
              Orang muncul di sini bila semua perkaranya selesai lebih dari {page.years} tahun lalu, atau bila tanggal tinjauan ulangnya tiba.
            </EmptyState>
          </div>
        ) : (
          <ul className="divide-y divide-slate-100" aria-label="Orang yang melewati masa simpan">
            {page.items.map((p) => (
              <li key={p.id} className="space-y-2 px-4 py-4 sm:px-5">
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <PendingLink href={`/persons/${p.id}`} className="text-base font-semibold text-brand-700 hover:underline">{p.fullName}</PendingLink>
                  <span className="text-sm text-slate-600">Selesai {formatDate(p.ended)}</span>
                </div>
                <p className="text-sm text-slate-700">
                  {cases(p)}{p.birthYear ? ` · lahir ${p.birthYear}` : ""}
                  {p.keptUntil ? <> · pernah disimpan sampai {formatDate(p.keptUntil)}: “{p.keptReason}”</> : null}
                </p>
                <p className="text-sm"><PendingLink href={`/audit?person=${p.id}`} className="text-brand-700 underline">Riwayat pemrosesan</PendingLink></p>
                {decides ? (
                  <div className="grid gap-3 md:grid-cols-2">
                    <details className="rounded-md border border-slate-200 p-3">
                      <summary className="min-h-11 cursor-pointer content-center font-medium text-slate-800">Simpan</summary>
                      <div className="mt-2">
                        <SimpleForm label={`Simpan data ${p.fullName}`} action={decideRetentionAction} fixed={{ personId: p.id, decision: "KEEP" }} submitLabel="Simpan data" variant="secondary"
                          fields={[
                            { kind: "textarea", name: "reason", label: "Alasan disimpan", rows: 2, hint: "mis. perkara lain masih diperiksa, permintaan Kanwil" },
                            { kind: "date", name: "reviewAgainOn", label: "Tinjau lagi pada", defaultValue: toIsoDate(nextReviewDay(page.today)) },
                          ]} />
                      </div>
                    </details>
                    <details className="rounded-md border border-red-200 p-3">
                      <summary className="min-h-11 cursor-pointer content-center font-medium text-red-800">Anonimkan</summary>
                      <div className="mt-2">
                        <SimpleForm label={`Anonimkan data ${p.fullName}`} action={decideRetentionAction} fixed={{ personId: p.id, decision: "ANONYMISE" }} submitLabel="Anonimkan" variant="danger"
                          fields={[
                            { kind: "textarea", name: "reason", label: "Dasar anonimisasi", rows: 2, hint: "mis. masa simpan lewat, tidak ada perkara berjalan" },
                            { kind: "text", name: "confirm", label: "Ketik ANONIMKAN untuk memastikan", hint: "Tidak dapat dibatalkan." },
                          ]} />
                      </div>
                    </details>
                  </div>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </Card>
      {page.next || after ? (
        <nav aria-label="Halaman tinjauan masa simpan" className="mt-4 flex justify-between gap-2">
          {after ? <ButtonLink variant="secondary" href="/audit/retensi">← Awal daftar</ButtonLink> : <span />}
          {page.next ? <ButtonLink variant="secondary" href={`/audit/retensi?setelah=${page.next}`}>Berikutnya →</ButtonLink> : <span />}
        </nav>
      ) : null}
    </>
  );
}
