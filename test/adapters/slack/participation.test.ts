// `deelname` through Slack on the real server: the coordinator's overview, and
// the reminder button that sends a direct message to who wrote nothing, once a day.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nl } from '../../../src/texts/nl';
import { seedPartnership } from '../../support/partnerships';
import { postEvent, postInteraction } from '../../support/slack-signing';
import { blockActions, buttonsOf, directMessage, forTeam, newTeam, startSlackHarness, textOf, type SlackHarness } from './harness';

let h: SlackHarness;
beforeAll(async () => {
  h = await startSlackHarness();
});
afterAll(async () => {
  await h?.close();
});

const t = nl.partnership.participation;

describe('Slack deelname', () => {
  it('shows who wrote what and reminds who wrote nothing in a DM, once a day', async () => {
    const teamId = newTeam();
    h.api.userNames.set('UCOBY', 'Coby Coördinator');
    await seedPartnership(h.bot.db, { platform: 'slack', workspaceId: teamId }, [
      { userId: 'UCOBY', name: 'Coby Coördinator', role: 'coordinator' },
      { userId: 'USAM', name: 'Sam Student', role: 'student' },
    ]);
    await postEvent(h.bot.url, directMessage({ teamId }, { channel: 'DCOBY', user: 'UCOBY', text: 'deelname' }));
    const [overview] = await h.api.waitForCalls(forTeam('chat.postMessage', teamId));
    expect(textOf(overview!.body.blocks)).toContain('0 van 1 studenten');
    const remind = buttonsOf(overview!.body.blocks).find((b) => b.text.text === t.remindButton)!;
    await postInteraction(h.bot.url, blockActions({ teamId, user: 'UCOBY', channel: 'DCOBY', button: remind }));
    const [toSam] = await h.api.waitForCalls((call) => forTeam('chat.postMessage', teamId)(call) && call.body.channel === 'DUSAM');
    expect(textOf(toSam!.body.blocks)).toContain('Hallo Sam Student!');
    expect(textOf(toSam!.body.blocks)).toContain('Coby Coördinator vraagt je');
    const toCoby = (count: number) => h.api.waitForCalls((call) => forTeam('chat.postMessage', teamId)(call) && call.body.channel === 'DCOBY', count);
    expect(textOf((await toCoby(2))[1]!.body.blocks)).toBe(t.reminded(1));

    await postInteraction(h.bot.url, blockActions({ teamId, user: 'UCOBY', channel: 'DCOBY', button: remind }));
    expect(textOf((await toCoby(3))[2]!.body.blocks)).toBe(t.alreadyReminded);
    expect(h.api.calls.filter((call) => forTeam('chat.postMessage', teamId)(call) && call.body.channel === 'DUSAM')).toHaveLength(1);
  });
});
