-- AlterTable
ALTER TABLE "conversation" ADD COLUMN     "welcomed_at" TIMESTAMP(3);

