import { replaceEqualDeep } from "@tanstack/react-query";

type WithCurrent = { current?: { number: number } | null } | null | undefined;

/**
 * How a fetched section replaces the cached one (TanStack Query's `structuralSharing`). A fetch
 * that read the section before one of our saves committed can answer after the save's revision
 * was put in the cache (a neighbour prefetch racing the save sent on leaving a section); taken as
 * is, it would hand the next editor the old text, and the words just saved would be missing from
 * it. Revision numbers only grow, so the higher `current` is kept; the rest (status, owner…) is
 * the fetch's. Otherwise, as by default: unchanged parts keep their identity.
 */
export function keepNewerRevision(cached: unknown, fetched: unknown): unknown {
  const old = cached as WithCurrent;
  const next = fetched as WithCurrent;
  const kept =
    old?.current && next && (next.current?.number ?? 0) < old.current.number
      ? { ...next, current: old.current }
      : fetched;
  return replaceEqualDeep(cached, kept);
}
