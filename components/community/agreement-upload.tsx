"use client";

import { describedBy, Field, Input } from "@/components/ui/field";
import { FileChooser, MultipartForm } from "@/components/ui/multipart-form";

/** Records a perjanjian kerja sama with its scanned document (PDF, JPEG or PNG, 10 MB). */
export function AgreementUpload({ partnerId }: { partnerId: string }) {
  return (
    <MultipartForm
      label="Catat perjanjian kerja sama"
      url={`/api/partners/${partnerId}/agreements`}
      submitLabel="Simpan perjanjian"
      pendingLabel="Menyimpan…"
      failedText="Penyimpanan gagal. Coba lagi."
      offlineText="Tidak ada koneksi. Perjanjian belum tersimpan; coba lagi saat sinyal kembali."
    >
      {(err, resets) => (
        <>
          <div className="grid gap-3 sm:grid-cols-3">
            <Field id="ag-number" label="Nomor perjanjian" error={err("number")}>
              <Input name="number" {...describedBy("ag-number", err("number"))} />
            </Field>
            <Field id="ag-signedOn" label="Tanggal perjanjian" error={err("signedOn")}>
              <Input type="date" name="signedOn" {...describedBy("ag-signedOn", err("signedOn"))} />
            </Field>
            <Field id="ag-expiresOn" label="Berlaku sampai" error={err("expiresOn")}>
              <Input type="date" name="expiresOn" {...describedBy("ag-expiresOn", err("expiresOn"))} />
            </Field>
          </div>
          <Field id="ag-note" label="Keterangan (opsional)" error={err("note")}>
            <Input name="note" placeholder="mis. ruang lingkup: pelatihan las dan penempatan kerja" {...describedBy("ag-note", err("note"))} />
          </Field>
          <Field id="ag-file" label="Dokumen perjanjian (opsional)" hint="PDF, JPEG atau PNG, paling besar 10 MB." error={err("file")}>
            <FileChooser key={resets} id="ag-file" name="file" error={err("file")} />
          </Field>
        </>
      )}
    </MultipartForm>
  );
}
