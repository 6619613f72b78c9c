-- CreateTable
CREATE TABLE "timeline_settings" (
    "partnership_id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "time_zone" TEXT NOT NULL DEFAULT 'Europe/Amsterdam',
    "holidays" JSONB NOT NULL DEFAULT '[]',
    "overrides" JSONB NOT NULL DEFAULT '{}',
    "digest_weekday" INTEGER NOT NULL DEFAULT 1,
    "digest_time" TEXT NOT NULL DEFAULT '09:00',
    "last_processed" TIMESTAMP(3),
    "basis" JSONB,
    "next_run_at" TIMESTAMP(3),
    "channel_hint_at" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 0,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "timeline_settings_pkey" PRIMARY KEY ("partnership_id")
);

-- CreateTable
CREATE TABLE "timeline_notification" (
    "tenant_id" UUID NOT NULL,
    "partnership_id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "timeline_notification_pkey" PRIMARY KEY ("partnership_id","key")
);

-- CreateTable
CREATE TABLE "vraagstuk" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "partnership_id" UUID NOT NULL,
    "proposed_by_id" UUID NOT NULL,
    "text" TEXT NOT NULL,
    "selected" BOOLEAN NOT NULL DEFAULT false,
    "position" INTEGER,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "vraagstuk_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "region_lead" (
    "tenant_id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "region" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "region_lead_pkey" PRIMARY KEY ("tenant_id","person_id","region")
);

-- CreateIndex
CREATE INDEX "timeline_settings_next_run_at_idx" ON "timeline_settings"("next_run_at");

-- CreateIndex
CREATE INDEX "vraagstuk_partnership_id_created_at_idx" ON "vraagstuk"("partnership_id", "created_at");

-- AddForeignKey
ALTER TABLE "timeline_settings" ADD CONSTRAINT "timeline_settings_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "timeline_settings" ADD CONSTRAINT "timeline_settings_partnership_id_fkey" FOREIGN KEY ("partnership_id") REFERENCES "partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "timeline_notification" ADD CONSTRAINT "timeline_notification_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "timeline_notification" ADD CONSTRAINT "timeline_notification_partnership_id_fkey" FOREIGN KEY ("partnership_id") REFERENCES "partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "vraagstuk" ADD CONSTRAINT "vraagstuk_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "vraagstuk" ADD CONSTRAINT "vraagstuk_partnership_id_fkey" FOREIGN KEY ("partnership_id") REFERENCES "partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "vraagstuk" ADD CONSTRAINT "vraagstuk_proposed_by_id_fkey" FOREIGN KEY ("proposed_by_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "region_lead" ADD CONSTRAINT "region_lead_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "region_lead" ADD CONSTRAINT "region_lead_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

