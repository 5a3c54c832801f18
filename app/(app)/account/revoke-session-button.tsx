"use client";

import { useState, useTransition } from "react";
import { Button, Spinner } from "@/components/ui/button";
import { revokeSessionAction } from "./actions";

export function RevokeSessionButton({ sessionId }: { sessionId: string }) {
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="text-right">
      <Button
        variant="secondary"
        size="sm"
        disabled={pending}
        onClick={() =>
          start(async () => {
            const res = await revokeSessionAction(sessionId);
            setError(res.ok ? null : res.error);
          })
        }
      >
        {pending ? <Spinner /> : null}
        Akhiri sesi
      </Button>
      {error ? <p role="alert" className="mt-1 text-xs text-red-700">{error}</p> : null}
    </div>
  );
}
