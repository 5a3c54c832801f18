"use client";

import { signOut } from "next-auth/react";
import { useState } from "react";
import { Button, Spinner } from "./ui/button";

export function LogoutButton({ className }: { className?: string }) {
  const [pending, setPending] = useState(false);
  return (
    <Button
      variant="ghost"
      size="sm"
      className={className}
      disabled={pending}
      onClick={async () => {
        setPending(true);
        await signOut({ callbackUrl: "/login" });
      }}
    >
      {pending ? <Spinner /> : null}
      Keluar
    </Button>
  );
}
