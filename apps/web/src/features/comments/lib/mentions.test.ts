import { describe, expect, it } from "vitest";
import { activeMention, insertMention, matchMembers, mentionedIds, mentionsName } from "./mentions.ts";

const omar = { id: "u1", name: "Omar Analyst", email: "analyst@dossier.test" };
const ravi = { id: "u2", name: "Ravi Reviewer", email: "reviewer@dossier.test" };
const elena = { id: "u3", name: "Elena Editor", email: "editor@dossier.test" };
const members = [elena, omar, ravi];

describe("activeMention", () => {
  it("finds the @query before the caret", () => {
    expect(activeMention("Ask @Om", 7)).toEqual({ start: 4, end: 7, query: "Om" });
    expect(activeMention("@", 1)).toEqual({ start: 0, end: 1, query: "" });
    expect(activeMention("Hi (@Ra", 7)).toEqual({ start: 4, end: 7, query: "Ra" });
  });

  it("allows spaces in names but not line breaks or a leading space", () => {
    expect(activeMention("cc @Omar An", 11)?.query).toBe("Omar An");
    expect(activeMention("cc @\nOmar", 9)).toBeNull();
    expect(activeMention("cc @ Omar", 9)).toBeNull();
    expect(activeMention("cc @a b c d", 11)).toBeNull();
  });

  it("ignores email addresses and text far from the @", () => {
    expect(activeMention("mail me@example.org", 19)).toBeNull();
    expect(activeMention(`@${"x".repeat(60)}`, 61)).toBeNull();
  });

  it("only looks before the caret", () => {
    expect(activeMention("@Omar and more", 5)).toEqual({ start: 0, end: 5, query: "Omar" });
    expect(activeMention("plain @Omar", 3)).toBeNull();
  });
});

describe("matchMembers", () => {
  it("ranks full-name prefixes, then word prefixes, then email", () => {
    expect(matchMembers(members, "")).toEqual(members);
    expect(matchMembers(members, "om").map((m) => m.id)).toEqual(["u1"]);
    expect(matchMembers(members, "rev").map((m) => m.id)).toEqual(["u2"]);
    expect(matchMembers(members, "analyst@").map((m) => m.id)).toEqual(["u1"]);
    expect(matchMembers(members, "Omar An").map((m) => m.id)).toEqual(["u1"]);
    expect(matchMembers(members, "zzz")).toEqual([]);
  });

  it("ignores case and accents", () => {
    expect(matchMembers([{ id: "x", name: "Émile Zola" }], "emi").map((m) => m.id)).toEqual(["x"]);
  });
});

describe("insertMention", () => {
  it("replaces the query with @Name and a space, caret after it", () => {
    const text = "Please check @om";
    const result = insertMention(text, activeMention(text, text.length)!, omar);
    expect(result).toEqual({ text: "Please check @Omar Analyst ", caret: 27 });
  });

  it("keeps the text after the caret and doesn't double spaces", () => {
    const text = "Hey @Ra what do you think";
    const result = insertMention(text, activeMention(text, 7)!, ravi);
    expect(result.text).toBe("Hey @Ravi Reviewer what do you think");
    expect(result.text.slice(0, result.caret)).toBe("Hey @Ravi Reviewer ");
  });
});

describe("mentionedIds", () => {
  it("keeps only people still mentioned in the text, once each", () => {
    expect(mentionedIds("@Omar Analyst and @Omar Analyst", [omar, omar, ravi])).toEqual(["u1"]);
    expect(mentionedIds("no one", [omar])).toEqual([]);
  });

  it("needs the whole name", () => {
    expect(mentionsName("@Omar Analysts", "Omar Analyst")).toBe(false);
    expect(mentionsName("(@Omar Analyst)", "Omar Analyst")).toBe(true);
    expect(mentionsName("@Omar Analyst, please", "Omar Analyst")).toBe(true);
  });
});
