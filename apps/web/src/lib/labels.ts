/** The tones a status badge comes in (components/ui/badge.tsx draws them). */
export type BadgeTone = "neutral" | "accent" | "success" | "warning" | "danger" | "outline";

type Labelled = { label: string; tone: BadgeTone };

export const briefStatus: Record<string, Labelled> = {
  DRAFT: { label: "Draft", tone: "neutral" },
  IN_REVIEW: { label: "In review", tone: "warning" },
  PUBLISHED: { label: "Published", tone: "success" },
};

export const sectionStatus: Record<string, Labelled> = {
  DRAFT: { label: "Draft", tone: "neutral" },
  IN_REVIEW: { label: "In review", tone: "warning" },
  APPROVED: { label: "Approved", tone: "success" },
  NOT_APPLICABLE: { label: "Not applicable", tone: "outline" },
};

export const roleLabel: Record<string, string> = {
  ADMIN: "Admin",
  EDITOR: "Editor",
  REVIEWER: "Reviewer",
  VIEWER: "Viewer",
};

export const labelFor = (table: Record<string, Labelled>, value: string): Labelled =>
  table[value] ?? { label: value, tone: "neutral" };

// One formatter for the app: `n.toLocaleString("en-US")` builds a new one per call, and the word
// count calls this on every keystroke.
const numberFormat = new Intl.NumberFormat("en-US");

/** "12,345". */
export const formatCount = (n: number) => numberFormat.format(n);

export const plural = (n: number, one: string, many = `${one}s`) =>
  `${formatCount(n)} ${n === 1 ? one : many}`;
