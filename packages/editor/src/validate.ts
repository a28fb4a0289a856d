import { Node as PMNode } from "@tiptap/pm/model";
import { documentSchema } from "./extensions.ts";
import { attributeProblem, describe, structureProblem } from "./rules.ts";

/** Limit on a section's JSON as serialised; ten thousand words of rich text stay far below it. */
export const MAX_DOCUMENT_BYTES = 2 * 1024 * 1024;
/** Node nesting limit (doc = 1). A list five deep inside a table cell is 16, text included. */
export const MAX_NESTING_DEPTH = 32;
// Below one node, legitimate JSON goes marks → mark → attrs → value → (colwidth) item.
const MAX_DEPTH_BELOW_NODE = 5;

export type ValidationResult = { ok: true; doc: PMNode } | { ok: false; error: string };

/**
 * Checks untrusted JSON against the document schema. On success `doc` is the parsed document;
 * store `doc.toJSON()` rather than the input: unknown attributes are dropped and defaults filled in.
 * Never throws, whatever `json` is.
 */
export function validateDocument(json: unknown): ValidationResult {
  try {
    return validate(json);
  } catch (error) {
    // ProseMirror's own errors (and anything exotic, like a throwing getter) end up here.
    return invalid(error instanceof Error ? error.message : String(error));
  }
}

function validate(json: unknown): ValidationResult {
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    return invalid(`expected a JSON object, got ${describe(json)}`);
  }
  const top = json as Record<string, unknown>;
  if (top.type !== "doc") return invalid(`top-level type must be "doc", got ${describe(top.type)}`);

  // The JSON walk runs first: it is iterative and bounded, so cycles, shared subtrees and absurd
  // depth are refused before anything recursive (JSON.stringify, Node.fromJSON) sees them.
  const shape = shapeProblem(top);
  if (shape) return { ok: false, error: shape };

  let serialised: string;
  try {
    serialised = JSON.stringify(json);
  } catch {
    return invalid("not serialisable as JSON");
  }
  const bytes = new TextEncoder().encode(serialised).byteLength;
  if (bytes > MAX_DOCUMENT_BYTES) return tooLarge(`${Math.ceil(bytes / 1024)} KB`);

  const doc = PMNode.fromJSON(documentSchema, json);
  const problem = structureProblem(doc) ?? attributeProblem(doc);
  if (problem) return invalid(problem);
  doc.check(); // Backstop: ProseMirror's full check, in case a rule above misses a case.
  return { ok: true, doc };
}

type Frame = { value: unknown; kind: "node" | "mark" | "value"; depth: number; below: number };

/**
 * Walks the raw JSON without recursion: node and mark types exist, `content`/`marks` are lists,
 * text is text, nesting is bounded. Also counts values, because a tree with shared subtrees can
 * be tiny in memory yet enormous once serialised.
 */
function shapeProblem(root: Record<string, unknown>): string | null {
  const stack: Frame[] = [{ value: root, kind: "node", depth: 1, below: 0 }];
  // Every JSON value costs at least one byte, so more values than bytes means too large.
  let budget = MAX_DOCUMENT_BYTES;
  for (let frame = stack.pop(); frame; frame = stack.pop()) {
    if (--budget < 0) return tooLarge(`more than ${MAX_DOCUMENT_BYTES / 1024} KB`).error;
    const { value, kind, depth, below } = frame;
    const problem =
      kind === "node" ? nodeShapeProblem(value) : kind === "mark" ? markShapeProblem(value) : null;
    if (problem) return invalid(problem).error;
    if (typeof value !== "object" || value === null) continue;
    if (depth > MAX_NESTING_DEPTH) return `Document is nested too deeply (limit ${MAX_NESTING_DEPTH} levels)`;
    if (below > MAX_DEPTH_BELOW_NODE) return invalid("attribute values are nested too deeply").error;
    for (const [key, child] of Object.entries(value)) {
      if (kind === "node" && key === "content" && Array.isArray(child)) {
        for (const item of child) stack.push({ value: item, kind: "node", depth: depth + 1, below: 0 });
      } else if (kind === "node" && key === "marks" && Array.isArray(child)) {
        for (const item of child) stack.push({ value: item, kind: "mark", depth, below: below + 2 });
      } else {
        stack.push({ value: child, kind: "value", depth, below: below + 1 });
      }
    }
  }
  return null;
}

function nodeShapeProblem(value: unknown): string | null {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return `expected a node, got ${describe(value)}`;
  }
  const node = value as Record<string, unknown>;
  if (typeof node.type !== "string") return `node has no type (got ${describe(node.type)})`;
  if (!Object.hasOwn(documentSchema.nodes, node.type)) return `unknown node type ${describe(node.type)}`;
  if (node.content !== undefined && !Array.isArray(node.content)) {
    return `${node.type} content must be a list`;
  }
  if (node.marks !== undefined && !Array.isArray(node.marks)) return `${node.type} marks must be a list`;
  if (node.type === "text" && (typeof node.text !== "string" || node.text === "")) {
    return "text node must have non-empty text";
  }
  return null;
}

function markShapeProblem(value: unknown): string | null {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return `expected a mark, got ${describe(value)}`;
  }
  const { type } = value as Record<string, unknown>;
  if (typeof type !== "string") return `mark has no type (got ${describe(type)})`;
  if (!Object.hasOwn(documentSchema.marks, type)) return `unknown mark type ${describe(type)}`;
  return null;
}

function invalid(reason: string): { ok: false; error: string } {
  return { ok: false, error: `Invalid document: ${reason}` };
}

function tooLarge(size: string): { ok: false; error: string } {
  return { ok: false, error: `Document too large (${size}, limit ${MAX_DOCUMENT_BYTES / 1024} KB)` };
}
