import type { AppRouter, inferRouterInputs, inferRouterOutputs } from "@dossier/api";

export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;

export type BriefSummary = RouterOutputs["briefs"]["list"]["items"][number];
export type MyWork = RouterOutputs["work"]["mine"];
export type BriefOutline = RouterOutputs["briefs"]["get"];
export type OutlineSection = BriefOutline["sections"][number];
export type SectionDetail = RouterOutputs["sections"]["get"];
export type RevisionItem = RouterOutputs["revisions"]["list"]["items"][number];
