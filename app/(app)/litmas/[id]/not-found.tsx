import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

export default function LitmasNotFound() {
  return (
    <EmptyState title="Litmas tidak ditemukan" action={<ButtonLink href="/litmas" variant="secondary">Kembali ke daftar litmas</ButtonLink>}>
      Litmas ini tidak ada, atau tidak ditugaskan kepada Anda atau bukan milik kantor Anda.
    </EmptyState>
  );
}
