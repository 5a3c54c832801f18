import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { ClientForm } from "@/components/registry/client-form";
import { requireUser } from "@/lib/server/auth";
import { getClientForEdit } from "@/lib/server/queries/client-registry";
import { can } from "@/lib/domain/permissions";

export const metadata: Metadata = { title: "Ubah data klien" };

export default async function EditClientPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  if (!can(user.role, "client:update")) notFound();
  const c = await getClientForEdit(user, id);
  if (!c) notFound();
  return (
    <>
      <PageHeader eyebrow={<span>Berkas klien · <span className="font-mono">{c.registerNumber}</span></span>} title={`Ubah data: ${c.fullName}`} description="Bila orang lain menyimpan perubahan lebih dulu, simpanan Anda ditolak dan perubahan mereka ditampilkan; tidak ada yang tertimpa diam-diam." />
      <ClientForm mode="edit" initial={c.values} clientId={c.id} version={c.version} />
    </>
  );
}
