// A verified Slack request → a core turn with its reply address, the open-form
// fast path, something to ignore (a bot's own post, an edit), or a body that is
// not what Slack sends (400).
import type { BlockAction, ButtonAction, SlashCommand, ViewSubmitAction } from '@slack/bolt';
import type { Turn } from '../../src/core/turn';
import type { SlackAddress } from './address';
import { OPEN_FORM_ACTION } from './form-refs';
import { HOME_OPENED_ACTION } from '../../src/flows/timeline/home';
import { appHomeOpenedEvent, appMentionEvent, blockActions, eventCallback, kindOf, memberJoinedChannelEvent, messageEvent, slashCommand, viewSubmission } from './payloads';
import { coreAction } from './render-blocks';
import { readModalMetadata } from './render-modal';
import { actionWhere, toTurn, turnFromAction, turnFromCommand, turnFromDirectMessage, turnFromMention, turnFromViewSubmission } from './to-turn';
import type { UserNames } from './user-names';

export type Translation =
  | { kind: 'turn'; turn: Turn; replyTo: SlackAddress & Record<string, unknown> }
  | { kind: 'open-form'; teamId: string; triggerId: string; formRef: string; address: SlackAddress }
  | { kind: 'ignore'; reason: string }
  | { kind: 'bad'; reason: string };

const address = (a: SlackAddress): SlackAddress & Record<string, unknown> => ({ ...a });

export function translate(body: Record<string, unknown>, names: Pick<UserNames, 'cached'>): Translation {
  switch (kindOf(body)) {
    case 'event':
      return fromEvent(body, names);
    case 'command': {
      const parsed = slashCommand.safeParse(body);
      if (!parsed.success) return bad('slash command', parsed.error);
      const command = parsed.data as unknown as SlashCommand;
      const name = names.cached(command.team_id, command.user_id) ?? command.user_name ?? '';
      const turn = turnFromCommand(command, command.team_id, name);
      return {
        kind: 'turn',
        turn,
        replyTo: address({ channel: command.channel_id, userId: command.user_id, responseUrl: command.response_url, triggerId: command.trigger_id }),
      };
    }
    case 'block_actions': {
      const parsed = blockActions.safeParse(body);
      if (!parsed.success) return bad('block_actions', parsed.error);
      const action = parsed.data.actions[0];
      const payload = parsed.data as unknown as BlockAction;
      const onHome = payload.container.type === 'view' && (parsed.data as { view?: { type?: unknown } }).view?.type === 'home';
      // Only buttons in messages and on the App Home are ours; inputs inside our modals send nothing.
      if (!action || action.type !== 'button' || (payload.container.type === 'view' && !onHome)) return { kind: 'ignore', reason: 'not a message button' };
      const teamId = payload.team?.id ?? payload.user.team_id;
      if (onHome && teamId) {
        // The App Home has no channel: the answer goes to the person's DM with the bot (chat.postMessage to their user id).
        const name = names.cached(teamId, payload.user.id) ?? payload.user.name ?? payload.user.username ?? '';
        const turn = turnFromAction(payload, action as unknown as ButtonAction, { teamId, channel: payload.user.id, dm: true }, name);
        return { kind: 'turn', turn, replyTo: address({ channel: payload.user.id, userId: payload.user.id }) };
      }
      const where = teamId ? actionWhere(payload, teamId) : undefined;
      if (!teamId || !where) return { kind: 'ignore', reason: 'action without team or channel' };
      const to: SlackAddress = {
        channel: where.channel,
        ...(where.threadTs ? { threadTs: where.threadTs } : {}),
        userId: payload.user.id,
        // An ephemeral message can only be answered through its response_url.
        ...(payload.container.is_ephemeral && payload.response_url ? { responseUrl: payload.response_url } : {}),
        triggerId: payload.trigger_id,
      };
      if (coreAction(action.action_id) === OPEN_FORM_ACTION) return { kind: 'open-form', teamId, triggerId: payload.trigger_id, formRef: action.value ?? '', address: to };
      const name = names.cached(teamId, payload.user.id) ?? payload.user.name ?? payload.user.username ?? '';
      return { kind: 'turn', turn: turnFromAction(payload, action as unknown as ButtonAction, where, name), replyTo: address(to) };
    }
    case 'view_submission': {
      const parsed = viewSubmission.safeParse(body);
      if (!parsed.success) return bad('view_submission', parsed.error);
      const payload = parsed.data as unknown as ViewSubmitAction;
      const metadata = readModalMetadata(payload.view.private_metadata);
      const teamId = payload.team?.id ?? payload.user.team_id;
      if (!metadata || !teamId) return { kind: 'ignore', reason: 'view submission without its conversation' };
      const name = names.cached(teamId, payload.user.id) ?? payload.user.name ?? '';
      return {
        kind: 'turn',
        turn: turnFromViewSubmission(payload, teamId, metadata, name),
        replyTo: address({
          channel: metadata.channel,
          ...(metadata.threadTs ? { threadTs: metadata.threadTs } : {}),
          userId: payload.user.id,
          ...(metadata.responseUrl ? { responseUrl: metadata.responseUrl } : {}),
          ...(payload.trigger_id ? { triggerId: payload.trigger_id } : {}),
        }),
      };
    }
    case 'other':
      return { kind: 'ignore', reason: `request type ${String(body.type).slice(0, 100)}` };
    case 'unknown':
      return { kind: 'bad', reason: 'not a Slack request: no type and no command' };
  }
}

