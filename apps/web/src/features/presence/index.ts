export { OutlineExtras } from "./components/outline-extras.tsx";
export { SectionPresence } from "./components/presence-avatars.tsx";
export { PresenceBeacon } from "./components/presence-beacon.tsx";
export { useBriefPresence } from "./queries.ts";
