-- CreateEnum
CREATE TYPE "ReviewEventKind" AS ENUM ('REQUESTED', 'APPROVED', 'CHANGES_REQUESTED', 'MARKED_NOT_APPLICABLE', 'RETURNED_TO_DRAFT', 'REOPENED');

-- AlterEnum
ALTER TYPE "SectionStatus" ADD VALUE 'NOT_APPLICABLE';

-- AlterTable
ALTER TABLE "TemplateSection" ADD COLUMN     "staleAfterDays" INTEGER;

-- AlterTable
ALTER TABLE "Brief" ADD COLUMN     "archivedAt" TIMESTAMP(3),
ADD COLUMN     "archivedById" TEXT,
ADD COLUMN     "publishedAt" TIMESTAMP(3),
ADD COLUMN     "publishedById" TEXT,
ADD COLUMN     "publishedVersionId" TEXT;

-- AlterTable
ALTER TABLE "Section" ADD COLUMN     "approvedById" TEXT,
ADD COLUMN     "approvedRevisionId" TEXT,
ADD COLUMN     "notApplicableReason" TEXT,
ADD COLUMN     "reviewDueAt" TIMESTAMP(3),
ADD COLUMN     "reviewerId" TEXT;

-- CreateTable
CREATE TABLE "SectionReviewEvent" (
    "id" TEXT NOT NULL,
    "briefId" TEXT NOT NULL,
    "sectionId" TEXT NOT NULL,
    "actorId" TEXT NOT NULL,
    "kind" "ReviewEventKind" NOT NULL,
    "revisionId" TEXT,
    "reviewerId" TEXT,
    "dueAt" TIMESTAMP(3),
    "note" TEXT,
    "threadId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SectionReviewEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SectionRead" (
    "userId" TEXT NOT NULL,
    "sectionId" TEXT NOT NULL,
    "revisionId" TEXT,
    "readAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SectionRead_pkey" PRIMARY KEY ("userId","sectionId")
);

-- CreateIndex
CREATE INDEX "SectionReviewEvent_sectionId_createdAt_idx" ON "SectionReviewEvent"("sectionId", "createdAt");

-- CreateIndex
CREATE INDEX "SectionReviewEvent_briefId_createdAt_idx" ON "SectionReviewEvent"("briefId", "createdAt");

-- CreateIndex
CREATE INDEX "SectionReviewEvent_actorId_idx" ON "SectionReviewEvent"("actorId");

-- CreateIndex
CREATE INDEX "SectionReviewEvent_reviewerId_idx" ON "SectionReviewEvent"("reviewerId");

-- CreateIndex
CREATE INDEX "SectionReviewEvent_revisionId_idx" ON "SectionReviewEvent"("revisionId");

-- CreateIndex
CREATE INDEX "SectionRead_sectionId_idx" ON "SectionRead"("sectionId");

-- CreateIndex
CREATE INDEX "SectionRead_revisionId_idx" ON "SectionRead"("revisionId");

-- CreateIndex
CREATE UNIQUE INDEX "Brief_publishedVersionId_key" ON "Brief"("publishedVersionId");

-- CreateIndex
CREATE INDEX "Brief_archivedById_idx" ON "Brief"("archivedById");

-- CreateIndex
CREATE INDEX "Brief_publishedById_idx" ON "Brief"("publishedById");

-- CreateIndex
CREATE INDEX "Section_approvedRevisionId_idx" ON "Section"("approvedRevisionId");

-- CreateIndex
CREATE INDEX "Section_approvedById_idx" ON "Section"("approvedById");

-- CreateIndex
CREATE INDEX "Section_reviewerId_idx" ON "Section"("reviewerId");

-- AddForeignKey
ALTER TABLE "Brief" ADD CONSTRAINT "Brief_archivedById_fkey" FOREIGN KEY ("archivedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Brief" ADD CONSTRAINT "Brief_publishedById_fkey" FOREIGN KEY ("publishedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Brief" ADD CONSTRAINT "Brief_publishedVersionId_fkey" FOREIGN KEY ("publishedVersionId") REFERENCES "BriefVersion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Section" ADD CONSTRAINT "Section_approvedRevisionId_fkey" FOREIGN KEY ("approvedRevisionId") REFERENCES "Revision"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Section" ADD CONSTRAINT "Section_approvedById_fkey" FOREIGN KEY ("approvedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Section" ADD CONSTRAINT "Section_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SectionReviewEvent" ADD CONSTRAINT "SectionReviewEvent_briefId_fkey" FOREIGN KEY ("briefId") REFERENCES "Brief"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SectionReviewEvent" ADD CONSTRAINT "SectionReviewEvent_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "Section"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SectionReviewEvent" ADD CONSTRAINT "SectionReviewEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SectionReviewEvent" ADD CONSTRAINT "SectionReviewEvent_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SectionReviewEvent" ADD CONSTRAINT "SectionReviewEvent_revisionId_fkey" FOREIGN KEY ("revisionId") REFERENCES "Revision"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SectionRead" ADD CONSTRAINT "SectionRead_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SectionRead" ADD CONSTRAINT "SectionRead_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "Section"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SectionRead" ADD CONSTRAINT "SectionRead_revisionId_fkey" FOREIGN KEY ("revisionId") REFERENCES "Revision"("id") ON DELETE SET NULL ON UPDATE CASCADE;
