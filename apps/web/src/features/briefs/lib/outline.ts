/** The brief's flat, position-ordered section list as a tree (parents group, leaves hold text). */
export type OutlineInput = {
  id: string;
  parentId: string | null;
  position: number;
  isLeaf: boolean;
  filled: boolean;
};
export type OutlineNode<T extends OutlineInput> = T & { children: OutlineNode<T>[] };

export function buildOutline<T extends OutlineInput>(sections: readonly T[]): OutlineNode<T>[] {
  const sorted = [...sections].sort((a, b) => a.position - b.position);
  const nodes: OutlineNode<T>[] = sorted.map((s) => ({ ...s, children: [] }));
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const roots: OutlineNode<T>[] = [];
  for (const node of nodes) {
    const parent = node.parentId ? byId.get(node.parentId) : undefined;
    // An orphan (parent missing) still shows, at the top level, rather than vanishing.
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

/** The first section with text to write, in reading order. */
export function firstLeaf<T extends OutlineInput>(sections: readonly T[]): T | undefined {
  return [...sections].sort((a, b) => a.position - b.position).find((s) => s.isLeaf);
}

/**
 * The leaves up to `reach` before and after `activeKey` in reading order, nearest first: where
 * someone goes next, so the outline fetches those sections ahead of the click.
 */
export function neighbourLeaves<T extends OutlineInput & { key: string }>(
  sections: readonly T[],
  activeKey: string | null,
  reach = 1,
): string[] {
  const leaves = [...sections].sort((a, b) => a.position - b.position).filter((s) => s.isLeaf);
  const at = leaves.findIndex((s) => s.key === activeKey);
  if (at < 0) return [];
  const near = Array.from({ length: reach }, (_, i) => [leaves[at - i - 1], leaves[at + i + 1]]).flat();
  return near.flatMap((s) => (s ? [s.key] : []));
}

export function completeness(sections: readonly OutlineInput[]): { filled: number; total: number } {
  const leaves = sections.filter((s) => s.isLeaf);
  return { filled: leaves.filter((s) => s.filled).length, total: leaves.length };
}

/**
 * The outline narrowed to titles containing every typed word (case- and accent-insensitive): a
 * matching section keeps its whole subtree, and every match keeps the parents above it, so
 * the tree still says where a section sits. A blank filter keeps everything.
 */
export function filterOutline<T extends OutlineInput & { title: string }>(
  tree: readonly OutlineNode<T>[],
  filter: string,
): OutlineNode<T>[] {
  const words = fold(filter).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...tree];
  const matches = (title: string) => {
    const folded = fold(title);
    return words.every((w) => folded.includes(w));
  };
  const visit = (nodes: readonly OutlineNode<T>[]): OutlineNode<T>[] =>
    nodes.flatMap((node) => {
      if (matches(node.title)) return [node];
      const children = visit(node.children);
      return children.length > 0 ? [{ ...node, children }] : [];
    });
  return visit(tree);
}

const fold = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
