import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { AssignForm } from "@/components/registry/assign-form";
import { ClientStatusBadge } from "@/components/clients/badges";
import { can } from "@/lib/domain/permissions";
import { requireUser } from "@/lib/server/auth";
import { getAssignablePks, getClientsToAssign } from "@/lib/server/queries/workload";

export const metadata: Metadata = { title: "Tugaskan PK" };

export default async function AssignPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  if (!can(user.role, "client:assign")) notFound();
  const raw = (await searchParams).id;
  const ids = (Array.isArray(raw) ? raw : raw ? [raw] : []).filter((x) => /^[a-z0-9]{1,40}$/i.test(x)).slice(0, 100);
  const clients = ids.length ? await getClientsToAssign(user, ids) : [];
  const active = clients.filter((c) => c.status === "AKTIF");
  const pks = await getAssignablePks(user, active.length || 1, active.map((c) => c.assignedPk?.id ?? ""));
  const returnTo = active.length === 1 ? `/clients/${active[0].id}` : "/clients";
  return (
    <>
      <PageHeader title="Tugaskan PK" description={active.length > 1 ? `${active.length} klien dipilih.` : "Tugaskan atau alihkan klien kepada PK kantor Anda."} />
      {active.length === 0 ? (
        <EmptyState title="Belum ada klien aktif yang dipilih" action={<ButtonLink href="/clients">Pilih klien di daftar</ButtonLink>}>
          Centang satu atau beberapa klien aktif di daftar klien, lalu pilih &quot;Tugaskan PK&quot;.
        </EmptyState>
      ) : (
        <div className="grid gap-6 lg:grid-cols-3">
          <Card aria-labelledby="picked" className="lg:col-span-1">
            <CardHeader id="picked" title="Klien" />
            <ul className="divide-y divide-slate-100 text-sm">
              {clients.map((c) => (
                <li key={c.id} className="px-4 py-2 sm:px-5">
                  <div className="font-medium">{c.fullName}</div>
                  <div className="text-xs text-slate-600">{c.registerNumber} · PK sekarang: {c.assignedPk?.name ?? "belum ada"}</div>
                  {c.status !== "AKTIF" ? <div className="mt-1 text-xs text-amber-800"><ClientStatusBadge status={c.status} /> tidak ikut ditugaskan</div> : null}
                </li>
              ))}
            </ul>
          </Card>
          <Card className="lg:col-span-2">
            <CardBody>
              <AssignForm clientIds={active.map((c) => c.id)} pks={pks} returnTo={returnTo} />
            </CardBody>
          </Card>
        </div>
      )}
    </>
  );
}
