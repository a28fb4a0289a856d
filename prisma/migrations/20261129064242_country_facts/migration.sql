-- AlterTable
ALTER TABLE "Revision" ADD COLUMN     "facts" JSONB;
