import type { Actor } from "@dossier/core";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, doc, type Harness } from "../../testing/harness.ts";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

const codeOf = (error: unknown) => (error instanceof TRPCError ? error.code : String(error));

/** An editor alone in a fresh brief: their searches see only what the test writes there. */
async function desk(country = "Searchland") {
  const editor = await h.user("EDITOR");
  const briefId = await h.brief(editor, [], country);
  const write = async (key: string, ...paragraphs: string[]) => {
    const section = await h.section(briefId, key);
    await h.caller(editor).sections.save({
      sectionId: section.id,
      baseRevisionId: section.currentRevisionId,
      content: doc(...paragraphs),
    });
    return section;
  };
  const search = (query: string, extra: { limit?: number; offset?: number } = {}) =>
    h.caller(editor).search.list({ query, ...extra });
  const keysFor = async (query: string) => (await search(query)).sections?.items.map((s) => s.sectionKey);
  return { editor, briefId, write, search, keysFor };
}

const snippetText = (segments: { text: string }[]) => segments.map((s) => s.text).join("");

describe("search.list: sections", () => {
  it("ranks a match in the section title above matches in the text", async () => {
    const { write, keysFor } = await desk();
    await write("preface", "Three crises at once: crises upon crises, and more crises to come.");
    await write("crises", "Drought in the north; the harvest failed.");
    expect(await keysFor("crises")).toEqual(["crises", "preface"]);
  });

  it("understands web-search syntax: phrases, or, exclusions, and word forms", async () => {
    const { write, keysFor } = await desk();
    await write("preface", "The rule of law is weak in the north.");
    await write("crises", "Law and order returned; the rule changed.");
    await write("frank-narrative", "Cobalt mining expands in the east.");
    await write("country-profile", "Lithium deposits were found.");
    const sorted = async (query: string) => (await keysFor(query))?.sort();

    expect(await sorted('"rule of law"')).toEqual(["preface"]);
    expect(await sorted("rule law")).toEqual(["crises", "preface"]);
    expect(await sorted("cobalt or lithium")).toEqual(["country-profile", "frank-narrative"]);
    expect(await sorted("rule -order")).toEqual(["preface"]);
    // 'english' stemming: "mines" finds "mining", "laws" finds "law".
    expect(await sorted("mines")).toEqual(["frank-narrative"]);
    expect(await sorted('"rule of laws"')).toEqual(["preface"]);
  });

  it("returns plain-text snippets with the matched words marked, and links to the section", async () => {
    const { write, search, briefId } = await desk("Snippetia");
    const section = await write(
      "crises",
      "Opening words. <b>Not bold</b> <script>alert(1)</script> and \u0002fake\u0003 markers.",
      "Later the Wagner Group arrived in the north, and the Wagner Group stayed.",
    );
    const result = await search('"wagner group"');
    const hit = result.sections?.items[0];
    expect(hit).toMatchObject({
      briefId,
      sectionId: section.id,
      sectionKey: "crises",
      sectionTitle: "Crises",
      briefTitle: "Snippetia: Strategic U.S. Foreign Policy Analysis",
      country: "Snippetia",
      terms: ["wagner", "group"],
    });
    expect(hit?.snippet.filter((s) => s.match).map((s) => s.text)).toEqual([
      "Wagner",
      "Group",
      "Wagner",
      "Group",
    ]);
    expect(snippetText(hit?.snippet ?? [])).toContain("the Wagner Group arrived in the north");

    // Text that looks like our own match markers can't fake a match, and snippets are plain
    // text. (ts_headline leaves tag-like text such as "<b>" out of the snippet altogether.)
    const markup = (await search("opening")).sections?.items[0]?.snippet ?? [];
    expect(markup.filter((s) => s.match).map((s) => s.text)).toEqual(["Opening"]);
    expect(snippetText(markup)).toContain("and fake markers");
    expect(snippetText(markup)).not.toMatch(/\p{Cc}|<script|<b>/u);
  });

  it("searches the current text: a new save or a restore replaces what is found", async () => {
    const { write, keysFor, editor } = await desk();
    const section = await write("crises", "The floods reached the capital.");
    expect(await keysFor("floods")).toEqual(["crises"]);
    await write("crises", "The locusts reached the capital.");
    expect(await keysFor("floods")).toEqual([]);
    expect(await keysFor("locusts")).toEqual(["crises"]);

    const history = await h.caller(editor).revisions.list({ sectionId: section.id });
    const first = history.items.find((r) => r.number === 1)!;
    await h.caller(editor).revisions.restore({ sectionId: section.id, revisionId: first.id });
    expect(await keysFor("floods")).toEqual(["crises"]);
    expect(await keysFor("locusts")).toEqual([]);
  });

  it("pages through results and says when more follow", async () => {
    const { write, search } = await desk();
    const keys = ["preface", "crises", "frank-narrative", "country-profile", "democracy-score"];
    for (const key of keys) await write(key, "Remittances matter here.");
    const first = await search("remittances", { limit: 2 });
    expect(first.sections).toMatchObject({ total: 5, capped: false, hasMore: true });
    const last = await search("remittances", { limit: 2, offset: 4 });
    expect(last.sections).toMatchObject({ total: 5, hasMore: false });
    const seen = [];
    for (const offset of [0, 2, 4]) {
      const page = await search("remittances", { limit: 2, offset });
      seen.push(...(page.sections?.items.map((s) => s.sectionKey) ?? []));
    }
    expect(seen.sort()).toEqual([...keys].sort());
  });
});

