"use client";

import * as AlertDialog from "@radix-ui/react-alert-dialog";
import { signOut } from "next-auth/react";
import { useState } from "react";
import { purgeOfflinePages, useOffline } from "./offline/offline-provider";
import { Button, Spinner } from "./ui/button";

/** Logs out and empties the offline page cache. Unsent entries stay on the device for their owner only, after a warning. */
export function LogoutButton({ className }: { className?: string }) {
  const [pending, setPending] = useState(false);
  const offline = useOffline();
  const waiting = offline?.entries.filter((e) => !e.rejected).length ?? 0;
  const logout = async () => {
    setPending(true);
    await purgeOfflinePages();
    await signOut({ callbackUrl: "/login" });
  };
  const label = (
    <>
      {pending ? <Spinner /> : null}
      Keluar
    </>
  );
  if (waiting === 0) {
    return (
      <Button variant="ghost" size="sm" className={className} disabled={pending} onClick={() => void logout()}>
        {label}
      </Button>
    );
  }
  return (
    <AlertDialog.Root>
      <AlertDialog.Trigger asChild>
        <Button variant="ghost" size="sm" className={className} disabled={pending}>{label}</Button>
      </AlertDialog.Trigger>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="fixed inset-0 z-[60] bg-slate-900/40" />
        <AlertDialog.Content className="fixed left-1/2 top-1/2 z-[70] w-[calc(100vw-2rem)] max-w-md -translate-x-1/2 -translate-y-1/2 rounded-lg bg-white p-5 shadow-xl">
          <AlertDialog.Title className="text-lg font-semibold text-slate-900">{waiting} catatan belum terkirim</AlertDialog.Title>
          <AlertDialog.Description className="mt-1 text-sm text-slate-700">
            Catatan tetap tersimpan di perangkat ini, hanya untuk akun Anda, dan terkirim saat Anda masuk kembali. Pengguna lain di perangkat ini tidak dapat melihatnya.
          </AlertDialog.Description>
          <div className="mt-4 flex flex-wrap justify-end gap-2">
            <AlertDialog.Cancel asChild><Button type="button" variant="secondary">Batal</Button></AlertDialog.Cancel>
            <AlertDialog.Action asChild>
              <Button type="button" onClick={() => void logout()}>Tetap keluar</Button>
            </AlertDialog.Action>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
