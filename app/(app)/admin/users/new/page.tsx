import type { Metadata } from "next";
import { notFound } from "next/navigation";
import Link from "next/link";
import { Card, CardBody } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/domain/permissions";
import { requireUser } from "@/lib/server/auth";
import { UserForm } from "../user-form";

export const metadata: Metadata = { title: "Tambah pengguna" };

export default async function NewUserPage() {
  const user = await requireUser();
  // Only admins manage accounts; to anyone else this page does not exist.
  if (!can(user.role, "user:manage")) notFound();
  return (
    <>
      <PageHeader eyebrow={<Link href="/admin/users" className="hover:underline">← Pengguna</Link>} title="Tambah pengguna" description={`Akun baru di ${user.officeName}.`} />
      <Card className="max-w-2xl">
        <CardBody>
          <UserForm usesSections={user.officeUsesSections} />
        </CardBody>
      </Card>
    </>
  );
}
