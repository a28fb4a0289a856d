import { describe, expect, it } from "vitest";
import { readSectionUrl, threadHref, withSectionUrl } from "./section-url.ts";

const read = (search: string) => readSectionUrl(new URLSearchParams(search));

describe("section URL", () => {
  it("reads a revision, a comparison and a thread", () => {
    expect(read("?rev=r2")).toEqual({ history: { kind: "revision", revisionId: "r2" }, thread: null });
    expect(read("?compare=r1..r2&thread=t1")).toEqual({
      history: { kind: "compare", fromId: "r1", toId: "r2" },
      thread: "t1",
    });
    expect(read("?compare=..r2").history).toEqual({ kind: "compare", fromId: null, toId: "r2" });
    expect(read("")).toEqual({ history: null, thread: null });
  });

  it("writes what it reads, keeping other params", () => {
    const views = [
      { kind: "revision", revisionId: "cm1abc" },
      { kind: "compare", fromId: "cm1abc", toId: "cm2def" },
      { kind: "compare", fromId: null, toId: "cm2def" },
    ] as const;
    for (const history of views) {
      const search = withSectionUrl("?highlight=wagner+group", { history, thread: "t_9" });
      expect(read(search)).toEqual({ history, thread: "t_9" });
      expect(new URLSearchParams(search).get("highlight")).toBe("wagner group");
    }
    expect(withSectionUrl("", { history: { kind: "compare", fromId: null, toId: "r2" } })).toBe(
      "?compare=..r2",
    );
  });

  it("changes only what it is given, and removes what is set to null", () => {
    const open = "?compare=r1..r2&thread=t1";
    expect(withSectionUrl(open, { history: { kind: "revision", revisionId: "r3" } })).toBe(
      "?thread=t1&rev=r3",
    );
    expect(withSectionUrl(open, { history: null })).toBe("?thread=t1");
    expect(withSectionUrl(open, { thread: null })).toBe("?compare=r1..r2");
    expect(withSectionUrl(open, { history: null, thread: null })).toBe("");
    expect(withSectionUrl(open, {})).toBe(open);
  });

  it("ignores malformed ids rather than opening them", () => {
    for (const search of [
      "?rev=",
      "?rev=a%20b",
      "?rev=<script>",
      `?rev=${"x".repeat(65)}`,
      "?compare=r1",
      "?compare=r1..",
      "?compare=r1..r2..r3",
      "?compare=../etc..r2",
      "?compare=r1...r2",
    ]) {
      expect(read(search).history, search).toBeNull();
    }
    expect(read("?thread=no%20such%3Bthread").thread).toBeNull();
    // A bad comparison doesn't hide a good revision beside it (we never write both).
    expect(read("?compare=junk&rev=r2").history).toEqual({ kind: "revision", revisionId: "r2" });
  });

  it("links a thread as search, notifications and the comment lists expect", () => {
    expect(threadHref("b1", "crises", "t1")).toBe("/briefs/b1/crises?thread=t1");
  });
});
