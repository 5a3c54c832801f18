import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { GroupSessionForm } from "@/components/community/group-session-form";
import { Card, CardBody } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { clock } from "@/lib/clock";
import { toIsoDate, todayIn } from "@/lib/domain/calendar";
import { can } from "@/lib/domain/permissions";
import { requireUser } from "@/lib/server/auth";
import { getGroupSessionFormContext } from "@/lib/server/queries/community";
import { recordGroupSessionAction } from "../../partners/actions";

export const metadata: Metadata = { title: "Catat sesi kelompok" };

export default async function NewGroupSessionPage() {
  const user = await requireUser();
  if (!can(user.role, "group-session:record")) notFound();
  const ctx = await getGroupSessionFormContext(user);
  const now = clock.now();
  const hhmm = new Intl.DateTimeFormat("en-GB", { timeZone: user.timeZone, hour: "2-digit", minute: "2-digit", hour12: false }).format(now);
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader
        eyebrow={<Link href="/group-sessions" className="hover:underline">← Sesi kelompok</Link>}
        title="Catat sesi kelompok"
        description="Sekali catat untuk semua peserta: sesi ini masuk ke buku perkembangan bimbingan setiap klien yang tercantum."
      />
      <Card>
        <CardBody>
          <GroupSessionForm
            action={recordGroupSessionAction}
            clients={ctx.clients.map((c) => ({ id: c.id, fullName: c.fullName, registerNumber: c.registerNumber, pk: c.assignedPk?.name ?? null }))}
            partners={ctx.partners.map((p) => ({ id: p.id, name: p.name }))}
            timeZone={user.timeZone}
            today={toIsoDate(todayIn(user.timeZone, now))}
            now={hhmm}
            showPk={user.role !== "PK"}
          />
        </CardBody>
      </Card>
    </div>
  );
}
