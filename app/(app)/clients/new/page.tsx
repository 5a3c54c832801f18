import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { ClientForm } from "@/components/registry/client-form";
import { LITMAS_PURPOSE_LABEL } from "@/lib/domain/labels";
import type { RegisterClientInput } from "@/lib/schemas/client";
import { requireUser } from "@/lib/server/auth";
import { getGuidanceStartFromLitmas } from "@/lib/server/queries/persons";
import { getGuidanceStartFromPendampingan } from "@/lib/server/queries/pendampingan";

export const metadata: Metadata = { title: "Daftarkan klien" };

export default async function NewClientPage({ searchParams }: { searchParams: Promise<{ lanjut?: string; litmas?: string; pendampingan?: string }> }) {
  const user = await requireUser();
  const { lanjut, litmas, pendampingan } = await searchParams;
  if (typeof pendampingan === "string") {
    // A putusan on a pendampingan imposed an SPPA measure the Bapas supervises: the child carries forward.
    const start = await getGuidanceStartFromPendampingan(user, pendampingan);
    if (!start) notFound();
    return (
      <>
        <PageHeader
          title={`Mulai pembimbingan: ${start.initial.fullName}`}
          description={`Berdasarkan putusan pada pendampingan ${start.pendampingan.number ?? ""}. Lengkapi masa bimbingan; tahap, caseload dan wajib lapor baru dibuat setelah disimpan.`}
        />
        <ClientForm mode="create" initial={start.initial as RegisterClientInput} fromPendampinganId={start.pendampingan.id} />
      </>
    );
  }
  if (typeof litmas === "string") {
    // A decree (SK PB, CB, CMB, asimilasi) starts guidance from the approved litmas: the person carries forward.
    const start = await getGuidanceStartFromLitmas(user, litmas);
    if (!start) notFound();
    return (
      <>
        <PageHeader
          title={`Mulai pembimbingan: ${start.initial.fullName}`}
          description="Lengkapi data dari SK dan berkas; identitas dan perkara diambil dari litmas. Tahap, caseload dan wajib lapor baru dibuat setelah disimpan."
        />
        <ClientForm
          mode="create"
          initial={start.initial as RegisterClientInput}
          decree={{ litmasId: start.litmas.id, summary: `Berdasarkan litmas ${start.litmas.number ?? ""} (${LITMAS_PURPOSE_LABEL[start.litmas.purpose]}). PK yang menyusun litmas menjadi PK pembimbing.` }}
        />
      </>
    );
  }
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
