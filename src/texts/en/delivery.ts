import type { DeliveryTexts } from '../sections/delivery';
import { plural } from '../words';

/** What the platforms' answers mean for the people who read this. */
const causes: Record<string, string> = {
  not_in_channel: 'the bot is not (or no longer) a member of that channel: invite it',
  channel_not_found: 'that channel does not exist (any more)',
  is_archived: 'that channel is archived',
  user_not_found: 'that account does not exist (any more)',
  users_not_found: 'that account does not exist (any more)',
  account_inactive: 'that account is deactivated',
  user_disabled: 'that account is deactivated',
  invalid_auth: 'the bot is not (or no longer) installed in this workspace',
  token_revoked: 'the bot is not (or no longer) installed in this workspace',
  'no conversation with the bot in this tenant yet': 'nobody in this organisation has used the bot yet',
};

const cause = (detail: string) =>
  causes[detail] ?? (/^HTTP 40[13]/.test(detail) ? 'the bot was removed from the team, channel or chat' : /^HTTP 404/.test(detail) ? 'that conversation does not exist (any more)' : `\`${detail}\``);

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
      ? `not reachable: ${cause(reason.detail)}`
      : reason.kind === 'gave-up'
        ? `kept failing for an hour (${cause(reason.detail)})`
        : `refused by the platform (${cause(reason.detail)})`,
  notCoordinator: 'Only a coordinator of the partnership can see what did not arrive.',
  when: (at) => when.format(at),
};
