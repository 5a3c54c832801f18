"use client";

import { useEffect, useRef } from "react";
import { Input } from "@/components/ui/field";
import { nikIn } from "@/lib/domain/nik";

export const NIK_SEARCH_EVENT = "bimbing:nik-search";

/**
 * The name / number box of a GET filter form. A NIK typed into it never reaches the URL: the
 * submit is stopped, the box emptied, and the NIK handed to the NIK search (a POST) on the page.
 * Without JavaScript the page itself drops a NIK from the URL (clients/(list)/page.tsx).
 */
export function SearchField(props: { id: string; defaultValue: string; placeholder: string; className?: string }) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const input = ref.current;
    const form = input?.form;
    if (!input || !form) return;
    const onSubmit = (e: SubmitEvent) => {
      const nik = nikIn(input.value);
      if (!nik) return;
      e.preventDefault();
      input.value = "";
      window.dispatchEvent(new CustomEvent(NIK_SEARCH_EVENT, { detail: nik }));
    };
    form.addEventListener("submit", onSubmit);
    return () => form.removeEventListener("submit", onSubmit);
  }, []);
  return <Input ref={ref} name="q" type="search" autoComplete="off" {...props} />;
}
