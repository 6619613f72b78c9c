// The shapes of the Slack requests the bot acts on, checked with zod before
// anything reads them: a signed but odd body (null, a list, an event without
// its fields, a field of the wrong type) is answered 400 instead of throwing
// somewhere later. Every field a turn is made of is checked down to its type,
// so nothing but strings from the body reaches the turn: a deeply nested value
// in a field the bot reads is refused here (zod does not descend into it), and
// one in a field it does not read is never copied anywhere.
import { z } from 'zod';

// Platform ids: no control characters (PostgreSQL refuses NUL in text, and no Slack id has one).
const id = z.string().min(1).max(255).regex(/^[^\u0000-\u001f]+$/, 'has control characters');
// A user id that becomes part of a regular expression (the bot's mention is removed by it).
const userId = z.string().regex(/^[A-Za-z0-9]{1,64}$/, 'is not a Slack user id');

export const messageEvent = z.looseObject({
  type: z.literal('message'),
  channel: id,
  channel_type: z.string().optional(),
  user: id.optional(),
  text: z.string().optional(),
  subtype: z.string().optional(),
  bot_id: z.string().optional(),
  thread_ts: z.string().optional(),
});

export const appMentionEvent = z.looseObject({
  type: z.literal('app_mention'),
  channel: id,
  user: id.optional(),
  text: z.string(),
  ts: id,
  thread_ts: z.string().optional(),
  bot_id: z.string().optional(),
  user_profile: z.looseObject({ display_name: z.string().optional(), real_name: z.string().optional() }).optional(),
});

export const eventCallback = z.looseObject({
  type: z.literal('event_callback'),
  team_id: id,
  event_id: id,
  event: z.looseObject({ type: z.string() }),
  authorizations: z.array(z.looseObject({ user_id: userId.optional(), is_bot: z.boolean().optional() })).optional(),
});

/** The person opened the bot's App Home (`tab`: home or messages). */
export const appHomeOpenedEvent = z.looseObject({ type: z.literal('app_home_opened'), user: userId, channel: id, tab: z.string().optional() });

/** Someone joined a channel: the bot itself when it was added (`inviter`: who added it, when Slack says). */
export const memberJoinedChannelEvent = z.looseObject({ type: z.literal('member_joined_channel'), user: userId, channel: id, inviter: userId.optional() });

export const slashCommand = z.looseObject({
  command: id,
  text: z.string().optional(),
  team_id: id,
  channel_id: id,
  user_id: id,
  user_name: z.string().optional(),
  response_url: z.string(),
  trigger_id: id,
});

const user = z.looseObject({ id, name: z.string().optional(), username: z.string().optional(), team_id: z.string().optional() });
const team = z.looseObject({ id }).nullish();

export const blockActions = z.looseObject({
  type: z.literal('block_actions'),
  user,
  team,
  trigger_id: id,
  response_url: z.string().optional(),
  container: z.looseObject({
    type: z.string(),
    channel_id: id.optional(),
    thread_ts: z.string().optional(),
    is_ephemeral: z.boolean().optional(),
  }),
  channel: z.looseObject({ id }).nullish(),
  message: z.looseObject({ thread_ts: z.string().optional() }).nullish(),
  actions: z.array(z.looseObject({ type: z.string(), action_id: z.string(), value: z.string().optional() })),
});

// What one input of a submitted modal holds, for the kinds the bot's modals use
// (text, select, multi-select, date); Slack sends null for an empty one.
const inputState = z.looseObject({
  type: z.string().optional(),
  value: z.string().nullish(),
  selected_option: z.looseObject({ value: z.string() }).nullish(),
  selected_options: z.array(z.looseObject({ value: z.string() })).nullish(),
  selected_date: z.string().nullish(),
});

export const viewSubmission = z.looseObject({
  type: z.literal('view_submission'),
  user,
  team,
  trigger_id: z.string().optional(),
  view: z.looseObject({
    id,
    // Part of the turn's event id (one submission of one view), so an id too.
    hash: id,
    callback_id: z.string(),
    private_metadata: z.string().optional(),
    state: z.looseObject({ values: z.record(z.string(), z.record(z.string(), inputState)) }).optional(),
  }),
});

/**
 * Kinds of body that arrive at /slack/events. `other` is a request Slack does
 * send but the bot does not act on (view_closed, app_rate_limited, …): it has a
 * type. A body with neither a type nor a command is not from Slack: `unknown`.
 */
export function kindOf(body: Record<string, unknown>): 'event' | 'command' | 'block_actions' | 'view_submission' | 'other' | 'unknown' {
  if (body.type === 'event_callback') return 'event';
  if (typeof body.command === 'string') return 'command';
  if (body.type === 'block_actions') return 'block_actions';
  if (body.type === 'view_submission') return 'view_submission';
  if (typeof body.type === 'string' && body.type !== '') return 'other';
  return 'unknown';
}
