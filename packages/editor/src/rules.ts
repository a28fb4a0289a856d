import { textProblem } from "@dossier/schema";
import { Mark, type NodeType, type Node as PMNode } from "@tiptap/pm/model";
import { HEADING_LEVELS } from "./extensions.ts";
import { hrefProblem } from "./href.ts";
import { MAX_LINK_TITLE_LENGTH } from "./link.ts";

/**
 * Checks on a document ProseMirror has already built. `node.check()` would catch most structural
 * errors too, but its messages ("Invalid content for node paragraph: <table(...)>") mean nothing
 * to the person whose save was refused. These say what is wrong in schema terms.
 */

/** The first structural problem in `doc`, e.g. "paragraph cannot contain table", or null. */
export function structureProblem(doc: PMNode): string | null {
  return nodeStructureProblem(doc) ?? firstInDescendants(doc, nodeStructureProblem);
}

/** The first attribute or text problem (heading levels, link targets, NUL in text…), or null. */
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

// Every attribute of every node and mark in the schema has a rule here, and each rule admits a
// closed set of values (a list, or a bounded number, or text of a fixed shape). Renderers turn
// attributes into HTML attributes, so anything looser is a way to style or script another reader's
// page. An attribute without a rule is refused (see `missingRule`), so a new extension can't add an
// unchecked one; the schema test lists them all.

const MAX_SPAN = 100;
const MAX_COLUMN_WIDTH = 10_000;
const MAX_LIST_START = 100_000;

const oneOf =
  (values: readonly unknown[], label: string): AttrRule =>
  (v) =>
    values.includes(v) ? null : `must be ${label}`;

const wholeNumber =
  (min: number, max: number): AttrRule =>
  (v) =>
    Number.isSafeInteger(v) && (v as number) >= min && (v as number) <= max
      ? null
      : `must be a whole number from ${min} to ${max.toLocaleString("en-US")}`;

/** Text that PostgreSQL can store, up to `max` characters, optionally of a fixed shape. */
const storableText =
  (max: number, shape?: RegExp): AttrRule =>
  (v) => {
    if (v === null) return null;
    if (typeof v !== "string") return "must be text or null";
    const problem = textProblem(v);
    if (problem) return problem;
    if (v.length > max) return `must be at most ${max} characters`;
    if (shape && !shape.test(v)) return "has a form that isn't allowed";
    return null;
  };

const span = wholeNumber(1, MAX_SPAN);
const CELL_RULES: Record<string, AttrRule> = {
  colspan: span,
  rowspan: span,
  // Tables are not resizable (see extensions.ts), but pasted HTML may carry widths.
  colwidth: (v) =>
    v === null ||
    (Array.isArray(v) &&
      v.length <= MAX_SPAN &&
      v.every((w) => Number.isSafeInteger(w) && w >= 0 && w <= MAX_COLUMN_WIDTH))
      ? null
      : `must be null or a list of widths from 0 to ${MAX_COLUMN_WIDTH.toLocaleString("en-US")}`,
  align: oneOf([null, "left", "center", "right"], "left, center or right"),
};

export const NODE_RULES: Record<string, Record<string, AttrRule>> = {
  heading: { level: oneOf(HEADING_LEVELS, `one of ${HEADING_LEVELS.join(", ")}`) },
  orderedList: {
    start: wholeNumber(0, MAX_LIST_START),
    // HTML's <ol type>: decimal, letters, roman numerals.
    type: oneOf([null, "1", "a", "A", "i", "I"], 'one of "1", "a", "A", "i", "I" or null'),
  },
  // Rendered as class="language-…" on <code>: one short token, so it can't add other classes.
  codeBlock: { language: storableText(32, /^[A-Za-z0-9][A-Za-z0-9+#._-]*$/) },
  tableCell: CELL_RULES,
  tableHeader: CELL_RULES,
};

export const MARK_RULES: Record<string, Record<string, AttrRule>> = {
  // The href is the one attribute that can execute code, so it gets the full link policy.
  link: {
    href: (v) => hrefProblem(v) ?? textProblem(v as string),
    title: storableText(MAX_LINK_TITLE_LENGTH),
  },
};

const missingRule: AttrRule = () => "is not an allowed attribute";

function nodeAttributeProblem(node: PMNode): string | null {
  if (node.isText && node.text) {
    const problem = textProblem(node.text);
    if (problem) return `text ${problem}`;
  }
  const problem = attrsProblem(node.type.name, node.attrs, NODE_RULES[node.type.name]);
  if (problem) return problem;
  for (const mark of node.marks) {
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
    const problem = (rules?.[name] ?? missingRule)(value);
    // hrefProblem words its own messages ("link href … is not allowed").
    if (problem?.startsWith("link ")) return problem;
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
