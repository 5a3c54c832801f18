"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { Button, Spinner } from "@/components/ui/button";
import { recordArrivalAction } from "./actions";

/**
 * One tap at the desk: the client has arrived. Says it in words once done (the row then shows
 * "Sudah lapor" after the refresh); a second tap answers "Sudah tercatat" without a second record.
 */
export function ArrivalButton({ clientId, dueOn, name }: { clientId: string; dueOn: string; name: string }) {
  const [pending, start] = useTransition();
  const [state, setState] = useState<{ ok: boolean; text: string } | null>(null);
  const router = useRouter();
  return (
    <div className="relative z-10">
      <Button
        size="sm"
        disabled={pending || state?.ok}
        aria-label={`Catat hadir ${name}`}
        onClick={() =>
          start(async () => {
            const res = await recordArrivalAction({ clientId, dueOn });
            setState(res.ok ? { ok: true, text: res.message ?? "Lapor diri tercatat." } : { ok: false, text: res.error });
            if (res.ok) router.refresh();
          })
        }
      >
        {pending ? <Spinner /> : null}
        {pending ? "Mencatat…" : "Catat hadir"}
      </Button>
      <p role="status" className={`mt-1 text-xs ${state?.ok === false ? "text-red-700" : "text-emerald-800"}`}>{state?.text ?? ""}</p>
    </div>
  );
}
