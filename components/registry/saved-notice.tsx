"use client";

import { useSearchParams } from "next/navigation";
import { Alert } from "@/components/ui/alert";

const MESSAGES: Record<string, string> = {
  baru: "Klien berhasil didaftarkan.",
  ubah: "Perubahan data klien disimpan.",
  status: "Status klien diubah.",
  tugas: "Penugasan PK disimpan.",
};

/** Confirms the last action after a redirect (?saved=...). */
export function SavedNotice() {
  const saved = useSearchParams().get("saved");
  const text = saved ? MESSAGES[saved] : null;
  return text ? <Alert tone="success" className="mb-4">{text}</Alert> : null;
}
