// One person's turns at one place run one at a time, in the order they came:
// a double click does its step once, and a message sent right after another
// is handled after it, on the state the first one left.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TurnStore } from '../../../src/store/turn-store';
import { nl } from '../../../src/texts/nl';
import { postEvent, postInteraction } from '../../support/slack-signing';
import { blockActions, buttonsOf, directMessage, forTeam, headerOf, newTeam, partnershipWith, startSlackHarness, textOf, type SlackHarness } from './harness';

let h: SlackHarness;
beforeAll(async () => {
  h = await startSlackHarness();
});
afterAll(async () => {
  await h?.close();
});

const t = nl.reflection;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('turns at one place', () => {
  it('a triple click on "skip" skips one item, and the later presses are told they are stale', async () => {
    const teamId = newTeam();
    await partnershipWith(h, teamId, 'UDBL', 'Anne de Boer', 'school_based_educator');
    await postEvent(h.bot.url, directMessage({ teamId }, { channel: 'DDBL', user: 'UDBL', text: 'reflectie leeromgeving' }));
    const [, first] = await h.api.waitForCalls(forTeam('chat.postMessage', teamId), 2);
    expect(headerOf(first!.body.blocks)).toBe(t.itemHeading('Leeromgeving', 1, 4));
    const skip = buttonsOf(first!.body.blocks).find((b) => b.text.text === t.skipButton)!;
    const press = () => postInteraction(h.bot.url, blockActions({ teamId, user: 'UDBL', channel: 'DDBL', button: skip }));
    const answers = await Promise.all([press(), press(), press()]);
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
    // The first press skips; each later one is told it is stale and shown where the person is now
    // (intro and item 1, then three answers of two posts each; the DM is paced, so they come over seconds).
    await h.api.waitForCalls(forTeam('chat.postMessage', teamId), 8, 20_000);
    await pause(1_500);
    const posts = h.api.calls.filter(forTeam('chat.postMessage', teamId)).slice(2).map((call) => textOf(call.body.blocks));
    expect(posts).toHaveLength(6);
    expect(posts.filter((text) => text.startsWith(t.skipped(1)))).toHaveLength(1);
    expect(posts.filter((text) => text.startsWith(t.staleButton))).toHaveLength(2);
    // Item 2 is where everyone lands; item 3 never: the later presses saw the state the first one left.
    expect(posts.filter((text) => text.startsWith(t.itemHeading('Leeromgeving', 2, 4)))).toHaveLength(3);
    expect(posts.some((text) => text.includes(t.itemHeading('Leeromgeving', 3, 4)))).toBe(false);
  });

  it('an answer sent right after the command that opens the question lands on that question', async () => {
    const teamId = newTeam();
    const partnershipId = await partnershipWith(h, teamId, 'UFAST', 'Anne de Boer', 'school_based_educator');
    const answer = 'Elke maandag bespreken de schoolopleider en de instituutsopleider samen met de student zijn lesvoorbereiding.';
    // Both are acknowledged before the first is run: the second waits for the first.
    const dm = (text: string) => postEvent(h.bot.url, directMessage({ teamId }, { channel: 'DFAST', user: 'UFAST', text }));
    const acks = await Promise.all([dm('reflectie leeromgeving'), pause(5).then(() => dm(answer))]);
    expect(acks.map((a) => a.status)).toEqual([200, 200]);
    const posts = await h.api.waitForCalls(forTeam('chat.postMessage', teamId), 3);
    expect(headerOf(posts[1]!.body.blocks)).toBe(t.itemHeading('Leeromgeving', 1, 4));
    expect(textOf(posts[2]!.body.blocks)).toContain('*Bewaard*');
    const stored = await new TurnStore(h.bot.db).withTenant('slack', teamId, (scope) => scope.contributions.list(partnershipId));
    expect(stored.map((c) => [c.itemId, c.text])).toEqual([['leeromgeving.minimum.1', answer]]);
  });
});