function fromEvent(body: Record<string, unknown>, names: Pick<UserNames, 'cached'>): Translation {
  const parsed = eventCallback.safeParse(body);
  if (!parsed.success) return bad('event_callback', parsed.error);
  const { team_id: teamId, event_id: eventId, event, authorizations } = parsed.data;
  if (event.type === 'message') {
    const message = messageEvent.safeParse(event);
    if (!message.success) return bad('message event', message.error);
    const m = message.data;
    // Only a person's own new words in a DM; edits, joins and bot posts (our own included) are not turns.
    if (m.channel_type !== 'im' || m.subtype !== undefined || m.bot_id || !m.user) return { kind: 'ignore', reason: 'not a person’s DM message' };
    const turn = turnFromDirectMessage(
      { eventId, teamId, channel: m.channel, user: m.user, text: m.text ?? '', ...(m.thread_ts ? { threadTs: m.thread_ts } : {}) },
      names.cached(teamId, m.user) ?? '',
    );
    return { kind: 'turn', turn, replyTo: address({ channel: m.channel, ...(turn.place.threadId ? { threadTs: turn.place.threadId } : {}), userId: m.user }) };
  }
  if (event.type === 'app_mention') {
    const mention = appMentionEvent.safeParse(event);
    if (!mention.success) return bad('app_mention event', mention.error);
    const m = mention.data;
    if (m.bot_id || !m.user) return { kind: 'ignore', reason: 'a bot’s mention' };
    // The event's authorizations name the bot user whose mention is to be removed.
    const botUserId = authorizations?.find((a) => a.is_bot !== false && a.user_id)?.user_id;
    const name = m.user_profile?.display_name || m.user_profile?.real_name || names.cached(teamId, m.user) || '';
    const turn = turnFromMention(
      { eventId, teamId, channel: m.channel, user: m.user, text: m.text, ts: m.ts, ...(m.thread_ts ? { threadTs: m.thread_ts } : {}) },
      botUserId,
      name,
    );
    // Always answer in the thread: under the mention, or in the thread it was made in.
    return { kind: 'turn', turn, replyTo: address({ channel: m.channel, threadTs: turn.place.threadId, userId: m.user }) };
  }
  if (event.type === 'app_home_opened') {
    const home = appHomeOpenedEvent.safeParse(event);
    if (!home.success) return bad('app_home_opened event', home.error);
    const { user, channel, tab } = home.data;
    // The Home tab has a view to publish (and welcomes the first time); the Messages tab is the DM itself, welcomed once.
    const input = tab === 'home' ? { kind: 'action' as const, action: HOME_OPENED_ACTION, value: '' } : { kind: 'joined' as const };
    const turn = toTurn({ teamId, channel, dm: true }, eventId, { id: user, name: names.cached(teamId, user) ?? '' }, input);
    return { kind: 'turn', turn, replyTo: address({ channel, userId: user }) };
  }
  if (event.type === 'member_joined_channel') {
    const joined = memberJoinedChannelEvent.safeParse(event);
    if (!joined.success) return bad('member_joined_channel event', joined.error);
    const { user, channel, inviter } = joined.data;
    const botUserId = authorizations?.find((a) => a.is_bot !== false && a.user_id)?.user_id;
    // Only the bot's own arrival; a person joining is no reason to speak.
    if (!botUserId || user !== botUserId) return { kind: 'ignore', reason: 'someone else joined a channel' };
    // The turn is the inviter's: the welcome's next steps are theirs. Without one, the bot's own (no partnership, no role).
    const by = inviter ?? user;
    const turn = toTurn({ teamId, channel }, eventId, { id: by, name: names.cached(teamId, by) ?? '' }, { kind: 'joined' });
    return { kind: 'turn', turn, replyTo: address({ channel, userId: by }) };
  }
  return { kind: 'ignore', reason: `event type ${event.type.slice(0, 100)}` };
}

function bad(what: string, error: { issues: ReadonlyArray<{ path: PropertyKey[]; message: string }> }): Translation {
  const issue = error.issues[0];
  return { kind: 'bad', reason: `not a Slack ${what}: ${issue ? `${issue.path.map(String).join('.') || 'body'} ${issue.message}` : 'unexpected shape'}` };
}
