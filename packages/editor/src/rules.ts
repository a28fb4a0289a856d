import { Mark, type NodeType, type Node as PMNode } from "@tiptap/pm/model";
import { HEADING_LEVELS } from "./extensions.ts";
import { hrefProblem } from "./href.ts";

/**
 * Checks on a document ProseMirror has already built. `node.check()` would catch most structural
 * errors too, but its messages ("Invalid content for node paragraph: <table(...)>") mean nothing
 * to the person whose save was refused. These say what is wrong in schema terms.
 */

/** The first structural problem in `doc`, e.g. "paragraph cannot contain table", or null. */
export function structureProblem(doc: PMNode): string | null {
  return nodeStructureProblem(doc) ?? firstInDescendants(doc, nodeStructureProblem);
}

/** The first attribute problem (heading levels, link targets, cell spans…), or null. */
export function attributeProblem(doc: PMNode): string | null {
  return firstInDescendants(doc, nodeAttributeProblem);
}

function nodeStructureProblem(node: PMNode): string | null {
  const parent = node.type.name;
  let match = node.type.contentMatch;
  for (let index = 0; index < node.childCount; index++) {
    const child = node.child(index);
    const next = match.matchType(child.type);
    if (!next) {
      // Allowed somewhere but not here (a list item must start with a paragraph): say where.
      const where = allowedChildren(node.type).has(child.type.name) ? ` at position ${index + 1}` : "";
      return `${parent} cannot contain ${child.type.name}${where}`;
    }
    if (!node.type.allowsMarks(child.marks)) {
      return `${parent} does not allow ${markNames(child.marks)} on its ${child.type.name}`;
    }
    if (!isCoherentMarkSet(child.marks)) {
      return `${markNames(child.marks)} cannot be combined on one ${child.type.name}`;
    }
    match = next;
  }
  if (!match.validEnd) {
    const expected = match.defaultType?.name ?? "more content";
    return `${parent} is missing required content (expected ${expected})`;
  }
  return null;
}

/** Every child type the content expression admits anywhere, by walking its automaton. */
function allowedChildren(type: NodeType): Set<string> {
  const names = new Set<string>();
  const seen = new Set([type.contentMatch]);
  const queue = [type.contentMatch];
  for (let match = queue.pop(); match; match = queue.pop()) {
    for (let i = 0; i < match.edgeCount; i++) {
      const edge = match.edge(i);
      names.add(edge.type.name);
      if (!seen.has(edge.next)) {
        seen.add(edge.next);
        queue.push(edge.next);
      }
    }
  }
  return names;
}

/** Duplicates, or marks that exclude each other (inline code excludes all others). */
function isCoherentMarkSet(marks: readonly Mark[]): boolean {
  let set: readonly Mark[] = Mark.none;
  for (const mark of marks) set = mark.addToSet(set);
  return Mark.sameSet(set, marks);
}

/** Returns what is wrong with the value ("must be …"), or null. */
type AttrRule = (value: unknown) => string | null;

const nullableString: AttrRule = (v) => (v === null || typeof v === "string" ? null : "must be text or null");
const span: AttrRule = (v) =>
  Number.isSafeInteger(v) && (v as number) >= 1 ? null : "must be a whole number ≥ 1";
const CELL_RULES: Record<string, AttrRule> = {
  colspan: span,
  rowspan: span,
  colwidth: (v) =>
    v === null || (Array.isArray(v) && v.every((w) => typeof w === "number" && Number.isFinite(w) && w >= 0))
      ? null
      : "must be null or a list of widths",
  align: (v) =>
    v === null || v === "left" || v === "center" || v === "right" ? null : "must be left, center or right",
};

const NODE_RULES: Record<string, Record<string, AttrRule>> = {
  heading: {
    level: (v) =>
      HEADING_LEVELS.some((l) => l === v) ? null : `must be one of ${HEADING_LEVELS.join(", ")}`,
  },
  orderedList: {
    start: (v) => (Number.isSafeInteger(v) ? null : "must be a whole number"),
    type: nullableString,
  },
  codeBlock: { language: nullableString },
  tableCell: CELL_RULES,
  tableHeader: CELL_RULES,
};

const MARK_RULES: Record<string, Record<string, AttrRule>> = {
  link: { target: nullableString, rel: nullableString, class: nullableString, title: nullableString },
};

// Attributes without a rule (added by a future extension) must at least be plain values, so nothing
// structured slips through to renderers unnoticed.
const plainValue: AttrRule = (v) =>
  v === null || ["string", "number", "boolean"].includes(typeof v) ? null : "must be a plain value";

function nodeAttributeProblem(node: PMNode): string | null {
  const problem = attrsProblem(node.type.name, node.attrs, NODE_RULES[node.type.name]);
  if (problem) return problem;
  for (const mark of node.marks) {
    // The href is the one attribute that can execute code, so it gets the full policy.
    if (mark.type.name === "link") {
      const href = hrefProblem(mark.attrs.href);
      if (href) return href;
    }
    const markProblem = attrsProblem(mark.type.name, mark.attrs, MARK_RULES[mark.type.name]);
    if (markProblem) return markProblem;
  }
  return null;
}

function attrsProblem(
  owner: string,
  attrs: Record<string, unknown>,
  rules: Record<string, AttrRule> | undefined,
): string | null {
  for (const [name, value] of Object.entries(attrs)) {
    if (owner === "link" && name === "href") continue;
    const problem = (rules?.[name] ?? plainValue)(value);
    if (problem) return `${owner} ${name} ${problem} (got ${describe(value)})`;
  }
  return null;
}

function firstInDescendants(doc: PMNode, check: (node: PMNode) => string | null): string | null {
  let found: string | null = null;
  doc.descendants((node) => {
    if (found === null) found = check(node);
    return found === null;
  });
  return found;
}

function markNames(marks: readonly Mark[]): string {
  return marks.map((m) => m.type.name).join(" + ");
}

/** A short, safe rendering of an arbitrary value for error messages. */
export function describe(value: unknown): string {
  if (Array.isArray(value)) return "a list";
  if (typeof value === "string")
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value);
  if (typeof value === "object" && value !== null) return "an object";
  if (typeof value === "function" || typeof value === "symbol") return `a ${typeof value}`;
  return String(value);
}
