import { Suspense } from "react";
import { ButtonLink } from "@/components/ui/button";
import { can } from "@/lib/domain/permissions";
import type { ClientStatus, Role } from "@/lib/domain/enums";
import { SavedNotice } from "./saved-notice";

/** The client file's registry actions, shown only to roles that may use them (the server checks anyway). */
export function ClientRegistryActions({ role, clientId, status }: { role: Role; clientId: string; status: ClientStatus }) {
  const active = status === "AKTIF";
  return (
    <>
      <Suspense fallback={null}><SavedNotice /></Suspense>
      <nav aria-label="Tindakan berkas klien" className="mb-4 flex flex-wrap gap-2">
        {can(role, "client:update") ? <ButtonLink href={`/clients/${clientId}/edit`} variant="secondary" size="sm">Ubah data</ButtonLink> : null}
        {can(role, "client:change-status") ? <ButtonLink href={`/clients/${clientId}/status`} variant="secondary" size="sm">Akhir bimbingan</ButtonLink> : null}
        {can(role, "client:assign") && active ? <ButtonLink href={`/clients/assign?id=${clientId}`} variant="secondary" size="sm">Tugaskan PK</ButtonLink> : null}
        {can(role, "client:transfer") && active ? <ButtonLink href={`/clients/${clientId}/transfer`} variant="secondary" size="sm">Pindahkan</ButtonLink> : null}
      </nav>
    </>
  );
}
