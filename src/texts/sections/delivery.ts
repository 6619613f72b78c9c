// `bezorging` / `delivery`: what the bot could not deliver, for coordinators.
import type { FailureReason } from '../../core/delivery';

export interface DeliveryTexts {
  title: string;
  /** Nothing failed in the period. */
  allDelivered: string;
  /** How many messages are still on their way (0: none). */
  waiting: (count: number) => string;
  intro: (days: number) => string;
  channel: (conversationId: string) => string;
  person: (name: string) => string;
  reply: (name: string) => string;
  reason: (reason: FailureReason) => string;
  notCoordinator: string;
  /** A moment in the partnership's time (Europe/Amsterdam). */
  when: (at: Date) => string;
}
