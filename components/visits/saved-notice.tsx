"use client";

import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { Alert } from "@/components/ui/alert";

const ID = /^[a-z0-9]{10,40}$/i;

/** What the last form saved, with a link to it: a contact, or a violation and the revocation it opened. */
export function SavedNotice() {
  const params = useSearchParams();
  if (params.get("kontak") === "tersimpan") return <Alert tone="success" className="mb-3">Kontak tersimpan di buku perkembangan bimbingan.</Alert>;
  const violation = params.get("pelanggaran");
  const revocation = params.get("pencabutan");
  if (violation && ID.test(violation)) {
    return (
      <Alert tone="success" className="mb-3">
        Pelanggaran tercatat. <Link href={`/violations/${violation}`} className="font-medium underline">Buka pelanggaran</Link>
        {revocation && ID.test(revocation) ? <> · Usulan pencabutan dibuka: <Link href={`/violations/revocations/${revocation}`} className="font-medium underline">buka proses pencabutan</Link></> : null}
      </Alert>
    );
  }
  return null;
}
