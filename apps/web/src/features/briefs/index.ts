// The briefs feature's public face: the dashboard, a brief's outline (sidebar), and the queries
// other features read a brief through.

export { ArchivedBanner } from "./components/archived-banner.tsx";
export { BriefSidebar } from "./components/brief-sidebar.tsx";
export { Dashboard } from "./components/dashboard.tsx";
export { MobileOutline } from "./components/mobile-outline.tsx";
export { SectionDot } from "./components/section-dot.tsx";
export { SectionLink } from "./components/section-link.tsx";
export {
  dashboardInput,
  dashboardPageParam,
  dashboardView,
  parseDashboardFilters,
} from "./lib/dashboard-filters.ts";
export { firstLeaf } from "./lib/outline.ts";
export { useBrief, useBriefs } from "./queries.ts";
