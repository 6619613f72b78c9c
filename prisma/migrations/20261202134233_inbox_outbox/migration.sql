-- CreateEnum
CREATE TYPE "InboxStatus" AS ENUM ('pending', 'done', 'failed');

-- CreateEnum
CREATE TYPE "OutboxStatus" AS ENUM ('pending', 'sending', 'sent', 'failed');

-- CreateTable
CREATE TABLE "inbox_event" (
    "id" BIGSERIAL NOT NULL,
    "platform" "Platform" NOT NULL,
    "workspace_id" TEXT NOT NULL,
    "event_id" TEXT NOT NULL,
    "order_key" TEXT NOT NULL,
    "turn" JSONB NOT NULL,
    "status" "InboxStatus" NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "available_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "received_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "done_at" TIMESTAMP(3),
    "last_error" TEXT,

    CONSTRAINT "inbox_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "outbox_message" (
    "id" BIGSERIAL NOT NULL,
    "platform" "Platform" NOT NULL,
    "workspace_id" TEXT NOT NULL,
    "channel_key" TEXT NOT NULL,
    "target" JSONB NOT NULL,
    "message" JSONB NOT NULL,
    "locale" TEXT NOT NULL,
    "origin" TEXT NOT NULL,
    "status" "OutboxStatus" NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "available_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lease_until" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sent_at" TIMESTAMP(3),
    "platform_message_id" TEXT,
    "failure" TEXT,

    CONSTRAINT "outbox_message_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "channel_pace" (
    "channel_key" TEXT NOT NULL,
    "tat" TIMESTAMP(3) NOT NULL,
    "blocked_until" TIMESTAMP(3),

    CONSTRAINT "channel_pace_pkey" PRIMARY KEY ("channel_key")
);

-- CreateIndex
CREATE INDEX "inbox_event_status_id_idx" ON "inbox_event"("status", "id");

-- CreateIndex
CREATE INDEX "inbox_event_order_key_id_idx" ON "inbox_event"("order_key", "id");

-- CreateIndex
CREATE UNIQUE INDEX "inbox_event_platform_workspace_id_event_id_key" ON "inbox_event"("platform", "workspace_id", "event_id");

-- CreateIndex
CREATE INDEX "outbox_message_status_id_idx" ON "outbox_message"("status", "id");

-- CreateIndex
CREATE INDEX "outbox_message_channel_key_id_idx" ON "outbox_message"("channel_key", "id");

-- CreateIndex
CREATE INDEX "outbox_message_workspace_id_status_idx" ON "outbox_message"("workspace_id", "status");

