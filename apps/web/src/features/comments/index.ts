// The comments feature's public face: the section's comments (panel, highlights, bubble), the
// header's toggle and the brief-wide list. A thread's link is `threadHref` (lib/section-url.ts).
export { BriefComments } from "./components/brief-comments.tsx";
export { CommentsToggle } from "./components/comments-toggle.tsx";
export { SectionComments } from "./components/section-comments.tsx";
