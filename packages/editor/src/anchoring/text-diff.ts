import { DIFF_EQUAL, type Diff, diffMain } from "diff-match-patch-es";
import { WORD_PATTERN } from "../words.ts";

/**
 * The diff between two anchor texts: line by line (a line is a paragraph or another textblock,
 * or a hard-break line) first, then word by word between the lines that were kept. Both levels
 * matter for anchors:
 * - Words: a character diff explains "aaadu aaaaa" → "aaaaa aaadu" by keeping stray a's, saying
 *   the quoted word was touched when it was only moved past. Edits land on whole words, the way
 *   people make them (and there are far fewer words than characters to compare).
 * - Lines: a line that was moved (deleted in one place, the same text inserted in another) is
 *   kept whole, so the word diff cannot pair its words with a look-alike in a rewritten line
 *   nearby. Its anchors then fall to the quote search, which finds the moved line.
 * diff-match-patch trims the common prefix and suffix at each level first, so a typical save
 * (one stretch changed in a long brief) costs little more than a scan.
 */
export function textDiff(oldText: string, newText: string, deadline: number): Diff[] {
  const oldLines = oldText.split("\n");
  const newLines = newText.split("\n");
  const codes = new Codes();
  const oldCodes = codes.encode(oldLines);
  const newCodes = codes.encode(newLines);
  if (oldCodes === null || newCodes === null) return wordDiff(words(oldText), words(newText), deadline);

  // Pairs of kept lines, in order; a line deleted and inserted elsewhere is a moved line.
  const kept: [number, number][] = [];
  const deleted = new Set<string>();
  const inserted = new Set<string>();
  let i = 0;
  let j = 0;
  for (const [op, run] of diffMain(oldCodes, newCodes, OPTIONS, false, deadline)) {
    for (const code of run) {
      if (op === DIFF_EQUAL) {
        kept.push([i++, j++]);
      } else if (op < 0) {
        deleted.add(code);
        i++;
      } else {
        inserted.add(code);
        j++;
      }
    }
  }
  const moved = (line: string) => {
    const code = codes.codeOf(line);
    return code !== undefined && deleted.has(code) && inserted.has(code);
  };

  const diffs: Diff[] = [];
  let previous: [number, number] = [-1, -1];
  for (const pair of [...kept, [oldLines.length, newLines.length] as [number, number]]) {
    const oldGap = gapTokens(oldLines, previous[0], pair[0], moved);
    const newGap = gapTokens(newLines, previous[1], pair[1], moved);
    // Loops, not push(...items): a rewritten brief can have more items than a call has arguments.
    for (const diff of wordDiff(oldGap, newGap, deadline)) diffs.push(diff);
    const line = oldLines[pair[0]];
    if (line) diffs.push([DIFF_EQUAL, line]);
    previous = pair;
  }
  return diffs;
}

/**
 * The tokens of the text strictly between kept lines `after` and `before` (-1 and lines.length
 * for the ends): the separators and the lines in between, word by word except moved lines,
 * which stay whole.
 */
function gapTokens(
  lines: string[],
  after: number,
  before: number,
  moved: (line: string) => boolean,
): string[] {
  const tokens: string[] = [];
  for (let x = after; x < before; x++) {
    const line = x > after ? (lines[x] ?? "") : "";
    if (line && moved(line)) tokens.push(line);
    else for (const word of words(line)) tokens.push(word);
    if (x >= 0 && x + 1 < lines.length) tokens.push("\n");
  }
  return tokens;
}

/** A diff of two token lists that never splits a token, spelled out as characters. */
function wordDiff(oldTokens: string[], newTokens: string[], deadline: number): Diff[] {
  // Most gaps are the one "\n" between two kept lines.
  if (oldTokens.length === newTokens.length && oldTokens.every((token, k) => token === newTokens[k])) {
    return oldTokens.length > 0 ? [[DIFF_EQUAL, oldTokens.join("")]] : [];
  }
  const codes = new Codes();
  const oldCodes = codes.encode(oldTokens);
  const newCodes = codes.encode(newTokens);
  if (oldCodes === null || newCodes === null) {
    return diffMain(oldTokens.join(""), newTokens.join(""), OPTIONS, false, deadline);
  }
  return diffMain(oldCodes, newCodes, OPTIONS, false, deadline).map(
    ([op, run]): Diff => [op, codes.decode(run)],
  );
}

// diffTimeout 0 turns off diff-match-patch's "half match" shortcut, which can return a diff far
// from minimal; the caller's deadline still bounds the work.
const OPTIONS = { diffTimeout: 0 };

/** Words (as counted everywhere: words.ts), and every other character on its own. */
const WORD = new RegExp(`${WORD_PATTERN}|.`, "gsu");
const words = (text: string): string[] => Array.from(text.matchAll(WORD), ([token]) => token);

/**
 * diff-match-patch compares strings, so each distinct line or word becomes one UTF-16 code unit,
 * from U+0100 up and skipping the surrogate range so that each is a character on its own. Past
 * that many distinct items (far beyond our 2 MB limit on real prose) `encode` gives up and the
 * caller diffs a level finer.
 */
class Codes {
  private readonly codes = new Map<string, string>();
  private readonly items: string[] = [];

  encode(items: readonly string[]): string | null {
    let encoded = "";
    for (const item of items) {
      let code = this.codes.get(item);
      if (code === undefined) {
        if (this.items.length >= MAX_ITEMS) return null;
        code = String.fromCharCode(codeFor(this.items.length));
        this.codes.set(item, code);
        this.items.push(item);
      }
      encoded += code;
    }
    return encoded;
  }

  codeOf(item: string): string | undefined {
    return this.codes.get(item);
  }

  decode(encoded: string): string {
    let text = "";
    for (const code of encoded) text += this.items[indexFor(code.charCodeAt(0))] ?? "";
    return text;
  }
}

const FIRST_CODE = 0x100;
const SURROGATES = { start: 0xd800, size: 0x800 };
const MAX_ITEMS = 0x10000 - FIRST_CODE - SURROGATES.size;

function codeFor(index: number): number {
  const code = FIRST_CODE + index;
  return code >= SURROGATES.start ? code + SURROGATES.size : code;
}

function indexFor(code: number): number {
  return (code >= SURROGATES.start + SURROGATES.size ? code - SURROGATES.size : code) - FIRST_CODE;
}
