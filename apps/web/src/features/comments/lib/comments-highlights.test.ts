import { createAnchorFromText, documentSchema } from "@dossier/editor";
import { Node as PMNode } from "@tiptap/pm/model";
import { EditorState } from "@tiptap/pm/state";
import { describe, expect, it } from "vitest";
import {
  highlightSpecs,
  orderThreads,
  pickThread,
  pickThreadAt,
  resolveThreadRanges,
  threadsAt,
} from "./comments-highlights.ts";
import { commentsPluginKey, createCommentsPlugin } from "./comments-plugin.ts";

const json = (...paragraphs: string[]) => ({
  type: "doc",
  content: paragraphs.map((text) => ({ type: "paragraph", content: text ? [{ type: "text", text }] : [] })),
});
const docOf = (...paragraphs: string[]) => PMNode.fromJSON(documentSchema, json(...paragraphs));
const anchor = (paragraphs: string[], quote: string) => createAnchorFromText(json(...paragraphs), quote)!;

const text = ["Drought is spreading across the north.", "Markets in the south are stable."];

describe("resolveThreadRanges", () => {
  it("finds each visible attached thread's words", () => {
    const doc = docOf(...text);
    const ranges = resolveThreadRanges(doc, [
      { id: "a", anchor: anchor(text, "spreading across"), detached: false, visible: true },
      { id: "b", anchor: anchor(text, "the south"), detached: false, visible: true },
      { id: "c", anchor: anchor(text, "north"), detached: true, visible: true },
      { id: "d", anchor: anchor(text, "Markets"), detached: false, visible: false },
      { id: "e", anchor: null, detached: false, visible: true },
    ]);
    expect(ranges.map((r) => [r.id, doc.textBetween(r.from, r.to)])).toEqual([
      ["a", "spreading across"],
      ["b", "the south"],
    ]);
  });

  it("follows the quote into an edited document and drops threads whose words are gone", () => {
    const edited = docOf("Severe drought is spreading across the north.", "Markets are stable.");
    const ranges = resolveThreadRanges(edited, [
      { id: "a", anchor: anchor(text, "spreading across"), detached: false, visible: true },
      { id: "b", anchor: anchor(text, "the south"), detached: false, visible: true },
    ]);
    expect(ranges.map((r) => [r.id, edited.textBetween(r.from, r.to)])).toEqual([["a", "spreading across"]]);
  });
});

describe("highlightSpecs", () => {
  it("gives overlapping threads their own spans, outer first, active and hovered marked", () => {
    const specs = highlightSpecs(
      [
        { id: "inner", from: 5, to: 8 },
        { id: "outer", from: 2, to: 12 },
      ],
      { active: "inner", hover: "outer", pending: { from: 20, to: 25 } },
    );
    expect(specs).toEqual([
      { from: 2, to: 12, threadId: "outer", className: "comment-mark comment-t-outer comment-mark-hover" },
      { from: 5, to: 8, threadId: "inner", className: "comment-mark comment-t-inner comment-mark-active" },
      { from: 20, to: 25, threadId: null, className: "comment-mark-pending" },
    ]);
  });
});

describe("picking a thread", () => {
  const ranges = [
    { id: "outer", from: 2, to: 12 },
    { id: "inner", from: 5, to: 8 },
  ];
  it("opens the innermost thread, and cycles on repeated clicks", () => {
    expect(threadsAt(ranges, 6)).toEqual(["inner", "outer"]);
    expect(pickThreadAt(ranges, 6, null)).toBe("inner");
    expect(pickThreadAt(ranges, 6, "inner")).toBe("outer");
    expect(pickThreadAt(ranges, 6, "outer")).toBe("inner");
    expect(pickThreadAt(ranges, 3, "inner")).toBe("outer");
    expect(pickThreadAt(ranges, 30, null)).toBeNull();
    expect(pickThread([], "x")).toBeNull();
  });
});

describe("orderThreads", () => {
  it("puts section threads first, then reading order, then detached", () => {
    const t = (id: string, start: number | null, detached = false, createdAt = "2026-01-01") => ({
      id,
      anchor:
        start === null
          ? null
          : { quote: { exact: "x", prefix: "", suffix: "" }, position: { start, end: start + 1 } },
      detached,
      createdAt,
    });
    const ordered = orderThreads([t("late", 40), t("gone", 1, true), t("early", 3), t("whole", null)]);
    expect(ordered.map((x) => x.id)).toEqual(["whole", "early", "late", "gone"]);
  });
});

describe("the comments plugin", () => {
  const setup = () => {
    const plugin = createCommentsPlugin({ onActivate: () => {} });
    let state = EditorState.create({ doc: docOf(...text), plugins: [plugin] });
    state = state.apply(
      state.tr.setMeta(commentsPluginKey, {
        threads: [{ id: "a", anchor: anchor(text, "spreading across"), detached: false, visible: true }],
      }),
    );
    return state;
  };
  const highlighted = (state: EditorState) =>
    commentsPluginKey.getState(state)!.ranges.map((r) => state.doc.textBetween(r.from, r.to));

  it("maps highlights through typing", () => {
    let state = setup();
    expect(highlighted(state)).toEqual(["spreading across"]);
    state = state.apply(state.tr.insertText("Severe ", 1));
    expect(highlighted(state)).toEqual(["spreading across"]);
    expect(commentsPluginKey.getState(state)!.decorations.find().length).toBe(1);
  });

  it("drops a highlight whose words are deleted", () => {
    let state = setup();
    const { from, to } = commentsPluginKey.getState(state)!.ranges[0]!;
    state = state.apply(state.tr.delete(from, to));
    expect(highlighted(state)).toEqual([]);
  });

  it("finds threads again when the whole document is replaced", () => {
    let state = setup();
    const next = docOf("New intro.", ...text);
    state = state.apply(state.tr.replaceWith(0, state.doc.content.size, next.content));
    expect(highlighted(state)).toEqual(["spreading across"]);
  });
});
