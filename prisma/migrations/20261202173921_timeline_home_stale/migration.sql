-- AlterTable
ALTER TABLE "timeline_settings" ADD COLUMN     "home_stale_since" TIMESTAMP(3);

