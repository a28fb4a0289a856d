-- The desk dashboard (briefs.list, packages/core/src/briefs/list-briefs.ts) counts each brief's
-- leaves: filled, approved, in review, owner-less, stale, and finds the last editor. Section rows
-- are wide (the current text), so reading them for 41 leaves × 25 briefs touched ~1,000 heap pages;
-- this narrow covering index answers the counts with index-only scans. Partial: only leaves count.
CREATE INDEX "Section_dashboard_idx" ON "Section" ("briefId")
  INCLUDE (key, status, "wordCount", "revisionCount", "ownerId", "reviewedAt", "lastEditedAt", "lastEditedById")
  WHERE "isLeaf";
