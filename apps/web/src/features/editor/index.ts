// The editor feature's public face: the section editor, read-only document views, the section
// queries, and the open editor other features may reach (state.ts).
export { DocumentSkeleton, DocumentView } from "./components/document-view.tsx";
export { EditorSkeleton } from "./components/editor-skeleton.tsx";
export { type ConflictScreenProps, SectionEditor } from "./components/section-editor.tsx";
export { StaticDocument } from "./components/static-document.tsx";
export type { SaveFailure } from "./lib/autosave-state.ts";
export { SECTION_STALE_MS, sectionQueryOptions, useFetchLatestSection, useSection } from "./queries.ts";
export { type OpenEditor, useOpenEditor, useSavePending } from "./state.ts";
