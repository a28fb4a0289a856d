import { describe, expect, it } from "vitest";
import { initials } from "../../../lib/people.ts";
import { excerpt } from "../../../lib/text.ts";
import { safeHttpUrl, segmentCommentBody } from "./comments-format.ts";

const omar = { id: "u1", name: "Omar Analyst" };

describe("segmentCommentBody", () => {
  it("returns plain text as one text segment", () => {
    expect(segmentCommentBody("Source?")).toEqual([{ kind: "text", text: "Source?" }]);
    expect(segmentCommentBody("")).toEqual([]);
  });

  it("keeps markup as text: nothing is parsed as HTML", () => {
    const body = `<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>`;
    expect(segmentCommentBody(body)).toEqual([{ kind: "text", text: body }]);
  });

  it("links http(s) URLs, leaving trailing punctuation outside", () => {
    expect(segmentCommentBody("See https://example.org/a?b=1. Thanks")).toEqual([
      { kind: "text", text: "See " },
      { kind: "link", text: "https://example.org/a?b=1", href: "https://example.org/a?b=1" },
      { kind: "text", text: ". Thanks" },
    ]);
    expect(segmentCommentBody("(see http://x.test/wiki/A_(b))")[1]).toEqual({
      kind: "link",
      text: "http://x.test/wiki/A_(b)",
      href: "http://x.test/wiki/A_(b)",
    });
  });

  it("never links other schemes", () => {
    for (const body of ["javascript:alert(1)", "data:text/html,<b>x</b>", "ftp://x.test", "mailto:a@b.c"]) {
      expect(segmentCommentBody(body)).toEqual([{ kind: "text", text: body }]);
    }
    expect(segmentCommentBody("https://")).toEqual([{ kind: "text", text: "https://" }]);
  });

  it("marks mentions of the recorded people only", () => {
    expect(segmentCommentBody("@Omar Analyst can you check? @Nobody", [omar])).toEqual([
      { kind: "mention", text: "@Omar Analyst", userId: "u1" },
      { kind: "text", text: " can you check? @Nobody" },
    ]);
    expect(segmentCommentBody("@Omar Analysts", [omar])).toEqual([{ kind: "text", text: "@Omar Analysts" }]);
  });

  it("joins back to the body", () => {
    const body = "cc @Omar Analyst — https://a.test/x, and https://b.test.";
    expect(
      segmentCommentBody(body, [omar])
        .map((s) => s.text)
        .join(""),
    ).toBe(body);
  });
});

describe("safeHttpUrl", () => {
  it("accepts absolute http(s) URLs only", () => {
    expect(safeHttpUrl("https://example.org")).toBe("https://example.org/");
    expect(safeHttpUrl("HTTP://EXAMPLE.org/x")).toBe("http://example.org/x");
    expect(safeHttpUrl("javascript:alert(1)")).toBeNull();
    expect(safeHttpUrl("/relative")).toBeNull();
  });
});

describe("excerpt and initials", () => {
  it("shortens at a word", () => {
    expect(excerpt("a  b\nc")).toBe("a b c");
    expect(excerpt("The quick brown fox jumps", 12)).toBe("The quick…");
  });
  it("makes initials", () => {
    expect(initials("Omar Analyst")).toBe("OA");
    expect(initials("cher")).toBe("C");
    expect(initials("  ")).toBe("?");
  });
});
