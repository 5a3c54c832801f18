import { Children, cloneElement, isValidElement, type ReactElement, type ReactNode } from "react";
import { cn } from "./cn";

/**
 * The one list pattern (docs/ui-patterns.md, "Daftar"): a table on a wide screen; below `md` the same
 * rows become cards, by CSS only (`.table-cards` in app/globals.css). Each row is drawn once. On a
 * phone every cell shows its column's heading before its value (`data-label`, filled in here from the
 * `<Th>` texts, or given with `<Td label>`), so no column is hidden or cut off. A heading that is only
 * `sr-only` text (the action column, "Tindakan") gives a cell without a visible label.
 *
 * The wrapper is `relative` (its sr-only spans stay inside) and, being a scroll region on a wide
 * table, focusable with a name (role=region, tabIndex=0, aria-label = the caption).
 *
 * `cards={false}` keeps a real table on a phone (a small grid of numbers that fits, e.g. a chart's
 * data table); it then scrolls inside its focusable wrapper rather than widening the page.
 */
export function Table({ caption, children, className, cards = true }: { caption?: string; children: ReactNode; className?: string; cards?: boolean }) {
  const labels = cards ? headingLabels(children) : [];
  const body = cards ? labelRows(children, labels) : children;
  return (
    <div className={cn("relative max-w-full overflow-x-auto", cards && "table-cards", className)} role="region" aria-label={caption ?? "Tabel"} tabIndex={0}>
      <table role={cards ? "table" : undefined} className="data-table min-w-full divide-y divide-slate-200 text-sm">
        {caption ? <caption className="sr-only">{caption}</caption> : null}
        {body}
      </table>
    </div>
  );
}

export function Th({ className, ...props }: React.ThHTMLAttributes<HTMLTableCellElement>) {
  // The cell styles are `.data-table th/td` in app/globals.css, once, not a class string on every cell:
  // a 25-row list sends each cell twice (HTML and the page data), so it adds up.
  return <th scope="col" role="columnheader" className={className} {...props} />;
}

/** `label`: the column's name shown before the value on a phone; filled in by `<Table>` when omitted. */
export function Td({ className, label, ...props }: React.TdHTMLAttributes<HTMLTableCellElement> & { label?: string }) {
  return <td role="cell" data-label={label || undefined} className={className} {...props} />;
}

type AnyProps = { children?: ReactNode; className?: string; colSpan?: number; label?: string; "data-label"?: string };

function textOf(node: ReactNode): string {
  if (node == null || typeof node === "boolean") return "";
  if (typeof node === "string" || typeof node === "number") return String(node);
  if (Array.isArray(node)) return node.map(textOf).join("");
  if (isValidElement<AnyProps>(node)) {
    // Text only a screen reader hears (the action column) is no visible label.
    if (typeof node.props.className === "string" && /\bsr-only\b/.test(node.props.className)) return "";
    return textOf(node.props.children);
  }
  return "";
}

function isElement(node: ReactNode, type: string): node is ReactElement<AnyProps> {
  return isValidElement(node) && node.type === type;
}

/** The visible heading texts of the first `<thead>` row, one per column (a colSpan repeats its text). */
function headingLabels(children: ReactNode): string[] {
  const labels: string[] = [];
  Children.forEach(children, (section) => {
    if (labels.length > 0 || !isElement(section, "thead")) return;
    let done = false;
    Children.forEach(section.props.children, (row) => {
      if (done || !isElement(row, "tr")) return;
      done = true;
      Children.forEach(row.props.children, (cell) => {
        if (!isValidElement<AnyProps>(cell)) return;
        const span = Math.max(1, Number(cell.props.colSpan ?? 1));
        const text = textOf(cell.props.children).trim();
        for (let i = 0; i < span; i++) labels.push(text);
      });
    });
  });
  return labels;
}

function labelRows(children: ReactNode, labels: string[]): ReactNode {
  if (labels.length === 0) return children;
  return Children.map(children, (section) => {
    if (isElement(section, "thead")) return cloneElement(section, { role: "rowgroup" } as AnyProps);
    if (!isElement(section, "tbody") && !isElement(section, "tfoot")) return section;
    return cloneElement(section, { role: "rowgroup" } as AnyProps, Children.map(section.props.children, (row) => labelRow(row, labels)));
  });
}

function labelRow(row: ReactNode, labels: string[]): ReactNode {
  if (Array.isArray(row)) return row.map((r) => labelRow(r, labels));
  if (!isElement(row, "tr")) return row;
  let col = 0;
  const cells = Children.map(row.props.children, (cell) => {
    if (!isValidElement<AnyProps>(cell)) return cell;
    const label = labels[col] ?? "";
    col += Math.max(1, Number(cell.props.colSpan ?? 1));
    if (cell.type === Td) return cell.props.label !== undefined ? cell : cloneElement(cell, { label });
    if (cell.type === "td" || cell.type === "th") return cell.props["data-label"] !== undefined ? cell : cloneElement(cell, { "data-label": label || undefined } as AnyProps);
    return cell;
  });
  return cloneElement(row, { role: "row" } as AnyProps, cells);
}
