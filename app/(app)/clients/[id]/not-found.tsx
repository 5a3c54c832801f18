import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

export default function ClientNotFound() {
  return (
    <EmptyState title="Klien tidak ditemukan" action={<ButtonLink href="/clients" variant="secondary">Kembali ke daftar klien</ButtonLink>}>
      Berkas ini tidak ada, atau bukan bagian dari caseload atau kantor Anda.
    </EmptyState>
  );
}
