import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/server/auth";
import { ChangePasswordForm } from "../change-password-form";

export const metadata: Metadata = { title: "Ganti kata sandi" };

// Where a user whose password an admin set (a new account, a reset) lands until they choose their own.
export default async function ForcedPasswordChangePage() {
  const user = await requireUser({ allowPendingPasswordChange: true });
  if (!user.mustChangePassword) redirect("/account");
  return (
    <div className="mx-auto max-w-lg">
      <PageHeader title="Ganti kata sandi" description={`Selamat datang, ${user.name}`} />
      <Alert tone="info">
        Kata sandi Anda dibuat oleh admin. Sebelum memakai Bimbing, pilih kata sandi Anda sendiri yang hanya Anda ketahui.
      </Alert>
      <Card className="mt-4" aria-labelledby="new-password">
        <CardHeader id="new-password" title="Kata sandi baru" />
        <CardBody>
          <ChangePasswordForm afterChange="/" currentLabel="Kata sandi dari admin" />
        </CardBody>
      </Card>
    </div>
  );
}
