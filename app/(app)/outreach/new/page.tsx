import type { Metadata } from "next";
import Link from "next/link";
import { OutreachForm } from "@/components/community/outreach-form";
import { Card, CardBody } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { clock } from "@/lib/clock";
import { toIsoDate, todayIn } from "@/lib/domain/calendar";
import { requireUser } from "@/lib/server/auth";
import { partnerOptions } from "@/lib/server/queries/community";

export const metadata: Metadata = { title: "Catat kegiatan penjangkauan" };

export default async function NewOutreachPage() {
  const user = await requireUser();
  const partners = await partnerOptions(user);
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader eyebrow={<Link href="/outreach" className="hover:underline">← Penjangkauan masyarakat</Link>} title="Catat kegiatan penjangkauan" description="Kegiatan kantor tanpa klien tertentu. Dihitung di beranda Kepala Bapas dan laporan bulanan." />
      <Card><CardBody><OutreachForm partners={partners.map((p) => ({ id: p.id, name: p.name }))} today={toIsoDate(todayIn(user.timeZone, clock.now()))} /></CardBody></Card>
    </div>
  );
}
