export { ShareDialog } from "./components/share-dialog.tsx";
export { canOwnSections } from "./lib/effective-role.ts";
export { useBriefMembers } from "./queries.ts";
