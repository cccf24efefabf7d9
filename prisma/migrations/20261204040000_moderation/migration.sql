-- Moderation queue: unpublication, report dismissal, the version each decision
-- was about, reports tied to the decision that closed them, moderator regions
-- in the role log.
-- AlterEnum
ALTER TYPE "InitiativeStatus" ADD VALUE 'UNPUBLISHED';

-- AlterEnum
ALTER TYPE "ModerationAction" ADD VALUE 'DISMISS_REPORTS';

-- AlterTable
ALTER TABLE "ModerationDecision" ADD COLUMN     "content" JSONB,
ADD COLUMN     "submittedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Report" ADD COLUMN     "decisionId" TEXT,
ADD COLUMN     "locale" "Locale" NOT NULL DEFAULT 'fr';

-- AlterTable
ALTER TABLE "RoleChange" ADD COLUMN     "regionCodes" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateIndex
CREATE INDEX "Report_decisionId_idx" ON "Report"("decisionId");

-- AddForeignKey
ALTER TABLE "Report" ADD CONSTRAINT "Report_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "ModerationDecision"("id") ON DELETE SET NULL ON UPDATE CASCADE;

