import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { ClientForm } from "@/components/registry/client-form";
import { requireUser } from "@/lib/server/auth";

export const metadata: Metadata = { title: "Daftarkan klien" };

export default async function NewClientPage({ searchParams }: { searchParams: Promise<{ lanjut?: string }> }) {
  const user = await requireUser();
  const { lanjut } = await searchParams;
  return (
    <>
      <PageHeader
        title="Daftarkan klien"
        description={user.role === "PK"
          ? "Klien yang Anda daftarkan langsung masuk ke daftar klien Anda. Nomor register diberikan otomatis."
          : `Registrasi klien baru ${user.officeName}. Nomor register diberikan otomatis; tugaskan PK setelah tersimpan.`}
      />
      <ClientForm mode="create" then={lanjut === "litmas" ? "litmas" : undefined} />
    </>
  );
}
