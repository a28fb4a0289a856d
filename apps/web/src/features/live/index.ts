export { LiveBriefUpdates } from "./components/live-brief-updates.tsx";
export { useLiveBriefEvents } from "./state.ts";
