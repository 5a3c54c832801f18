import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

export default function PersonNotFound() {
  return (
    <EmptyState title="Data orang tidak ditemukan" action={<ButtonLink href="/litmas" variant="secondary">Ke daftar litmas</ButtonLink>}>
      Orang ini tidak ada, atau tidak satu pun layanannya ditugaskan kepada Anda atau kantor Anda.
    </EmptyState>
  );
}
