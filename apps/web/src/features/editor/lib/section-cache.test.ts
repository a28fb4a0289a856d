import { QueryClient } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import { keepNewerRevision } from "./section-cache.ts";

const section = (number: number | null, status = "DRAFT") => ({
  id: "s1",
  status,
  current: number === null ? null : { id: `r${number}`, number, content: { text: `v${number}` } },
});

describe("a fetched section against the cached one", () => {
  it("never takes back a newer revision the cache already holds", () => {
    expect(keepNewerRevision(section(2), section(1, "IN_REVIEW"))).toEqual({
      ...section(1, "IN_REVIEW"),
      current: section(2).current,
    });
    expect(keepNewerRevision(section(1), section(null))).toEqual({
      ...section(null),
      current: section(1).current,
    });
  });

  it("takes a newer or equal revision, and anything on an empty cache", () => {
    expect(keepNewerRevision(section(1), section(2))).toEqual(section(2));
    expect(keepNewerRevision(undefined, section(1))).toEqual(section(1));
    const same = section(3);
    expect(keepNewerRevision(same, section(3))).toBe(same); // unchanged: same object, no re-render
  });

  // The race seen in the section-switch e2e: a prefetch read the section before the save on leaving
  // committed, and answered after the save's revision was recorded in the cache.
  it("keeps the saved revision when a fetch that read before the save answers after it", async () => {
    const client = new QueryClient();
    const queryKey = ["sections.get", "crises"];
    let answer: (value: unknown) => void = () => {};
    const fetching = client.fetchQuery({
      queryKey,
      queryFn: () => new Promise((resolve) => (answer = resolve)),
      structuralSharing: keepNewerRevision,
    });
    client.setQueryData(queryKey, section(1)); // the save's answer, recorded
    answer(section(null)); // what the fetch read before the save committed
    await fetching;
    expect(client.getQueryData(queryKey)).toEqual(section(1));
  });
});
