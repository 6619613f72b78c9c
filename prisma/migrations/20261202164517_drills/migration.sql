-- CreateTable
CREATE TABLE "drill_plan" (
    "partnership_id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "start_date" DATE,
    "weekdays" INTEGER[] DEFAULT ARRAY[2, 4]::INTEGER[],
    "time" TEXT NOT NULL DEFAULT '09:00',
    "time_zone" TEXT NOT NULL DEFAULT 'Europe/Amsterdam',
    "questions_per_week" INTEGER NOT NULL DEFAULT 2,
    "holidays" JSONB NOT NULL DEFAULT '[]',
    "good_friday" BOOLEAN NOT NULL DEFAULT false,
    "groups" JSONB NOT NULL DEFAULT '[]',
    "channel_id" TEXT,
    "last_processed" TIMESTAMP(3) NOT NULL,
    "next_run_at" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 0,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "drill_plan_pkey" PRIMARY KEY ("partnership_id")
);

-- CreateTable
CREATE TABLE "drill_person" (
    "partnership_id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "assigned_group" TEXT,
    "paused_until" DATE,
    "stopped_at" TIMESTAMP(3),
    "cards" JSONB NOT NULL DEFAULT '[]',
    "last_question_id" TEXT,
    "open_since" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 0,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "drill_person_pkey" PRIMARY KEY ("partnership_id","person_id")
);

-- CreateTable
CREATE TABLE "drill_prompt" (
    "partnership_id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "tenant_id" UUID NOT NULL,
    "outcome" TEXT NOT NULL,
    "question_ids" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "drill_prompt_pkey" PRIMARY KEY ("partnership_id","key")
);

-- CreateTable
CREATE TABLE "drill_answer" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "partnership_id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "role" "PartnerRole" NOT NULL,
    "group_id" TEXT NOT NULL,
    "question_id" TEXT NOT NULL,
    "waarborg_id" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "strength" TEXT NOT NULL,
    "draft_mismatch" BOOLEAN NOT NULL DEFAULT false,
    "mock_visit_id" UUID,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "drill_answer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "drill_question" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "partnership_id" UUID NOT NULL,
    "group_id" TEXT NOT NULL,
    "waarborg_id" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'proposed',
    "proposed_by_id" UUID NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "drill_question_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mock_visit" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "partnership_id" UUID NOT NULL,
    "group_id" TEXT NOT NULL,
    "conversation_id" TEXT NOT NULL,
    "thread_id" TEXT,
    "question_ids" TEXT[],
    "started_by_id" UUID NOT NULL,
    "started_at" TIMESTAMP(3) NOT NULL,
    "ends_at" TIMESTAMP(3) NOT NULL,
    "closed_at" TIMESTAMP(3),

    CONSTRAINT "mock_visit_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "drill_plan_next_run_at_idx" ON "drill_plan"("next_run_at");

-- CreateIndex
CREATE INDEX "drill_answer_partnership_id_group_id_waarborg_id_idx" ON "drill_answer"("partnership_id", "group_id", "waarborg_id");

-- CreateIndex
CREATE INDEX "drill_answer_mock_visit_id_idx" ON "drill_answer"("mock_visit_id");

-- CreateIndex
CREATE INDEX "drill_question_partnership_id_status_idx" ON "drill_question"("partnership_id", "status");

-- CreateIndex
CREATE INDEX "mock_visit_partnership_id_closed_at_idx" ON "mock_visit"("partnership_id", "closed_at");

-- AddForeignKey
ALTER TABLE "drill_plan" ADD CONSTRAINT "drill_plan_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "drill_plan" ADD CONSTRAINT "drill_plan_partnership_id_fkey" FOREIGN KEY ("partnership_id") REFERENCES "partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "drill_person" ADD CONSTRAINT "drill_person_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "drill_person" ADD CONSTRAINT "drill_person_partnership_id_fkey" FOREIGN KEY ("partnership_id") REFERENCES "partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "drill_person" ADD CONSTRAINT "drill_person_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "drill_prompt" ADD CONSTRAINT "drill_prompt_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "drill_prompt" ADD CONSTRAINT "drill_prompt_partnership_id_fkey" FOREIGN KEY ("partnership_id") REFERENCES "partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "drill_answer" ADD CONSTRAINT "drill_answer_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "drill_answer" ADD CONSTRAINT "drill_answer_partnership_id_fkey" FOREIGN KEY ("partnership_id") REFERENCES "partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "drill_answer" ADD CONSTRAINT "drill_answer_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "drill_answer" ADD CONSTRAINT "drill_answer_mock_visit_id_fkey" FOREIGN KEY ("mock_visit_id") REFERENCES "mock_visit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "drill_question" ADD CONSTRAINT "drill_question_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "drill_question" ADD CONSTRAINT "drill_question_partnership_id_fkey" FOREIGN KEY ("partnership_id") REFERENCES "partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "drill_question" ADD CONSTRAINT "drill_question_proposed_by_id_fkey" FOREIGN KEY ("proposed_by_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mock_visit" ADD CONSTRAINT "mock_visit_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mock_visit" ADD CONSTRAINT "mock_visit_partnership_id_fkey" FOREIGN KEY ("partnership_id") REFERENCES "partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

