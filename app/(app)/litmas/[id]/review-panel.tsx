"use client";

import * as AlertDialog from "@radix-ui/react-alert-dialog";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClass, Spinner } from "@/components/ui/button";
import { Field, Textarea } from "@/components/ui/field";
import { approveLitmasAction, returnLitmasAction } from "../actions";

/** The Kepala's review: return with notes, or approve (locks the report and gives it a number). */
/** `approvable` false: the report may be returned but not approved yet (an integrasi litmas awaiting its sidang TPP). */
export function ReviewPanel({ litmasId, version, approvable = true }: { litmasId: string; version: number; approvable?: boolean }) {
  const router = useRouter();
  const [notes, setNotes] = useState("");
  const [msg, setMsg] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [notesError, setNotesError] = useState<string | undefined>();
  const [pending, start] = useTransition();
  const [which, setWhich] = useState<"return" | "approve" | null>(null);
  const [open, setOpen] = useState(false);

  const doReturn = () => {
    setMsg(null);
    setNotesError(undefined);
    setWhich("return");
    start(async () => {
      const res = await returnLitmasAction({ litmasId, version, notes });
      if (res.ok) router.refresh();
      else {
        setNotesError(res.fieldErrors?.notes?.[0]);
        setMsg({ tone: "error", text: res.error });
      }
    });
  };
  const doApprove = () => {
    setMsg(null);
    setWhich("approve");
    start(async () => {
      const res = await approveLitmasAction({ litmasId, version });
      setOpen(false);
      if (res.ok) router.refresh();
      else setMsg({ tone: "error", text: res.error });
    });
  };

  return (
    <div className="space-y-3">
      {msg ? <Alert tone={msg.tone}>{msg.text}</Alert> : null}
      <Field id="review-notes" label="Catatan perbaikan" hint="Wajib diisi bila litmas dikembalikan." error={notesError}>
        <Textarea id="review-notes" rows={4} value={notes} onChange={(e) => setNotes(e.target.value)} aria-invalid={notesError ? true : undefined} aria-describedby={notesError ? "review-notes-error" : "review-notes-hint"} />
      </Field>
      <div className="flex flex-wrap gap-2">
        <Button type="button" variant="secondary" disabled={pending} onClick={doReturn}>
          {pending && which === "return" ? <Spinner /> : null}
          {pending && which === "return" ? "Menyimpan…" : "Kembalikan untuk perbaikan"}
        </Button>
        <AlertDialog.Root open={open} onOpenChange={setOpen}>
          <AlertDialog.Trigger asChild>
            <Button type="button" disabled={pending || !approvable} title={approvable ? undefined : "Menunggu sidang TPP"}>Setujui litmas</Button>
          </AlertDialog.Trigger>
          <AlertDialog.Portal>
            <AlertDialog.Overlay className="fixed inset-0 z-40 bg-slate-900/40" />
            <AlertDialog.Content className="fixed left-1/2 top-1/2 z-50 w-[calc(100%-2rem)] max-w-md -translate-x-1/2 -translate-y-1/2 rounded-lg bg-white p-5 shadow-xl">
              <AlertDialog.Title className="text-base font-semibold text-slate-900">Setujui litmas ini?</AlertDialog.Title>
              <AlertDialog.Description className="mt-2 text-sm text-slate-600">
                Laporan akan dikunci, diberi nomor litmas kantor dan dapat dicetak. Setelah disetujui, naskah tidak dapat diubah lagi.
              </AlertDialog.Description>
              <div className="mt-4 flex justify-end gap-2">
                <AlertDialog.Cancel className={buttonClass("ghost")}>Batal</AlertDialog.Cancel>
                <Button type="button" disabled={pending} onClick={doApprove}>
                  {pending && which === "approve" ? <Spinner /> : null}
                  {pending && which === "approve" ? "Menyetujui…" : "Ya, setujui"}
                </Button>
              </div>
            </AlertDialog.Content>
          </AlertDialog.Portal>
        </AlertDialog.Root>
      </div>
    </div>
  );
}
