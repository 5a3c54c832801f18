import Link from "next/link";
import { Table, Td, Th } from "@/components/ui/table";

// A horizontal bar chart drawn on the server as SVG (decision 12): no chart JavaScript reaches the
// phone. Each row is a label with one bar per series; a bar with an href links to the list it
// counts. The same figures follow as a table, for screen readers and for copying.

export interface ChartSeries {
  name: string;
  /** A Tailwind fill class, e.g. "fill-brand-700". */
  fill: string;
  /** The same colour for the legend swatch, e.g. "bg-brand-700". */
  swatch: string;
}

export interface ChartRow {
  label: string;
  values: number[];
  /** Where each value's list is (one per series, or one for the row). */
  hrefs?: (string | undefined)[];
  /** Shown instead of the number (e.g. "50% (1 dari 2)"). */
  display?: string[];
}

const W = 360;
const LABEL_H = 18;
const BAR_H = 14;
const GAP = 4;
const ROW_GAP = 10;
const VALUE_W = 78;

export function BarChart({ id, title, rows, series, max, unit = "", labelWidth, emptyText = "Belum ada data untuk periode ini." }: {
  id: string; title: string; rows: ChartRow[]; series: ChartSeries[]; max?: number; unit?: string;
  /** Short labels (months) go left of the bars in this many units; long ones above. */
  labelWidth?: number; emptyText?: string;
}) {
  if (rows.length === 0) return <p className="px-4 py-4 text-sm text-slate-600 sm:px-5">{emptyText}</p>;
  const top = max ?? Math.max(1, ...rows.flatMap((r) => r.values));
  const labelH = labelWidth ? 0 : LABEL_H;
  const x0 = labelWidth ?? 0;
  const barsH = series.length * (BAR_H + GAP);
  const rowH = labelH + barsH + (labelWidth ? ROW_GAP / 2 : ROW_GAP);
  const height = rows.length * rowH;
  const track = W - VALUE_W - x0;
  const barW = (v: number) => (v <= 0 ? 0 : Math.max(2, (v / top) * track));
  const shown = (r: ChartRow, i: number) => r.display?.[i] ?? `${r.values[i]}${unit}`;
  return (
    <div className="@container px-4 py-4 sm:px-5"><div className="grid gap-4 @2xl:grid-cols-2">
      <div>
        {series.length > 1 ? (
          <ul className="mb-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700" aria-label={`Keterangan ${title}`}>
            {series.map((s) => <li key={s.name} className="flex items-center gap-1.5"><span className={`inline-block size-3 rounded-sm ${s.swatch}`} aria-hidden="true" />{s.name}</li>)}
          </ul>
        ) : null}
        <svg viewBox={`0 0 ${W} ${height}`} width={W} height={height} aria-labelledby={`${id}-svg-title`} className="block h-auto max-w-full overflow-visible">
          <title id={`${id}-svg-title`}>{`Grafik: ${title}`}</title>
          {rows.map((r, ri) => {
            const y0 = ri * rowH;
            return (
              <g key={r.label}>
                <text x={0} y={labelWidth ? y0 + barsH / 2 + 3 : y0 + 13} className="chart-label">{r.label}</text>
                {series.map((s, si) => {
                  const y = y0 + labelH + si * (BAR_H + GAP);
                  const bar = (
                    <>
                      <rect x={x0} y={y} width={track} height={BAR_H} rx={2} className="chart-track" />
                      <rect x={x0} y={y} width={barW(r.values[si])} height={BAR_H} rx={2} className={s.fill} />
                      <text x={x0 + barW(r.values[si]) + 6} y={y + 11.5} className="chart-value">{shown(r, si)}</text>
                    </>
                  );
                  const href = r.hrefs?.[si] ?? (r.hrefs?.length === 1 ? r.hrefs[0] : undefined);
                  const name = `${r.label}${series.length > 1 ? `, ${s.name}` : ""}: ${shown(r, si)}`;
                  return href ? (
                    <a key={s.name} href={href} aria-label={name} className="chart-bar">{bar}</a>
                  ) : (
                    <g key={s.name} aria-label={name} role="img">{bar}</g>
                  );
                })}
              </g>
            );
          })}
        </svg>
      </div>
      <Table caption={`Tabel: ${title}`} className="self-start">
        <thead>
          <tr>
            <Th>Uraian</Th>
            {series.map((s) => <Th key={s.name} className="text-right">{s.name}</Th>)}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((r) => (
            <tr key={r.label}>
              <Td>{r.hrefs?.length === 1 && r.hrefs[0] ? <Link href={r.hrefs[0]} className="text-brand-700 hover:underline">{r.label}</Link> : r.label}</Td>
              {series.map((s, i) => <Td key={s.name} className="text-right tabular-nums">{shown(r, i)}</Td>)}
            </tr>
          ))}
        </tbody>
      </Table>
    </div></div>
  );
}
