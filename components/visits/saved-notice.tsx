"use client";

import { useSearchParams } from "next/navigation";
import { Alert } from "@/components/ui/alert";

export function SavedNotice() {
  const params = useSearchParams();
  return params.get("kontak") === "tersimpan" ? <Alert tone="success" className="mb-3">Kontak tersimpan di buku perkembangan bimbingan.</Alert> : null;
}