describe("search.list: input", () => {
  it("refuses empty, blank and overlong queries with BAD_REQUEST", async () => {
    const { editor } = await desk();
    for (const query of ["", "   ", "\u0000\u0001", "a".repeat(201), "a ".repeat(50_000)]) {
      const error = await h
        .caller(editor)
        .search.list({ query })
        .catch((e: unknown) => e);
      expect(codeOf(error)).toBe("BAD_REQUEST");
    }
    for (const bad of [{ limit: 0 }, { limit: 51 }, { offset: -1 }, { offset: 500 }]) {
      const error = await h
        .caller(editor)
        .search.list({ query: "x", ...bad })
        .catch((e: unknown) => e);
      expect(codeOf(error)).toBe("BAD_REQUEST");
    }
  });

  it("answers garbage and stop words with empty results, never an error", async () => {
    const { write, search } = await desk();
    await write("crises", "Something to find, with a quote ' and a backslash \\ in it.");
    const queries = [
      "!!!",
      "the",
      "or",
      '"',
      "-",
      "- -",
      '\'; DROP TABLE "Section"; --',
      "a:* & b",
      "\\",
      "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
    ];
    for (const query of queries) {
      const result = await search(query);
      expect(result.sections?.items).toEqual([]);
      expect(result.comments?.items).toEqual([]);
    }
    // A lone exclusion is a valid search: everything without the word.
    expect((await search("-nothingatall")).sections?.items.map((s) => s.sectionKey)).toEqual(["crises"]);
  });
});

describe("search.list: comments", () => {
  async function thread(author: Actor, sectionId: string, body: string) {
    return h.caller(author).comments.createThread({ sectionId, anchor: null, body });
  }

  it("finds comment text, one hit per thread, without deleted comments", async () => {
    const { editor, write, search } = await desk();
    const section = await write("crises", "Plain text.");
    const { threadId } = await thread(editor, section.id, "Check the desalination figures.");
    await h.caller(editor).comments.reply({ threadId, body: "Desalination plant opened in May." });
    const gone = await thread(editor, section.id, "Desalination? Never mind.");
    const [goneComment] = await h.db.comment.findMany({ where: { threadId: gone.threadId } });
    await h.caller(editor).comments.delete({ commentId: goneComment!.id });
    await h.caller(editor).comments.setStatus({ threadId, status: "RESOLVED" });

    const result = await search("desalination", { limit: 10 });
    expect(result.sections?.items).toEqual([]);
    expect(result.comments?.items).toHaveLength(1);
    expect(result.comments?.items[0]).toMatchObject({
      threadId,
      sectionKey: "crises",
      sectionId: section.id,
      threadStatus: "RESOLVED",
      authorName: editor.name,
      terms: ["desalination"],
    });
    expect(result.comments).toMatchObject({ total: 1, capped: false, hasMore: false });
  });

  it("fetches only the groups asked for", async () => {
    const { editor, write, search } = await desk();
    const section = await write("crises", "Phosphate exports doubled.");
    await thread(editor, section.id, "Phosphate prices too?");
    const sectionsOnly = await h.caller(editor).search.list({ query: "phosphate", scope: "sections" });
    expect(sectionsOnly.comments).toBeNull();
    expect(sectionsOnly.sections?.items).toHaveLength(1);
    const commentsOnly = await h.caller(editor).search.list({ query: "phosphate", scope: "comments" });
    expect(commentsOnly.sections).toBeNull();
    expect(commentsOnly.comments?.items).toHaveLength(1);
    const both = await search("phosphate");
    expect([both.sections?.total, both.comments?.total]).toEqual([1, 1]);
  });
});
