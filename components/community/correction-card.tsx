import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { RevisionList, type RevisionRow } from "./revision-list";

/**
 * Under a community record (decision 0022): its "Riwayat koreksi" when it has one, and for those who
 * may correct it, two closed panels (the correction form, the removal form), so the record's page
 * stays calm until one is opened.
 */
export function CorrectionCard({ revisions, timeZone, canCorrect, title, correctLabel, removeLabel, correct, remove }: {
  revisions: RevisionRow[]; timeZone: string; canCorrect: boolean;
  title: string; correctLabel: string; removeLabel: string; correct: React.ReactNode; remove: React.ReactNode;
}) {
  return (
    <>
      {revisions.length ? <Card><CardBody><RevisionList id="rev-koreksi" timeZone={timeZone} rows={revisions} /></CardBody></Card> : null}
      {canCorrect ? <Panels title={title} correctLabel={correctLabel} removeLabel={removeLabel} correct={correct} remove={remove} /> : null}
    </>
  );
}

function Panels({ title, correctLabel, removeLabel, correct, remove }: { title: string; correctLabel: string; removeLabel: string; correct: React.ReactNode; remove: React.ReactNode }) {
  return (
    <Card aria-labelledby="koreksi">
      <CardHeader id="koreksi" title={title} description="Untuk catatan yang keliru. Isi sebelumnya tetap tersimpan di riwayat koreksi, dengan alasannya." />
      <CardBody className="space-y-3">
        <details className="rounded-md border border-slate-200 px-3 py-2">
          <summary className="cursor-pointer text-sm font-medium text-brand-700">{correctLabel}</summary>
          <div className="mt-3">{correct}</div>
        </details>
        <details className="rounded-md border border-red-200 px-3 py-2">
          <summary className="cursor-pointer text-sm font-medium text-red-800">{removeLabel}</summary>
          <div className="mt-3">{remove}</div>
        </details>
      </CardBody>
    </Card>
  );
}
