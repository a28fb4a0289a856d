/**
 * Section numbers as the template has them: its parts are titled "1. Overview" … "4. Policy
 * Goals", so their subsections become 1.1, 1.2, and theirs 1.4.1. The summary sections at the top
 * carry no number, and neither does anything under them.
 */
export function sectionNumbers(
  sections: readonly { key: string; title: string; depth: number }[],
): Map<string, string> {
  const numbers = new Map<string, string>();
  const path: (string | null)[] = [];
  const counters: number[] = [];
  for (const section of sections) {
    const level = section.depth - 1;
    path.length = level;
    counters.length = level + 1;
    counters[level] = (counters[level] ?? 0) + 1;
    const parent = level === 0 ? "" : path[level - 1];
    let number: string | null = null;
    if (level === 0) number = /^(\d+)\.\s/.exec(section.title)?.[1] ?? null;
    else if (parent) number = `${parent}.${counters[level]}`;
    path[level] = number;
    if (number) numbers.set(section.key, number);
  }
  return numbers;
}

/** "1. Overview" → "Overview": the number is shown separately. */
export function bareTitle(title: string): string {
  return title.replace(/^\d+\.\s+/, "");
}

/** The heading as printed: "1. Overview", "1.4 Historical Context", "Preface". */
export function numberedTitle(section: { title: string; number: string | null; depth: number }): string {
  if (!section.number) return section.title;
  return `${section.number}${section.depth === 1 ? "." : ""} ${bareTitle(section.title)}`;
}
