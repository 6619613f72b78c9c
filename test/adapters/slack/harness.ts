// The real bot with Slack configured against the Web API stand-in, plus
// builders for the payloads Slack sends. Each test uses its own team id.
import type { BotOptions, RunningBot } from '../../../adapters/bot';
import type { PartnerRole } from '../../../src/domain/partnership';
import { startTestBot, uniqueId } from '../../support/bot';
import { startSlackApiStandIn, type RecordedCall, type SlackApiStandIn } from '../../support/slack-api-stand-in';
import { seedPartnership } from '../../support/partnerships';
import { TEST_SIGNING_SECRET } from '../../support/slack-signing';

export interface SlackHarness {
  api: SlackApiStandIn;
  bot: RunningBot;
  /** Stops the bot and starts a new one on the same database (a deploy or crash). */
  restart(): Promise<void>;
  close(): Promise<void>;
}

export async function startSlackHarness(options: BotOptions = {}): Promise<SlackHarness> {
  const api = await startSlackApiStandIn();
  const env = { SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET, SLACK_BOT_TOKEN: 'xoxb-test', SLACK_API_URL: api.apiUrl };
  const harness: SlackHarness = {
    api,
    bot: await startTestBot(env, options),
    async restart() {
      await harness.bot.close();
      harness.bot = await startTestBot(env, options);
    },
    async close() {
      await harness.bot.close();
      await api.close();
    },
  };
  return harness;
}

/** A partnership in `teamId` that the person creates and holds `role` in, with their name known to the Web API stand-in. */
export async function partnershipWith(h: SlackHarness, teamId: string, userId: string, name: string, role: PartnerRole): Promise<string> {
  h.api.userNames.set(userId, name);
  const { partnershipId } = await seedPartnership(h.bot.db, { platform: 'slack', workspaceId: teamId }, [{ userId, name, role }]);
  return partnershipId;
}

export function newTeam(): string {
  return uniqueId('T');
}

let tsCounter = 0;
/** A Slack message timestamp no other test uses. */
export function newTs(): string {
  tsCounter += 1;
  return `${Math.floor(Date.now() / 1000)}.${String(tsCounter).padStart(6, '0')}`;
}

/** Calls to `method` that belong to `teamId` (the adapter's Web API client adds team_id). */
export function forTeam(method: string, teamId: string): (call: RecordedCall) => boolean {
  return (call) => call.method === method && call.body.team_id === teamId;
}

interface Envelope {
  teamId: string;
  eventId?: string;
}

export function eventCallback({ teamId, eventId = uniqueId('Ev') }: Envelope, event: Record<string, unknown>) {
  return {
    token: 'legacy-verification-token',
    team_id: teamId,
    api_app_id: 'APEERREVIEW',
    event,
    type: 'event_callback',
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: teamId, user_id: 'UBOT', is_bot: true, is_enterprise_install: false }],
  };
}

export function directMessage(envelope: Envelope, { channel, user, text, threadTs }: { channel: string; user: string; text: string; threadTs?: string }) {
  const ts = newTs();
  return eventCallback(envelope, {
    type: 'message',
    channel_type: 'im',
    channel,
    user,
    text,
    ts,
    event_ts: ts,
    ...(threadTs ? { thread_ts: threadTs } : {}),
  });
}

export function appMention(envelope: Envelope, { channel, user, text, ts = newTs(), threadTs }: { channel: string; user: string; text: string; ts?: string; threadTs?: string }) {
  return eventCallback(envelope, { type: 'app_mention', channel, user, text, ts, event_ts: ts, ...(threadTs ? { thread_ts: threadTs } : {}) });
}

export function slashCommand({ teamId, user, channel, text, responseUrl }: { teamId: string; user: string; channel: string; text: string; responseUrl: string }) {
  return {
    token: 'legacy-verification-token',
    team_id: teamId,
    team_domain: 'samen-opleiden',
    channel_id: channel,
    channel_name: channel.startsWith('D') ? 'directmessage' : 'algemeen',
    user_id: user,
    user_name: `user.${user.toLowerCase()}`,
    command: '/peerreview',
    text,
    api_app_id: 'APEERREVIEW',
    is_enterprise_install: 'false',
    response_url: responseUrl,
    trigger_id: uniqueId('trigger.'),
  };
}

