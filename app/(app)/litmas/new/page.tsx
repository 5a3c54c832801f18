import type { Metadata } from "next";
import Link from "next/link";
import { Card, CardBody } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/domain/permissions";
import { requireUser } from "@/lib/server/auth";
import { listRequestableClients } from "@/lib/server/queries/litmas";
import { RequestLitmasForm } from "./request-form";

export const metadata: Metadata = { title: "Catat permintaan litmas" };

export default async function NewLitmasPage({ searchParams }: { searchParams: Promise<{ client?: string | string[] }> }) {
  const user = await requireUser();
  const { client } = await searchParams;
  const clients = can(user.role, "litmas:request") ? await listRequestableClients(user) : [];
  const preselected = typeof client === "string" && clients.some((c) => c.id === client) ? client : "";
  return (
    <>
      <PageHeader
        eyebrow={<Link href="/litmas" className="hover:underline">← Litmas</Link>}
        title="Catat permintaan litmas"
        description="Permintaan yang dicatat menunggu disposisi Kepala Bapas kepada seorang PK."
      />
      <Card className="max-w-2xl">
        <CardBody>
          <RequestLitmasForm clients={clients} preselected={preselected} />
        </CardBody>
      </Card>
    </>
  );
}
