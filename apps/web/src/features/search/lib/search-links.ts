/** Where a hit leads: its section, with the matched words to highlight there (`?highlight=`). */
export function sectionHref(briefId: string, sectionKey: string, terms: readonly string[] = []): string {
  const path = `/briefs/${briefId}/${sectionKey}`;
  if (terms.length === 0) return path;
  return `${path}?${new URLSearchParams({ highlight: terms.join(" ") })}`;
}

/** The results page for a query. */
export function searchPageHref(query: string): string {
  return `/search?${new URLSearchParams({ q: query.trim() })}`;
}

/** The words of a `?highlight=` value: at most 10, each at most 60 characters, no blanks. */
export function highlightTerms(value: string | null): string[] {
  if (!value) return [];
  const words = value
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.slice(0, 60))
    .filter(Boolean);
  return [...new Set(words)].slice(0, 10);
}
