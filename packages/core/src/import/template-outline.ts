import { defined } from "../defined.ts";
/** A template section as the importer needs it: the rows of TemplateSection, or flattenTemplate's. */
export type OutlineSection = { key: string; title: string; parentKey: string | null; position: number };

export type TemplateOutline = {
  /** In template (pre-order) order. */
  sections: (OutlineSection & { isLeaf: boolean; depth: number })[];
  position(key: string): number;
  isLeaf(key: string): boolean;
  /** The section itself when it is a leaf, else its first leaf below (where text under a parent goes). */
  leafFor(key: string): string;
  firstLeaf: string;
};

/** Indexes a template's sections by key, with depth, leafness and first leaves. */
export function templateOutline(rows: readonly OutlineSection[]): TemplateOutline {
  const ordered = [...rows].sort((a, b) => a.position - b.position);
  const parents = new Set(ordered.map((s) => s.parentKey).filter((k): k is string => k !== null));
  const byKey = new Map<string, OutlineSection & { isLeaf: boolean; depth: number }>();
  const sections = ordered.map((s, position) => {
    const depth = s.parentKey ? (byKey.get(s.parentKey)?.depth ?? 0) + 1 : 1;
    const section = { ...s, position, isLeaf: !parents.has(s.key), depth };
    byKey.set(s.key, section);
    return section;
  });
  const get = (key: string) => {
    const section = byKey.get(key);
    if (!section) throw new Error(`Unknown template section ${key}`);
    return section;
  };
  const leafFor = (key: string): string => {
    const section = get(key);
    if (section.isLeaf) return key;
    // Pre-order: the first leaf after a parent is its first leaf.
    return defined(
      sections.find((s) => s.position > section.position && s.isLeaf),
      "first leaf",
    ).key;
  };
  const first = sections.find((s) => s.isLeaf);
  if (!first) throw new Error("The template has no sections");
  return {
    sections,
    position: (key) => get(key).position,
    isLeaf: (key) => get(key).isLeaf,
    leafFor,
    firstLeaf: first.key,
  };
}
