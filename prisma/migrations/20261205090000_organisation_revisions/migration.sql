-- Moderated edits of a public organisation's profile: proposed versions wait
-- in OrganisationRevision, and decisions about them go in the same
-- append-only moderation log as those about initiatives.
-- AlterTable
ALTER TABLE "ModerationDecision" ADD COLUMN     "organisationId" TEXT,
ADD COLUMN     "organisationRevisionId" TEXT,
ALTER COLUMN "initiativeId" DROP NOT NULL,
ALTER COLUMN "fromStatus" DROP NOT NULL,
ALTER COLUMN "toStatus" DROP NOT NULL;

-- CreateTable
CREATE TABLE "OrganisationRevision" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "status" "RevisionStatus" NOT NULL DEFAULT 'PENDING_REVIEW',
    "content" JSONB NOT NULL,
    "authorId" TEXT,
    "submittedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OrganisationRevision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "OrganisationRevision_status_submittedAt_idx" ON "OrganisationRevision"("status", "submittedAt");

-- CreateIndex
CREATE INDEX "OrganisationRevision_authorId_idx" ON "OrganisationRevision"("authorId");

-- CreateIndex
CREATE UNIQUE INDEX "OrganisationRevision_organisationId_number_key" ON "OrganisationRevision"("organisationId", "number");

-- CreateIndex
CREATE INDEX "ModerationDecision_organisationId_createdAt_idx" ON "ModerationDecision"("organisationId", "createdAt");

-- CreateIndex
CREATE INDEX "ModerationDecision_organisationRevisionId_idx" ON "ModerationDecision"("organisationRevisionId");

-- AddForeignKey
ALTER TABLE "OrganisationRevision" ADD CONSTRAINT "OrganisationRevision_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganisationRevision" ADD CONSTRAINT "OrganisationRevision_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModerationDecision" ADD CONSTRAINT "ModerationDecision_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModerationDecision" ADD CONSTRAINT "ModerationDecision_organisationRevisionId_fkey" FOREIGN KEY ("organisationRevisionId") REFERENCES "OrganisationRevision"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- A decision is about exactly one subject: an initiative (with the statuses
-- it moved between), or an edit of an organisation's profile.
ALTER TABLE "ModerationDecision" ADD CONSTRAINT "ModerationDecision_one_subject" CHECK (
  (
    "initiativeId" IS NOT NULL
    AND "fromStatus" IS NOT NULL
    AND "toStatus" IS NOT NULL
    AND "organisationId" IS NULL
    AND "organisationRevisionId" IS NULL
  ) OR (
    "initiativeId" IS NULL
    AND "revisionId" IS NULL
    AND "fromStatus" IS NULL
    AND "toStatus" IS NULL
    AND "organisationId" IS NOT NULL
    AND "organisationRevisionId" IS NOT NULL
  )
);
