import type { JSONContent } from "@tiptap/core";
import { Mark, type Node as PMNode } from "@tiptap/pm/model";
import { countWords } from "../words.ts";
import { type ChangeLog, deleteMark, formatMark, insertMark, type MarkJSON } from "./changes.ts";
import { describeMarkChange } from "./describe.ts";
import { segments } from "./segments.ts";
import { type Token, tokenize } from "./tokens.ts";

/**
 * The inline content of `after`, with the text removed since `before` put back in place (marked
 * diffDelete), new text marked diffInsert and text whose formatting changed marked diffFormat.
 */
export function diffInline(before: PMNode, after: PMNode, log: ChangeLog): JSONContent[] {
  const writer = new InlineWriter();
  for (const segment of segments(tokenize(before), tokenize(after))) {
    if (!segment.same) {
      const change = log.current();
      writer.writeAll(segment.old, deleteMark(change));
      writer.writeAll(segment.new, insertMark(change));
      log.wordsRemoved += countWords(textOf(segment.old));
      log.wordsAdded += countWords(textOf(segment.new));
      continue;
    }
    segment.new.forEach((token, k) => {
      const was = segment.old[k];
      const note =
        was && !Mark.sameSet(was.marks, token.marks) ? describeMarkChange(was.marks, token.marks) : "";
      if (note) {
        writer.write(token, formatMark(log.current(), note));
      } else {
        log.close();
        writer.write(token, null);
      }
    });
  }
  return writer.content;
}

function textOf(tokens: Token[]): string {
  return tokens.map((t) => t.text).join("");
}

/** Builds inline JSON, joining neighbouring tokens that end up with the same marks into one text node. */
class InlineWriter {
  readonly content: JSONContent[] = [];
  private last: { json: JSONContent; marks: readonly Mark[]; diff: MarkJSON | null } | null = null;

  writeAll(tokens: Token[], diff: MarkJSON): void {
    for (const token of tokens) this.write(token, diff);
  }

  write(token: Token, diff: MarkJSON | null): void {
    const last = this.last;
    if (token.node === null && last && sameDiff(last.diff, diff) && Mark.sameSet(last.marks, token.marks)) {
      last.json.text += token.text;
      return;
    }
    const json: JSONContent = token.node ? token.node.toJSON() : { type: "text", text: token.text };
    const marks: MarkJSON[] = token.marks.map((m) => m.toJSON() as MarkJSON);
    if (diff) marks.push(diff);
    if (marks.length > 0) json.marks = marks;
    this.content.push(json);
    // A node token (hard break) never absorbs text, so nothing is remembered after it.
    this.last = token.node ? null : { json, marks: token.marks, diff };
  }
}

function sameDiff(a: MarkJSON | null, b: MarkJSON | null): boolean {
  if (a === null || b === null) return a === b;
  return a.type === b.type && a.attrs?.change === b.attrs?.change && a.attrs?.note === b.attrs?.note;
}
