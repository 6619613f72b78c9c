import type { FailureCause, FailureReason } from '../../core/delivery';
import type { DeliveryTexts } from '../sections/delivery';
import { plural } from '../words';

/** What the platforms' answers mean for the people who read this. */
const causes: Record<FailureCause, string> = {
  'not-in-channel': 'the bot is not (or no longer) a member of that channel: invite it',
  'channel-gone': 'that channel does not exist (any more)',
  'channel-archived': 'that channel is archived',
  'account-gone': 'that account does not exist (any more)',
  'account-deactivated': 'that account is deactivated',
  'not-installed': 'the bot is not (or no longer) installed in this workspace',
  'bot-unused-in-tenant': 'nobody in this organisation has used the bot yet',
  'bot-removed': 'the bot was removed from the team, channel or chat',
  'conversation-gone': 'that conversation does not exist (any more)',
};

const cause = (reason: FailureReason) => (reason.cause ? causes[reason.cause] : `\`${reason.detail}\``);

const when = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });

export const deliveryEn: DeliveryTexts = {
  title: 'Delivery',
  allDelivered: 'Everything I sent lately has arrived.',
  waiting: (count) => (count === 0 ? 'Nothing is waiting to be sent.' : `Still on their way: ${plural(count, 'message', 'messages')}.`),
  intro: (days) => `These messages of the last ${plural(days, 'day', 'days')} did not arrive:`,
  channel: (id) => `channel \`${id}\``,
  person: (name) => `${name} (direct message)`,
  reply: (name) => `${name} (reply)`,
  reason: (reason) =>
    reason.kind === 'unreachable'
      ? `not reachable: ${cause(reason)}`
      : reason.kind === 'gave-up'
        ? `kept failing for an hour (${cause(reason)})`
        : `refused by the platform (${cause(reason)})`,
  notCoordinator: 'Only a coordinator of the partnership can see what did not arrive.',
  when: (at) => when.format(at),
};
