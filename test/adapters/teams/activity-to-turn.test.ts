// Bot Framework activity → core Turn, for the cases the end-to-end tests do not reach.
import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { activityToTurn, toLocale } from '../../../adapters/teams/activity-to-turn';
import { channelChat, mentionActivity, messageActivity, personalChat, textActivity } from './teams-client';

const chat = personalChat('TENANT-A', 'https://smba.trafficmanager.net/emea/');
const asActivity = (body: Record<string, unknown>) => body as unknown as Activity;
const turnOf = (body: Record<string, unknown>, authenticated = true) => {
  const result = activityToTurn(asActivity(body), { authenticated });
  if (result.kind !== 'turn') throw new Error(`ignored: ${result.reason}`);
  return result.turn;
};

describe('activityToTurn', () => {
  it('maps a personal chat message to a DM turn keyed by conversation and activity id', () => {
    const body = textActivity(chat, '  hulp ');
    const turn = turnOf(body);
    expect(turn).toMatchObject({
      platform: 'teams',
      workspaceId: 'TENANT-A',
      eventId: `${chat.conversationId}|${String(body.id)}`,
      user: { id: chat.user.aadObjectId, name: chat.user.name, locale: 'nl' },
      place: { conversationId: chat.conversationId, kind: 'dm' },
      input: { kind: 'text', text: 'hulp' },
    });
    expect(turn.place.reference).toMatchObject({ serviceUrl: chat.serviceUrl, activityId: body.id, conversation: { id: chat.conversationId } });
  });

  it('removes the bot mention in a channel and calls the place a channel', () => {
    const turn = turnOf(mentionActivity(channelChat('TENANT-A', chat.serviceUrl), 'taal&nbsp;en'));
    expect(turn.input).toEqual({ kind: 'text', text: 'taal en' });
    expect(turn.place.kind).toBe('channel');
  });

  it('splits a channel thread id into the channel and the thread, and refers to the channel itself', () => {
    const channel = channelChat('TENANT-A', chat.serviceUrl);
    const [channelId, threadId] = channel.conversationId.split(';messageid=');
    const turn = turnOf(mentionActivity(channel, 'hulp'));
    expect(threadId).toBeTruthy();
    expect(turn.place).toMatchObject({ conversationId: channelId, threadId, kind: 'channel' });
    expect(turn.place.reference).toMatchObject({ conversation: { id: channelId }, serviceUrl: chat.serviceUrl });
  });

  it('reads a button press and a submitted form from the message value', () => {
    expect(turnOf(messageActivity(chat, { value: { action: 'language.set', value: 'en' } })).input).toEqual({
      kind: 'action',
      action: 'language.set',
      value: 'en',
    });
    const form = turnOf(messageActivity(chat, { value: { form: 'reflection.save', title: 'Hoi', score: 3, nested: { x: 1 } } }));
    expect(form.input).toEqual({ kind: 'form', form: 'reflection.save', values: { title: 'Hoi', score: '3' } });
  });

  it('takes the tenant from channelData when the conversation has none', () => {
    const body = textActivity(chat, 'hulp');
    body.conversation = { id: chat.conversationId, conversationType: 'personal' };
    body.channelData = { tenant: { id: 'TENANT-B' } };
    expect(turnOf(body).workspaceId).toBe('TENANT-B');
  });

  it("uses the 'local' tenant only when unauthenticated; otherwise ignores a message without tenant", () => {
    const body = { ...textActivity(chat, 'hulp'), channelData: {}, conversation: { id: chat.conversationId } };
    expect(turnOf(body, false).workspaceId).toBe('local');
    expect(activityToTurn(asActivity(body), { authenticated: true })).toEqual({ kind: 'ignore', reason: 'no tenant id' });
  });

  it('falls back to the channel account id when there is no AAD object id', () => {
    const body = textActivity(chat, 'hulp');
    body.from = { id: '29:abc', name: 'Iemand' };
    expect(turnOf(body).user.id).toBe('29:abc');
  });

  it('ignores activities that are not messages', () => {
    const result = activityToTurn(asActivity({ ...textActivity(chat, ''), type: 'conversationUpdate' }), { authenticated: true });
    expect(result).toEqual({ kind: 'ignore', reason: 'activity type conversationUpdate' });
    const someoneAdded = { ...textActivity(chat, ''), type: 'conversationUpdate', membersAdded: [{ id: '29:someone' }] };
    expect(activityToTurn(asActivity(someoneAdded), { authenticated: true })).toEqual({ kind: 'ignore', reason: 'activity type conversationUpdate' });
    const removed = { ...textActivity(chat, ''), type: 'installationUpdate', action: 'remove' };
    expect(activityToTurn(asActivity(removed), { authenticated: true })).toEqual({ kind: 'ignore', reason: 'activity type installationUpdate' });
  });

  it('makes a `joined` turn of the person who installed the bot or added it to a conversation', () => {
    const bot = (textActivity(chat, '') as { recipient: { id: string } }).recipient.id;
    for (const body of [
      { ...textActivity(chat, ''), type: 'installationUpdate', action: 'add' },
      { ...textActivity(chat, ''), type: 'conversationUpdate', membersAdded: [{ id: chat.user.id }, { id: bot }] },
    ]) {
      const turn = turnOf(body);
      expect(turn.input).toEqual({ kind: 'joined' });
      expect(turn.user.id).toBe(chat.user.aadObjectId);
      expect(turn.place.conversationId).toBe(chat.conversationId);
    }
  });
});

describe('toLocale', () => {
  it.each([
    ['en-US', 'en'],
    ['EN-gb', 'en'],
    ['nl-NL', 'nl'],
    ['nl-BE', 'nl'],
    ['de-DE', undefined],
    [undefined, undefined],
  ])('%s → %s', (tag, locale) => {
    expect(toLocale(tag)).toBe(locale);
  });
});
