import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { UsersTable } from "@/components/users-table";
import { can } from "@/lib/domain/permissions";
import { requireUser } from "@/lib/server/auth";
import { getAdminHome } from "@/lib/server/queries/home";

export const metadata: Metadata = { title: "Pengguna" };

export default async function UsersPage() {
  const user = await requireUser();
  // Only admins manage accounts; to anyone else this page does not exist.
  if (!can(user.role, "user:manage")) notFound();
  const { users } = await getAdminHome(user);
  return (
    <>
      <PageHeader
        title="Pengguna"
        description={`Akun ${user.officeName}: tambah akun, ubah peran dan kapasitas, nonaktifkan, atau atur ulang kata sandi.`}
        actions={
          <>
            <ButtonLink href="/account-changes" variant="secondary">Konfirmasi akun</ButtonLink>
            <ButtonLink href="/admin/users/new">Tambah pengguna</ButtonLink>
          </>
        }
      />
      <Card>
        <UsersTable users={users} timeZone={user.timeZone} />
      </Card>
    </>
  );
}
