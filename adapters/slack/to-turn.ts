// Slack payloads as core turns. The conversation lives where the bot answers:
// a DM (or a thread in it), or, for a mention in a channel, the thread under
// the mention. So place.threadId is always the thread_ts the reply goes to,
// and a button pressed in that thread finds the same conversation state.
import type { BlockAction, ButtonAction, SlashCommand, ViewOutput, ViewSubmitAction } from '@slack/bolt';
import type { Turn, TurnInput } from '../../src/core/turn';
import { coreAction } from './render-blocks';
import type { ModalMetadata } from './render-modal';
import { unescapeSlack } from './mrkdwn';

interface Where {
  teamId: string;
  channel: string;
  threadTs?: string;
  /** The App Home's buttons name the person, not a D… channel: their answer is a DM all the same. */
  dm?: true;
}

export function toTurn(where: Where, eventId: string, user: { id: string; name: string }, input: TurnInput): Turn {
  // Slack channel ids tell the kind: D… is a direct message with the bot.
  const dm = where.dm === true || where.channel.startsWith('D');
  return {
    platform: 'slack',
    workspaceId: where.teamId,
    eventId,
    user,
    place: {
      conversationId: where.channel,
      kind: dm ? 'dm' : 'channel',
      ...(where.threadTs ? { threadId: where.threadTs } : {}),
      // Outside a DM the bot hears only mentions (it takes no channel messages): a next answer typed there never arrives.
      ...(dm ? {} : { mentionOnly: true as const }),
      reference: { channel: where.channel, team: where.teamId, ...(where.threadTs ? { thread_ts: where.threadTs } : {}) },
    },
    input,
  };
}

export interface DirectMessage {
  eventId: string;
  teamId: string;
  channel: string;
  user: string;
  text: string;
  threadTs?: string;
}

export function turnFromDirectMessage(message: DirectMessage, name: string): Turn {
  return toTurn(message, message.eventId, { id: message.user, name }, { kind: 'text', text: unescapeSlack(message.text) });
}

export interface Mention {
  eventId: string;
  teamId: string;
  channel: string;
  user: string;
  text: string;
  ts: string;
  threadTs?: string;
}

export function turnFromMention(mention: Mention, botUserId: string | undefined, name: string): Turn {
  const where = { teamId: mention.teamId, channel: mention.channel, threadTs: mention.threadTs ?? mention.ts };
  return toTurn(where, mention.eventId, { id: mention.user, name }, { kind: 'text', text: unescapeSlack(stripMention(mention.text, botUserId)) });
}

/** Removes `<@BOT>` (and `<@BOT|name>`) wherever it stands; without a known bot id, the leading mention. */
export function stripMention(text: string, botUserId: string | undefined): string {
  const pattern = botUserId ? new RegExp(`<@${botUserId}(\\|[^>]*)?>`, 'g') : /^\s*<@[A-Z0-9]+(\|[^>]*)?>/;
  return text.replace(pattern, ' ').replace(/\s+/g, ' ').trim();
}

export function turnFromCommand(command: SlashCommand, teamId: string, name: string): Turn {
  // A bare `/peerreview` asks for help.
  const text = unescapeSlack(command.text ?? '').trim() || 'hulp';
  return toTurn({ teamId, channel: command.channel_id }, `command:${command.trigger_id}`, { id: command.user_id, name }, { kind: 'text', text });
}

/**
 * Where a pressed button lives: its channel and the thread of its message. A button on a
 * post at channel level (a job's post: a drill prompt, a phase update) opens the thread
 * under that post, as a mention does: the answer typed there (an @mention in the thread)
 * then meets the conversation the button opened. DMs and ephemeral messages have no threads of their own.
 */
export function actionWhere(body: BlockAction, teamId: string): Where | undefined {
  const channel = body.channel?.id ?? (body.container.channel_id as string | undefined);
  if (!channel) return undefined;
  const inThread = (body.message?.thread_ts as string | undefined) ?? (body.container.thread_ts as string | undefined);
  const underPost = !channel.startsWith('D') && body.container.is_ephemeral !== true ? (body.message?.ts as string | undefined) : undefined;
  const threadTs = inThread ?? underPost;
  return { teamId, channel, ...(threadTs ? { threadTs } : {}) };
}

export function turnFromAction(body: BlockAction, action: ButtonAction, where: Where, name: string): Turn {
  return toTurn(where, `action:${body.trigger_id}`, { id: body.user.id, name }, { kind: 'action', action: coreAction(action.action_id), value: action.value ?? '' });
}

export function turnFromViewSubmission(body: ViewSubmitAction, teamId: string, metadata: ModalMetadata, name: string): Turn {
  const { view } = body;
  return toTurn(
    { teamId, channel: metadata.channel, ...(metadata.threadTs ? { threadTs: metadata.threadTs } : {}) },
    // The hash changes with every update of the view: a form submitted twice is dropped.
    `view:${view.id}:${view.hash}`,
    { id: body.user.id, name },
    { kind: 'form', form: view.callback_id, values: formValues(view) },
  );
}

/** block_id and action_id are both the field id; each input kind keeps its answer elsewhere. */
export function formValues(view: Pick<ViewOutput, 'state'>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [blockId, actions] of Object.entries(view.state?.values ?? {})) {
    const state = actions[blockId] ?? Object.values(actions)[0];
    if (!state) continue;
    // A multi-select reaches the core as its values joined with commas, as Teams sends it.
    const chosen = state.selected_options?.map((option) => option.value).join(',');
    values[blockId] = state.value ?? state.selected_option?.value ?? chosen ?? state.selected_date ?? '';
  }
  return values;
}
