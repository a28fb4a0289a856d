/**
 * Types of the three-way document merge. Documents are Tiptap's `JSONContent` (through
 * @dossier/editor); the conflicts a merge reports cross the wire inside a CONFLICT error, so
 * their shape is the zod schema in @dossier/schema.
 */
import type { JSONContent } from "@dossier/editor";
import type { MergeConflict } from "@dossier/schema";

export type { JSONContent } from "@dossier/editor";
export type { BlockRange, ConflictReason, MergeConflict } from "@dossier/schema";

export type JSONMark = NonNullable<JSONContent["marks"]>[number];

export type MergeResult = { ok: true; doc: JSONContent } | { ok: false; conflicts: MergeConflict[] };
