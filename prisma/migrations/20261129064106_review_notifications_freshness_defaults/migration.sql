-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "NotificationKind" ADD VALUE 'REVIEW_REQUESTED';
ALTER TYPE "NotificationKind" ADD VALUE 'REVIEW_APPROVED';
ALTER TYPE "NotificationKind" ADD VALUE 'CHANGES_REQUESTED';

-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "sectionId" TEXT,
ALTER COLUMN "threadId" DROP NOT NULL;

-- CreateIndex
CREATE INDEX "Notification_sectionId_idx" ON "Notification"("sectionId");

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "Section"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Default freshness policies (packages/core/src/template/freshness-defaults.ts) for template
-- sections that existed before the policy did; admins edit them afterwards.
UPDATE "TemplateSection" AS ts SET "staleAfterDays" = d.days
FROM (VALUES
  ('preface', 30),
  ('crises', 7),
  ('frank-narrative', 90),
  ('summary-help-us-goals', 90),
  ('summary-needs-from-us', 90),
  ('country-profile', 90),
  ('importance-to-interests', 180),
  ('democracy-score', 365),
  ('bilateral-milestones', 365),
  ('previous-agreements', 365),
  ('trade-relationships', 90),
  ('strategic-resources', 90),
  ('shared-security-concerns', 7),
  ('military-cooperation', 30),
  ('regional-diplomacy-role', 90),
  ('multilateral-cooperation', 90),
  ('human-rights-rule-of-law', 90),
  ('government-stability', 30),
  ('current-agreements', 90),
  ('trade-imbalances', 90),
  ('new-trade-agreements', 90),
  ('regional-conflicts', 7),
  ('terrorism-cyber-escalation', 7),
  ('migration-public-opinion', 90),
  ('societal-values', 365),
  ('climate-impact', 365),
  ('joint-climate-initiatives', 180),
  ('environmental-risks', 180),
  ('policy-help-us-goals', 90),
  ('policy-needs-from-us', 90),
  ('concrete-policy-proposal', 90),
  ('diplomatic-objectives', 90),
  ('economic-strategies', 90),
  ('public-health', 90),
  ('migration-refugees-borders', 30),
  ('corruption-governance', 90),
  ('regional-multilateral-engagement', 90),
  ('human-rights-social-justice', 90),
  ('tariff-report', 30),
  ('immigration-report', 30),
  ('visa-requirements', 30)
) AS d(key, days)
WHERE ts.key = d.key AND ts."staleAfterDays" IS NULL;
