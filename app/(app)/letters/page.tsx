import type { Metadata } from "next";
import { PREPARATION_STEPS } from "@/lib/domain/end-preparation";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { PendingLink } from "@/components/ui/pending-link";
import { Table, Td, Th } from "@/components/ui/table";
import { daysBetween } from "@/lib/domain/calendar";
import { formatDateShort } from "@/lib/format";
import { requireUser } from "@/lib/server/auth";
import { listLetters } from "@/lib/server/queries/stages";
import { RevokeLetterButton } from "./revoke-form";

export const metadata: Metadata = { title: "Surat akhir pembimbingan" };

export default async function LettersPage() {
  const user = await requireUser();
  const l = await listLetters(user);
  return (
    <>
      <PageHeader title="Surat keterangan akhir pembimbingan" description="Klien tahap akhir yang masa bimbingannya berakhir dalam 30 hari, dan surat yang telah terbit." />
      <div className="space-y-6">
        <Card aria-labelledby="to-issue">
          <CardHeader id="to-issue" title={`Perlu diterbitkan (${l.toIssue.length})`} />
          {l.toIssue.length === 0 ? (
            <CardBody><EmptyState title="Tidak ada surat yang perlu diterbitkan">Klien tahap akhir muncul di sini 30 hari sebelum masa bimbingannya berakhir.</EmptyState></CardBody>
          ) : (
            <Table caption="Surat perlu diterbitkan">
              <thead><tr><Th>Klien</Th><Th className="hidden sm:table-cell">PK</Th><Th>Akhir bimbingan</Th><Th className="hidden sm:table-cell">Persiapan akhir</Th><Th><span className="sr-only">Tindakan</span></Th></tr></thead>
              <tbody className="divide-y divide-slate-100">
                {l.toIssue.map((c) => {
                  const d = daysBetween(l.today, c.guidanceEnd);
                  return (
                    <tr key={c.id}>
                      <Td><span className="font-medium">{c.fullName}</span><div className="font-mono text-xs text-slate-500">{c.registerNumber}</div><div className="mt-1 text-xs text-slate-600 sm:hidden">{c.assignedPk?.name ?? "—"} · persiapan akhir {c.preparationSettled} dari {PREPARATION_STEPS.length}</div></Td>
                      <Td className="hidden sm:table-cell">{c.assignedPk?.name ?? "—"}</Td>
                      <Td className="whitespace-nowrap">{formatDateShort(c.guidanceEnd)}{d < 0 ? <> <Badge tone="red">lewat {-d} hari</Badge></> : d === 0 ? <> <Badge tone="amber">hari ini</Badge></> : null}</Td>
                      <Td className="hidden whitespace-nowrap sm:table-cell">{c.preparationSettled >= PREPARATION_STEPS.length ? <Badge tone="green">Lengkap</Badge> : <Badge tone="amber">{c.preparationSettled} dari {PREPARATION_STEPS.length}</Badge>}</Td>
                      <Td><PendingLink href={`/clients/${c.id}/stages#surat`} className="font-medium text-brand-700 hover:underline">{l.canIssue ? "Terbitkan" : "Lihat"}</PendingLink></Td>
                    </tr>
                  );
                })}
              </tbody>
            </Table>
          )}
        </Card>

        <Card aria-labelledby="issued">
          <CardHeader id="issued" title="Surat yang telah terbit" />
          {l.issued.length === 0 ? (
            <CardBody><EmptyState title="Belum ada surat yang terbit">Surat diterbitkan dari halaman tahap klien pada tahap akhir.</EmptyState></CardBody>
          ) : (
            <Table caption="Surat yang telah terbit">
              <thead><tr><Th>Nomor</Th><Th>Klien</Th><Th>Tanggal</Th><Th>Status</Th><Th><span className="sr-only">Tindakan</span></Th></tr></thead>
              <tbody className="divide-y divide-slate-100">
                {l.issued.map((x) => (
                  <tr key={x.id}>
                    <Td className="whitespace-nowrap font-mono text-xs">{x.number}</Td>
                    <Td><PendingLink href={`/clients/${x.client.id}/stages`} className="font-medium text-brand-700 hover:underline">{x.client.fullName}</PendingLink></Td>
                    <Td className="whitespace-nowrap">{formatDateShort(x.issuedOn)}</Td>
                    <Td>{x.revoked ? <><Badge tone="red">Dibatalkan</Badge>{x.revokedReason ? <div className="mt-1 text-xs text-slate-600">{x.revokedReason}</div> : null}</> : <Badge tone="green">Berlaku</Badge>}</Td>
                    <Td>
                      <div className="flex flex-wrap items-center gap-2">
                        <a href={`/api/letters/${x.id}/pdf`} className="whitespace-nowrap text-sm font-medium text-brand-700 hover:underline">Unduh PDF</a>
                        {l.canIssue && !x.revoked ? <RevokeLetterButton letterId={x.id} number={x.number} /> : null}
                      </div>
                    </Td>
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
