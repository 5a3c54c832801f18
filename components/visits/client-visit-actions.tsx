import { ButtonLink } from "@/components/ui/button";
import { can } from "@/lib/domain/permissions";
import type { CurrentUser } from "@/lib/server/auth";
import { OutboxSync } from "./outbox-sync";
import { SavedNotice } from "./saved-notice";

/** The client file's guidance actions: log a contact, wajib lapor, the progress book. */
export function ClientVisitActions({ user, clientId, active }: { user: CurrentUser; clientId: string; active: boolean }) {
  return (
    <div className="mb-4" data-no-print>
      <SavedNotice />
      <OutboxSync clientId={clientId} />
      <nav aria-label="Tindakan bimbingan" className="flex flex-wrap gap-2">
        {active && can(user.role, "contact:write") ? <ButtonLink href={`/clients/${clientId}/contacts/new`}>Catat kontak</ButtonLink> : null}
        <ButtonLink href={`/clients/${clientId}/reporting`} variant="secondary">Wajib lapor</ButtonLink>
        <ButtonLink href={`/clients/${clientId}/log`} variant="secondary">Buku perkembangan</ButtonLink>
        <ButtonLink href={`/clients/${clientId}/assessments`} variant="secondary">Asesmen risiko</ButtonLink>
        {active && can(user.role, "violation:report") ? <ButtonLink href={`/clients/${clientId}/violations/new`} variant="secondary" className="border-red-300 text-red-800 hover:bg-red-50">Laporkan pelanggaran</ButtonLink> : null}
      </nav>
    </div>
  );
}
