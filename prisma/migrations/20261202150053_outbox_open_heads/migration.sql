-- DropIndex
DROP INDEX "outbox_message_channel_key_id_idx";

-- AlterTable
ALTER TABLE "outbox_message" ADD COLUMN     "open" BOOLEAN NOT NULL DEFAULT true;

-- Messages already delivered or given up are not open.
UPDATE "outbox_message" SET "open" = false WHERE "status" IN ('sent', 'failed');

-- CreateIndex
CREATE INDEX "outbox_message_open_channel_key_id_idx" ON "outbox_message"("open", "channel_key", "id");

