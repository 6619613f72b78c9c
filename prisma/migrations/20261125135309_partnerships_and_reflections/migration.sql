-- CreateEnum
CREATE TYPE "ReviewType" AS ENUM ('assessment', 'development');

-- CreateEnum
CREATE TYPE "Sector" AS ENUM ('PO', 'VO', 'MBO');

-- CreateEnum
CREATE TYPE "PartnerRole" AS ENUM ('coordinator', 'school_based_educator', 'institute_based_educator', 'workplace_mentor', 'student', 'board_member');

-- CreateTable
CREATE TABLE "partnership" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "sectors" "Sector"[],
    "review_type" "ReviewType" NOT NULL,
    "visit_date" DATE,
    "updates_channel_id" TEXT,
    "word_limit_per_waarborg" INTEGER NOT NULL DEFAULT 1500,
    "created_by_id" UUID NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "partnership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "membership" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "partnership_id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "role" "PartnerRole" NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "contribution" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "partnership_id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "role" "PartnerRole" NOT NULL,
    "waarborg_id" TEXT NOT NULL,
    "item_id" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "declined_follow_ups" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "version" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "contribution_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "draft_entry" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "partnership_id" UUID NOT NULL,
    "waarborg_id" TEXT NOT NULL,
    "item_id" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "source_contribution_ids" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "edited_by_id" UUID NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "draft_entry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "partnership_tenant_id_name_key" ON "partnership"("tenant_id", "name");

-- CreateIndex
CREATE INDEX "membership_tenant_id_person_id_idx" ON "membership"("tenant_id", "person_id");

-- CreateIndex
CREATE UNIQUE INDEX "membership_partnership_id_person_id_key" ON "membership"("partnership_id", "person_id");

-- CreateIndex
CREATE INDEX "contribution_partnership_id_waarborg_id_idx" ON "contribution"("partnership_id", "waarborg_id");

-- CreateIndex
CREATE UNIQUE INDEX "contribution_partnership_id_item_id_person_id_key" ON "contribution"("partnership_id", "item_id", "person_id");

-- CreateIndex
CREATE UNIQUE INDEX "draft_entry_partnership_id_item_id_key" ON "draft_entry"("partnership_id", "item_id");

-- AddForeignKey
ALTER TABLE "partnership" ADD CONSTRAINT "partnership_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "membership" ADD CONSTRAINT "membership_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "membership" ADD CONSTRAINT "membership_partnership_id_fkey" FOREIGN KEY ("partnership_id") REFERENCES "partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "membership" ADD CONSTRAINT "membership_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contribution" ADD CONSTRAINT "contribution_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contribution" ADD CONSTRAINT "contribution_partnership_id_fkey" FOREIGN KEY ("partnership_id") REFERENCES "partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contribution" ADD CONSTRAINT "contribution_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "draft_entry" ADD CONSTRAINT "draft_entry_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "draft_entry" ADD CONSTRAINT "draft_entry_partnership_id_fkey" FOREIGN KEY ("partnership_id") REFERENCES "partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "draft_entry" ADD CONSTRAINT "draft_entry_edited_by_id_fkey" FOREIGN KEY ("edited_by_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

