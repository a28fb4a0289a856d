-- Full-text search (packages/core/src/search). Prisma can't express generated columns, so the
-- three tsvector columns are written by hand here; schema.prisma declares them as
-- Unsupported("tsvector")? so the client never writes them. PostgreSQL recomputes a generated
-- column only when a column it reads changes: saves pay for it, other section updates don't.
--
-- Config 'english' for content: analysts search prose, and stemming makes "sanction" find
-- "sanctions" and "negotiating" find "negotiations"; stop words still hold their positions, so a
-- phrase such as "rule of law" matches only those words in that order. 'simple' would demand
-- exact word forms.
--
-- Only the first 250,000 characters of a section are indexed: a tsvector is capped at 1 MB, and
-- a 2 MB document (the editor's limit) of distinct tokens would otherwise make the save itself
-- fail. 250,000 characters is about 40,000 words, twice the longest sections we plan for.

-- Keep section rows narrow: text and vectors go to the TOAST table (compressed) as soon as a row
-- passes 256 bytes, not 2 kB. Searches and outlines scan Section rows; with ~3 kB of text and
-- vector inline, 20,500 sections took 4,800 pages instead of 800. Set before the columns are
-- added, so the table rewrites below already follow it.
ALTER TABLE "Section" SET (toast_tuple_target = 256);

-- AlterTable: the current revision's plain text, kept by appendRevision.
ALTER TABLE "Section" ADD COLUMN "text" TEXT NOT NULL DEFAULT '';

-- Backfill before the generated columns exist, so each vector is computed once, below.
UPDATE "Section" AS s SET "text" = r."text" FROM "Revision" AS r WHERE r."id" = s."currentRevisionId";

-- AlterTable: the section's title above its text (weights A and B), as ts_rank reads them.
ALTER TABLE "Section" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english'::regconfig, "title"), 'A') ||
    setweight(to_tsvector('english'::regconfig, left("text", 250000)), 'B')
) STORED;

-- AlterTable: the title's words as typed, for "starts with" matches in the command palette.
-- '/', '.', ':' and '@' become spaces first, or the parser would read "U.S./World" as a path.
ALTER TABLE "Section" ADD COLUMN "titleVector" tsvector GENERATED ALWAYS AS (
    to_tsvector('simple'::regconfig, translate("title", '/.:@', '    '))
) STORED;

-- AlterTable: comment bodies (at most 5,000 characters, see packages/schema).
ALTER TABLE "Comment" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
    to_tsvector('english'::regconfig, "body")
) STORED;

-- CreateIndex
CREATE INDEX "Section_searchVector_idx" ON "Section" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Section_titleVector_idx" ON "Section" USING GIN ("titleVector");

-- CreateIndex
CREATE INDEX "Comment_searchVector_idx" ON "Comment" USING GIN ("searchVector");