export interface Pressed {
  teamId: string;
  user: string;
  channel: string;
  /** The button as the bot rendered it. */
  button: { action_id: string; value?: string };
  messageTs?: string;
  threadTs?: string;
  /** Set for buttons on an ephemeral message (slash command answers). */
  responseUrl?: string;
  ephemeral?: boolean;
}

export function blockActions({ teamId, user, channel, button, messageTs = newTs(), threadTs, responseUrl = 'http://127.0.0.1:9/unused', ephemeral = false }: Pressed) {
  return {
    type: 'block_actions',
    user: { id: user, username: `user.${user.toLowerCase()}`, name: `user.${user.toLowerCase()}`, team_id: teamId },
    api_app_id: 'APEERREVIEW',
    token: 'legacy-verification-token',
    container: { type: 'message', message_ts: messageTs, channel_id: channel, is_ephemeral: ephemeral, ...(threadTs ? { thread_ts: threadTs } : {}) },
    trigger_id: uniqueId('trigger.'),
    team: { id: teamId, domain: 'samen-opleiden' },
    channel: { id: channel, name: channel.startsWith('D') ? 'directmessage' : 'algemeen' },
    ...(ephemeral ? {} : { message: { type: 'message', user: 'UBOT', bot_id: 'BBOT', ts: messageTs, text: 'fallback', ...(threadTs ? { thread_ts: threadTs } : {}) } }),
    response_url: responseUrl,
    actions: [{ type: 'button', block_id: 'b1', action_id: button.action_id, value: button.value, text: { type: 'plain_text', text: 'x' }, action_ts: newTs() }],
  };
}

export function viewSubmission({ teamId, user, callbackId, privateMetadata, values, viewId = uniqueId('V'), hash = uniqueId('h') }: {
  teamId: string;
  user: string;
  callbackId: string;
  privateMetadata: string;
  values: Record<string, string>;
  viewId?: string;
  hash?: string;
}) {
  return {
    type: 'view_submission',
    team: { id: teamId, domain: 'samen-opleiden' },
    user: { id: user, username: `user.${user.toLowerCase()}`, name: `user.${user.toLowerCase()}`, team_id: teamId },
    api_app_id: 'APEERREVIEW',
    token: 'legacy-verification-token',
    trigger_id: uniqueId('trigger.'),
    view: {
      id: viewId,
      team_id: teamId,
      type: 'modal',
      callback_id: callbackId,
      private_metadata: privateMetadata,
      hash,
      blocks: [],
      state: { values: Object.fromEntries(Object.entries(values).map(([id, value]) => [id, { [id]: { type: 'plain_text_input', value } }])) },
      title: { type: 'plain_text', text: 'Form' },
      close: null,
      submit: null,
      root_view_id: viewId,
      previous_view_id: null,
      clear_on_close: false,
      notify_on_close: false,
      app_id: 'APEERREVIEW',
      bot_id: 'BBOT',
    },
  };
}

/** Every button the bot put in a message, in order. */
export function buttonsOf(blocks: any[]): Array<{ action_id: string; value?: string; text: { text: string }; style?: string }> {
  return blocks.flatMap((block) => (block.type === 'actions' ? block.elements : block.accessory?.type === 'button' ? [block.accessory] : []));
}

/** All the visible text of a message's blocks, for assertions. */
export function textOf(blocks: any[]): string {
  return blocks
    .flatMap((block) => [block.text?.text, ...(block.elements ?? []).map((element: any) => element.text?.text ?? element.text)])
    .filter((text): text is string => typeof text === 'string')
    .join('\n');
}

export function headerOf(blocks: any[]): string | undefined {
  return blocks.find((block) => block.type === 'header')?.text.text;
}
