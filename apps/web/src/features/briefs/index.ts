// The briefs feature's public face: the dashboard, a brief's outline (sidebar), and the queries
// other features read a brief through.

export { BriefListSkeleton } from "./components/brief-list.tsx";
export { BriefSidebar } from "./components/brief-sidebar.tsx";
export { Dashboard } from "./components/dashboard.tsx";
export { MobileOutline } from "./components/mobile-outline.tsx";
export { SectionDot } from "./components/section-dot.tsx";
export { firstLeaf } from "./lib/outline.ts";
export { useBrief } from "./queries.ts";
