// The comments feature's public face: the section's comments (panel, highlights, bubble), the
// header's toggle, the brief-wide list, and how a thread is linked to.
export { BriefComments } from "./components/brief-comments.tsx";
export { CommentsToggle } from "./components/comments-toggle.tsx";
export { SectionComments } from "./components/section-comments.tsx";
export { threadHref } from "./lib/threads.ts";
