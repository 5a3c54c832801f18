"use client";

import { describedBy, Field, Input, Select } from "@/components/ui/field";
import { FileChooser, MultipartForm } from "@/components/ui/multipart-form";
import { DOCUMENT_KINDS } from "@/lib/domain/enums";
import { DOCUMENT_KIND_LABEL } from "@/lib/domain/labels";

const NO_FILE = "Pilih berkas yang akan diunggah.";

/** Uploads a scanned SK, putusan or statement to the case: PDF, JPEG or PNG up to 10 MB. */
export function DocumentUpload({ clientId }: { clientId: string }) {
  return (
    <MultipartForm
      label="Unggah dokumen"
      url={`/api/clients/${clientId}/documents`}
      check={(fd) => {
        const file = fd.get("file");
        return file instanceof File && file.size > 0 ? null : { ok: false, error: NO_FILE, fieldErrors: { file: [NO_FILE] } };
      }}
      submitLabel="Unggah dokumen"
      pendingLabel="Mengunggah…"
      failedText="Unggahan gagal. Coba lagi."
      offlineText="Tidak ada koneksi. Berkas belum terunggah; coba lagi saat sinyal kembali."
    >
      {(err, resets) => (
        <>
          <div className="grid gap-3 sm:grid-cols-2">
            <Field id="docKind" label="Jenis dokumen" error={err("kind")}>
              <Select name="kind" defaultValue="SK" {...describedBy("docKind", err("kind"))}>
                {DOCUMENT_KINDS.map((k) => <option key={k} value={k}>{DOCUMENT_KIND_LABEL[k]}</option>)}
              </Select>
            </Field>
            <Field id="docTitle" label="Judul (opsional)" error={err("title")}>
              <Input name="title" placeholder="mis. SK PB No. PAS-1234.PK.01.05" {...describedBy("docTitle", err("title"))} />
            </Field>
          </div>
          <Field id="docFile" label="Berkas" hint="PDF, JPEG atau PNG, paling besar 10 MB." error={err("file")}>
            <FileChooser key={resets} id="docFile" name="file" error={err("file")} />
          </Field>
        </>
      )}
    </MultipartForm>
  );
}
