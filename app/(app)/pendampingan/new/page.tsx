import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Card, CardBody } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/domain/permissions";
import { isoToLocalInput } from "@/lib/schemas/pendampingan";
import { requireUser } from "@/lib/server/auth";
import { clock } from "@/lib/clock";
import { RequestPendampinganForm } from "./request-form";

export const metadata: Metadata = { title: "Catat permintaan pendampingan" };

export default async function NewPendampinganPage() {
  const user = await requireUser();
  if (!can(user.role, "pendampingan:request")) notFound();
  return (
    <>
      <PageHeader
        eyebrow={<Link href="/pendampingan" className="hover:underline">← Pendampingan</Link>}
        title="Catat permintaan pendampingan"
        description="Permintaan penyidik agar PK mendampingi anak. Sejak diterima, PK wajib hadir paling lambat 1×24 jam."
      />
      <Card className="max-w-2xl">
        <CardBody>
          <RequestPendampinganForm timeZone={user.timeZone} nowLocal={isoToLocalInput(clock.now(), user.timeZone)} mayRequestLitmas={can(user.role, "litmas:request")} />
        </CardBody>
      </Card>
    </>
  );
}
