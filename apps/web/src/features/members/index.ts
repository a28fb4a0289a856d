export { ShareDialog } from "./components/share-dialog.tsx";
export { useBriefMembers } from "./queries.ts";
