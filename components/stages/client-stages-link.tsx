import { ButtonLink } from "@/components/ui/button";

/** On the client file: the way to the stage timeline, programs, proposals and the letter. */
export function ClientStagesLink({ clientId }: { clientId: string }) {
  return (
    <ButtonLink href={`/clients/${clientId}/stages`} variant="secondary" size="sm">
      Tahap, program &amp; usulan
    </ButtonLink>
  );
}
