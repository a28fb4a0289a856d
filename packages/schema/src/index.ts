export * from "./auth.ts";
export * from "./briefs.ts";
export * from "./comments.ts";
export * from "./common.ts";
export * from "./import-export.ts";
export * from "./revisions.ts";
export * from "./sections.ts";
