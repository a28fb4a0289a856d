// The history feature's public face: the revisions panel, the stage that shows a revision or a
// comparison in place of the editor, and the pieces of a diff other features reuse.
export { ChangeNav, DiffLegend } from "./components/change-nav.tsx";
export { HistoryPanel } from "./components/history-panel.tsx";
export { HistoryStage } from "./components/history-stage.tsx";
export { useChangeNavigator } from "./hooks/use-change-navigator.ts";
export { contributorNames } from "./lib/history-groups.ts";
export { REVISIONS_PAGE_SIZE, revisionsPageParam } from "./lib/revisions-query.ts";
export { useRevision } from "./queries.ts";
export { openHistoryView } from "./state.ts";
