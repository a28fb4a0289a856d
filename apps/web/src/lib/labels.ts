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

export const plural = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;
