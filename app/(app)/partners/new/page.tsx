import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PartnerForm } from "@/components/community/partner-form";
import { Card, CardBody } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/domain/permissions";
import { requireUser } from "@/lib/server/auth";
import { listPartners } from "@/lib/server/queries/community";
import { savePartnerAction } from "../actions";

export const metadata: Metadata = { title: "Tambah Pokmas Lipas atau mitra" };

export default async function NewPartnerPage({ searchParams }: { searchParams: Promise<{ jenis?: string; pokmas?: string }> }) {
  const user = await requireUser();
  if (!can(user.role, "partner:manage")) notFound();
  const sp = await searchParams;
  const { pokmas } = await listPartners(user);
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader eyebrow={<Link href="/partners" className="hover:underline">← Mitra & Pokmas Lipas</Link>} title="Tambah Pokmas Lipas atau mitra" />
      <Card>
        <CardBody>
          <PartnerForm
            action={savePartnerAction}
            pokmasOptions={pokmas.map((p) => ({ id: p.id, name: p.name }))}
            initial={{ kind: sp.jenis === "POKMAS" ? "POKMAS" : "MITRA", name: "", category: "LAINNYA", field: "", pokmasField: "", pokmasId: pokmas.some((p) => p.id === sp.pokmas) ? sp.pokmas! : "", contactPerson: "", phone: "", address: "" }}
          />
        </CardBody>
      </Card>
    </div>
  );
}
