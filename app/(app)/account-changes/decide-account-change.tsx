"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { decideAccountChangeAction } from "@/app/(app)/admin/users/actions";
import { Alert } from "@/components/ui/alert";
import { Button, Spinner } from "@/components/ui/button";
import { Input } from "@/components/ui/field";

/** Confirm / refuse (the second person) or withdraw (the requester) a pending account change. */
export function DecideAccountChange({ changeId, version, mayConfirm, mayCancel }: { changeId: string; version: number; mayConfirm: boolean; mayCancel: boolean }) {
  const router = useRouter();
  const [note, setNote] = useState("");
  const [pending, setPending] = useState<string | null>(null);
  const [result, setResult] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  async function decide(decision: "CONFIRM" | "REFUSE" | "CANCEL") {
    setResult(null);
    setPending(decision);
    const res = await decideAccountChangeAction({ changeId, version, decision, note });
    setPending(null);
    if (!res.ok) return setResult({ tone: "error", text: res.fieldErrors?.note?.[0] ?? res.error });
    setResult({ tone: "success", text: res.message ?? "Tersimpan." });
    router.refresh();
  }
  const noteId = `note-${changeId}`;
  return (
    <div className="space-y-2">
      {result ? <Alert tone={result.tone}>{result.text}</Alert> : null}
      {mayConfirm ? (
        <div>
          <label htmlFor={noteId} className="sr-only">Catatan</label>
          <Input id={noteId} value={note} onChange={(e) => setNote(e.target.value)} placeholder="Catatan (mis. alasan menolak)" />
        </div>
      ) : null}
      <div className="flex flex-wrap gap-2">
        {mayConfirm ? (
          <>
            <Button size="sm" disabled={!!pending} onClick={() => decide("CONFIRM")}>{pending === "CONFIRM" ? <Spinner /> : null}Konfirmasi</Button>
            <Button size="sm" variant="secondary" disabled={!!pending} onClick={() => decide("REFUSE")}>{pending === "REFUSE" ? <Spinner /> : null}Tolak</Button>
          </>
        ) : null}
        {mayCancel ? <Button size="sm" variant="secondary" disabled={!!pending} onClick={() => decide("CANCEL")}>{pending === "CANCEL" ? <Spinner /> : null}Batalkan permintaan</Button> : null}
      </div>
    </div>
  );
}
