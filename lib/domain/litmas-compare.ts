// Comparing two saved versions of a litmas, section by section, word by word (decision 0023: the
// `diff` package's word diff, Myers' algorithm, rather than a hand-written one). Pure.
import { diffWordsWithSpace } from "diff";
import { LITMAS_SECTION_KEYS, type LitmasSectionKey, type LitmasSections } from "./litmas";

export type DiffPart = { kind: "same" | "added" | "removed"; text: string };

export interface SectionDiff {
  key: LitmasSectionKey;
  changed: boolean;
  parts: DiffPart[];
  /** Words added and removed, for the summary ("12 kata ditambah, 3 dihapus"). */
  added: number;
  removed: number;
}

const words = (s: string) => (s.match(/\S+/g) ?? []).length;

/** Word-level changes from `older` to `newer` of one text. */
export function diffText(older: string, newer: string): DiffPart[] {
  if (older === newer) return older ? [{ kind: "same", text: older }] : [];
  return diffWordsWithSpace(older, newer).map((c) => ({ kind: c.added ? "added" : c.removed ? "removed" : "same", text: c.value }));
}

/**
 * Every section that has text in either version (in the litmas' order), with its changes. An
 * unchanged section is kept (changed: false) so the page can fold it.
 */
export function compareSections(older: LitmasSections, newer: LitmasSections): SectionDiff[] {
  return LITMAS_SECTION_KEYS.filter((k) => older[k].trim() || newer[k].trim()).map((key) => {
    const parts = diffText(older[key], newer[key]);
    const count = (kind: DiffPart["kind"]) => parts.filter((p) => p.kind === kind).reduce((n, p) => n + words(p.text), 0);
    return { key, changed: older[key] !== newer[key], parts, added: count("added"), removed: count("removed") };
  });
}
