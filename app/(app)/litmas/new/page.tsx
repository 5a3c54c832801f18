import type { Metadata } from "next";
import Link from "next/link";
import { Card, CardBody } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/domain/permissions";
import { requireUser } from "@/lib/server/auth";
import { getRequestableClient } from "@/lib/server/queries/litmas";
import { RequestLitmasForm } from "./request-form";

export const metadata: Metadata = { title: "Catat permintaan litmas" };

export default async function NewLitmasPage({ searchParams }: { searchParams: Promise<{ client?: string | string[] }> }) {
  const user = await requireUser();
  const { client } = await searchParams;
  // A link from a client's file names the client; anything else is typed into the picker.
  const preselected = typeof client === "string" && client.length <= 40 && can(user.role, "litmas:request") ? await getRequestableClient(user, client) : null;
  return (
    <>
      <PageHeader
        eyebrow={<Link href="/litmas" className="hover:underline">← Litmas</Link>}
        title="Catat permintaan litmas"
        description="Permintaan yang dicatat menunggu disposisi Kepala Bapas kepada seorang PK."
      />
      <Card className="max-w-2xl">
        <CardBody>
          <RequestLitmasForm preselected={preselected} />
        </CardBody>
      </Card>
    </>
  );
}
