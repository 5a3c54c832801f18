import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { ROLE_LABEL, SECTION_SHORT } from "@/lib/domain/labels";
import { formatDateTime } from "@/lib/format";
import { can } from "@/lib/domain/permissions";
import { requireUser } from "@/lib/server/auth";
import { getOfficeUser } from "@/lib/server/queries/users";
import { ResetPasswordForm } from "../reset-password-form";
import { UserForm } from "../user-form";
import { clock } from "@/lib/clock";

export const metadata: Metadata = { title: "Pengguna" };

export default async function UserPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> }) {
  const user = await requireUser();
  // Only admins manage accounts; to anyone else this page does not exist.
  if (!can(user.role, "user:manage")) notFound();
  const [{ id }, { saved }] = await Promise.all([params, searchParams]);
  const u = await getOfficeUser(user, id);
  if (!u) notFound();
  const locked = u.lockedUntil && u.lockedUntil > clock.now();
  return (
    <>
      <PageHeader
        eyebrow={<Link href="/admin/users" className="hover:underline">← Pengguna</Link>}
        title={u.name}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <Badge tone="blue">{ROLE_LABEL[u.role]}{u.section ? ` ${SECTION_SHORT[u.section]}` : ""}</Badge>
            {!u.active ? <Badge>Nonaktif</Badge> : locked ? <Badge tone="red">Terkunci</Badge> : <Badge tone="green">Aktif</Badge>}
            <span>{u.email} · terakhir masuk {u.lastLoginAt ? formatDateTime(u.lastLoginAt, user.timeZone) : "belum pernah"} · {u.liveSessions} sesi aktif</span>
          </span>
        }
      />
      {saved === "baru" ? <Alert tone="success" className="mb-4">Pengguna ditambahkan. Sampaikan email dan kata sandi awalnya secara langsung.</Alert> : null}
      {u.pendingChange ? (
        <Alert tone="warning" className="mb-4">
          {u.pendingChange.kind === "RESET_PASSWORD" ? "Pengaturan ulang kata sandi akun ini" : `Perubahan peran menjadi ${ROLE_LABEL[u.pendingChange.toRole!]}`} menunggu konfirmasi orang kedua.{" "}
          <Link href="/account-changes" className="font-medium underline">Lihat Konfirmasi akun</Link>
        </Alert>
      ) : null}
      {u.role === "PK" && u.activeClients > 0 ? (
        <Alert tone="info" className="mb-4">
          PK ini membimbing {u.activeClients} klien aktif. Untuk menonaktifkan atau mengubah perannya, <Link href={`/clients?pk=${u.id}`} className="font-medium underline">tugaskan klien tersebut ke PK lain</Link> terlebih dahulu.
        </Alert>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-3">
        <Card className="lg:col-span-2" aria-labelledby="edit-user">
          <CardHeader id="edit-user" title="Data akun" description="Mengubah peran atau menonaktifkan akun langsung mengakhiri sesi pengguna." />
          <CardBody>
            <UserForm usesSections={user.officeUsesSections} initial={{ id: u.id, version: u.version, name: u.name, email: u.email, nip: u.nip, role: u.role, pkLevel: u.pkLevel, section: u.section, capacity: u.capacity, active: u.active }} />
          </CardBody>
        </Card>
        <Card aria-labelledby="reset-password">
          <CardHeader id="reset-password" title="Atur ulang kata sandi" description={locked ? "Akun sedang terkunci; kata sandi baru juga membuka kuncinya." : "Untuk pengguna yang lupa kata sandi."} />
          <CardBody>
            {u.id === user.id ? <p className="text-sm text-slate-600">Ganti kata sandi Anda sendiri di <Link href="/account" className="font-medium text-brand-700 underline">Akun saya</Link>.</p> : <ResetPasswordForm userId={u.id} />}
          </CardBody>
        </Card>
      </div>
    </>
  );
}
