import type { BriefListStatus } from "@dossier/schema";
import { type BadgeTone, briefStatus } from "@/lib/labels.ts";

/** A brief's status on the dashboard: the review status, or "Archived". */
export const briefListStatus: Record<BriefListStatus, { label: string; tone: BadgeTone }> = {
  DRAFT: briefStatus.DRAFT ?? { label: "Draft", tone: "neutral" },
  IN_REVIEW: briefStatus.IN_REVIEW ?? { label: "In review", tone: "warning" },
  PUBLISHED: briefStatus.PUBLISHED ?? { label: "Published", tone: "success" },
  ARCHIVED: { label: "Archived", tone: "outline" },
};

/** A whole percentage of `part` in `whole` (0 for an empty whole). */
export const percent = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 100) : 0);
