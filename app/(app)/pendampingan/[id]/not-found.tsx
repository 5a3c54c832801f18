import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

export default function PendampinganNotFound() {
  return (
    <EmptyState title="Pendampingan tidak ditemukan" action={<ButtonLink href="/pendampingan" variant="secondary">Kembali ke daftar pendampingan</ButtonLink>}>
      Pendampingan ini tidak ada, tidak ditugaskan kepada Anda, atau bukan milik kantor Anda.
    </EmptyState>
  );
}
