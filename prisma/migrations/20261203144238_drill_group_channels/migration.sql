-- AlterTable
ALTER TABLE "drill_plan" ADD COLUMN     "group_channels" JSONB NOT NULL DEFAULT '{}';

