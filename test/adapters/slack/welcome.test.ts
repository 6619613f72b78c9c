// The welcome through Slack: "hallo" in a DM gets the card with command
// buttons; pressing one runs that command, as if it were typed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nl } from '../../../src/texts/nl';
import { postEvent, postInteraction } from '../../support/slack-signing';
import { blockActions, buttonsOf, directMessage, forTeam, headerOf, newTeam, startSlackHarness, textOf, type SlackHarness } from './harness';

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
