// The welcome through Slack: "hallo" in a DM gets the card with command
// buttons; pressing one runs that command, as if it were typed. The same card
// comes once when a person first opens the app, or when the bot joins a channel.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nl } from '../../../src/texts/nl';
import { until } from '../../support/manual-clock';
import { postEvent, postInteraction } from '../../support/slack-signing';
import {
  blockActions,
  buttonsOf,
  directMessage,
  eventCallback,
  forTeam,
  headerOf,
  newTeam,
  partnershipWith,
  startSlackHarness,
  textOf,
  type SlackHarness,
} from './harness';

let h: SlackHarness;
beforeAll(async () => {
  h = await startSlackHarness();
});
afterAll(async () => {
  await h?.close();
});

describe('Slack welcome', () => {
  it('greets in a DM with buttons; "Wat kan ik?" answers with the help', async () => {
    const teamId = newTeam();
    expect((await postEvent(h.bot.url, directMessage({ teamId }, { channel: 'DHALLO', user: 'UHALLO', text: 'hallo' }))).status).toBe(200);
    const [welcome] = await h.api.waitForCalls(forTeam('chat.postMessage', teamId), 1);
    expect(headerOf(welcome!.body.blocks)).toBe(nl.welcome.title);
    expect(textOf(welcome!.body.blocks)).toContain(nl.welcome.noPartnership);
    const help = buttonsOf(welcome!.body.blocks).find((b) => b.text.text === nl.welcome.helpButton)!;
    expect(help.value).toBe('hulp');
    expect((await postInteraction(h.bot.url, blockActions({ teamId, user: 'UHALLO', channel: 'DHALLO', button: help }))).status).toBe(200);
    const posts = await h.api.waitForCalls(forTeam('chat.postMessage', teamId), 2);
    expect(headerOf(posts[1]!.body.blocks)).toBe(nl.help.title);
  });
});

describe('Slack welcome when the bot arrives', () => {
  const homeOpened = (teamId: string, user: string, tab: 'home' | 'messages', eventId?: string) =>
    eventCallback({ teamId, ...(eventId ? { eventId } : {}) }, { type: 'app_home_opened', user, channel: `D${user}`, tab, event_ts: '1.0' });
  const postsTo = (teamId: string, channel: string, count: number) =>
    h.api.waitForCalls((call) => forTeam('chat.postMessage', teamId)(call) && call.body.channel === channel, count);

  it('welcomes a person in the DM the first time they open the app, once: not on a retry, a second open or the other tab', async () => {
    const teamId = newTeam();
    const first = homeOpened(teamId, 'UNEW', 'home', 'EvFirstOpen');
    expect((await postEvent(h.bot.url, first)).status).toBe(200);
    const [welcome] = await postsTo(teamId, 'DUNEW', 1);
    expect(headerOf(welcome!.body.blocks)).toBe(nl.welcome.title);
    expect(textOf(welcome!.body.blocks)).toContain(nl.welcome.noPartnership);
    expect(buttonsOf(welcome!.body.blocks).map((b) => [b.text.text, b.value])).toEqual([
      [nl.welcome.setUpButton, 'partnerschap'],
      [nl.welcome.helpButton, 'hulp'],
    ]);
    // The Home tab's view is published as before.
    await h.api.waitForCalls((call) => call.method === 'views.publish' && call.body.user_id === 'UNEW');

    // Slack's retry of that event, another open of the Home tab, the Messages tab: no second welcome.
    expect((await postEvent(h.bot.url, first, { retryNum: 1 })).status).toBe(200);
    await postEvent(h.bot.url, homeOpened(teamId, 'UNEW', 'home'));
    await postEvent(h.bot.url, homeOpened(teamId, 'UNEW', 'messages'));
    // Turns of one person in one place run in order: the answer to `hulp` comes right after the one welcome.
    await postEvent(h.bot.url, directMessage({ teamId }, { channel: 'DUNEW', user: 'UNEW', text: 'hulp' }));
    const [, help] = await postsTo(teamId, 'DUNEW', 2);
    expect(headerOf(help!.body.blocks)).toBe(nl.help.title);
    await h.api.waitForCalls((call) => call.method === 'views.publish' && call.body.user_id === 'UNEW', 2);
  });

  it('welcomes a person who opens the Messages tab first, with the next step for where they stand', async () => {
    const teamId = newTeam();
    await partnershipWith(h, teamId, 'UANNE', 'Anne de Boer', 'student');
    await postEvent(h.bot.url, homeOpened(teamId, 'UANNE', 'messages'));
    const [welcome] = await postsTo(teamId, 'DUANNE', 1);
    expect(headerOf(welcome!.body.blocks)).toBe(nl.welcome.title);
    expect(buttonsOf(welcome!.body.blocks).map((b) => b.value)).toEqual(['reflectie', 'voortgang', 'hulp']);
    // The Messages tab has no view to publish.
    expect(h.api.calls.some((call) => call.method === 'views.publish' && call.body.user_id === 'UANNE')).toBe(false);
  });

  it('welcomes a channel it is added to, once, with a word on mentions; someone else joining says nothing', async () => {
    const teamId = newTeam();
    const joined = (user: string, eventId?: string) =>
      eventCallback({ teamId, ...(eventId ? { eventId } : {}) }, { type: 'member_joined_channel', user, channel: 'CNEW', channel_type: 'C', team: teamId, inviter: 'UCOBY', event_ts: '1.0' });
    await postEvent(h.bot.url, joined('UANNE'));
    const added = joined('UBOT', 'EvBotAdded');
    expect((await postEvent(h.bot.url, added)).status).toBe(200);
    const [welcome] = await postsTo(teamId, 'CNEW', 1);
    expect(welcome!.body.thread_ts).toBeUndefined();
    expect(headerOf(welcome!.body.blocks)).toBe(nl.welcome.title);
    expect(textOf(welcome!.body.blocks)).toContain(nl.welcome.inChannel);
    // A retry, and the bot removed and added again: no second welcome. Once both are handled, one reply was ever written.
    await postEvent(h.bot.url, added, { retryNum: 1 });
    await postEvent(h.bot.url, joined('UBOT'));
    const inbox = h.bot.db.prisma.inboxEvent;
    await until(async () => (await inbox.count({ where: { workspaceId: teamId, status: 'done' } })) === 2, 'both arrivals are handled');
    expect(await inbox.count({ where: { workspaceId: teamId } })).toBe(2);
    expect(await h.bot.db.prisma.outboxMessage.count({ where: { workspaceId: teamId } })).toBe(1);
    // The welcome's buttons work in the channel: they run their command there.
    await postInteraction(h.bot.url, blockActions({ teamId, user: 'UCOBY', channel: 'CNEW', button: buttonsOf(welcome!.body.blocks).find((b) => b.value === 'hulp')! }));
    const [, help] = await postsTo(teamId, 'CNEW', 2);
    expect(headerOf(help!.body.blocks)).toBe(nl.help.title);
  });
});
