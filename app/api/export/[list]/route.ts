import { exportFileName, toCsv } from "@/lib/domain/export";
import { getActor } from "@/lib/server/auth";
import { clientIp } from "@/lib/server/client-ip";
import { AppError } from "@/lib/server/errors";
import { EXPORT_LISTS, exportList, type ExportList } from "@/lib/server/export/lists";
import { renderXlsx } from "@/lib/server/export/xlsx";
import { routeHandler } from "@/lib/server/route";

export const dynamic = "force-dynamic";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * A list as CSV or Excel (`?format=csv|xlsx` plus the list's own filters), through the list's
 * query: the same permission, office and case scope. A role without the list's permission gets 404.
 */
export const GET = routeHandler(async (req: Request, { params }: { params: Promise<{ list: string }> }) => {
  const user = await getActor();
  if (!user) return new Response("Silakan masuk terlebih dahulu.", { status: 401 });
  const { list } = await params;
  if (!(EXPORT_LISTS as readonly string[]).includes(list)) return new Response("Daftar tidak dikenal.", { status: 404 });
  const url = new URL(req.url);
  const format = url.searchParams.get("format") === "xlsx" ? "xlsx" : "csv";
  const filters = Object.fromEntries([...url.searchParams].filter(([k]) => k !== "format"));
  try {
    const { table, fileDay } = await exportList(user, list as ExportList, filters, format, { ip: clientIp(req.headers) });
    const body = format === "xlsx" ? new Uint8Array(await renderXlsx([table])) : toCsv(table);
    return new Response(body, {
      headers: {
        "Content-Type": format === "xlsx" ? XLSX_TYPE : "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${exportFileName(list, fileDay, format)}"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (e) {
    if (e instanceof AppError && e.code === "FORBIDDEN") return new Response("Daftar tidak ditemukan.", { status: 404 });
    throw e;
  }
});
