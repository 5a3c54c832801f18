import { buttonClass } from "./button";

/**
 * "Unduh CSV / Excel" for a list: the export route with the list's current filters (never a
 * cursor or a page's place: the file holds every page). Plain links, since the answer is a file.
 */
export function ExportLinks({ list, params = {}, label = "daftar ini" }: { list: string; params?: Record<string, string | number | undefined>; label?: string }) {
  const href = (format: "csv" | "xlsx") => {
    const qs = new URLSearchParams({ format });
    for (const [k, v] of Object.entries(params)) if (typeof v === "string" && v && k !== "after" && k !== "before") qs.set(k, v);
    return `/api/export/${list}?${qs}`;
  };
  return (
    <div className="flex flex-wrap items-center gap-2" role="group" aria-label={`Unduh ${label}`}>
      <a href={href("xlsx")} download className={buttonClass("secondary", "sm")}>Unduh Excel</a>
      <a href={href("csv")} download className={buttonClass("secondary", "sm")}>Unduh CSV</a>
    </div>
  );
}
