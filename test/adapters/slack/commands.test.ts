// Slash commands against the real bot: acknowledged at once, answered through
// the response_url, visible only to the person who asked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../../src/texts/en';
import { nl } from '../../../src/texts/nl';
import { uniqueId } from '../../support/bot';
import { postCommand, postInteraction } from '../../support/slack-signing';
import { blockActions, buttonsOf, headerOf, newTeam, slashCommand, startSlackHarness, textOf, type SlackHarness } from './harness';
import type { RecordedCall } from '../../support/slack-api-stand-in';

let h: SlackHarness;
beforeAll(async () => {
  h = await startSlackHarness();
});
afterAll(async () => {
  await h?.close();
});

const toResponse = (id: string) => (call: RecordedCall) => call.method === 'response' && call.responseId === id;

describe('Slack slash command /peerreview', () => {
  for (const text of ['', 'hulp']) {
    it(`acknowledges \`/peerreview ${text}\` at once, then sends the Dutch help to the response_url`, async () => {
      const teamId = newTeam();
      const id = uniqueId('r');
      const answer = await postCommand(h.bot.url, slashCommand({ teamId, user: 'UANN', channel: 'CGENERAL', text, responseUrl: h.api.responseUrl(id) }));
      expect(answer.status).toBe(200);
      expect(answer.text).toBe('');
      expect(answer.ms).toBeLessThan(1_500);

      const [reply] = await h.api.waitForCalls(toResponse(id));
      // The ack went out before the work: the answer arrived first.
      expect(answer.answeredAt).toBeLessThanOrEqual(reply!.at);
      expect(reply!.body.response_type).toBe('ephemeral');
      expect(reply!.body.replace_original).toBe(false);
      expect(headerOf(reply!.body.blocks)).toBe(nl.help.title);
      expect(textOf(reply!.body.blocks)).toContain(nl.help.intro);
      // Ephemeral answers never go through chat.postMessage.
      expect(h.api.calls.filter((call) => call.method === 'chat.postMessage' && call.body.team_id === teamId)).toHaveLength(0);
    });
  }

  it('answers an unknown subcommand with the hint to use `hulp`', async () => {
    const teamId = newTeam();
    const id = uniqueId('r');
    await postCommand(h.bot.url, slashCommand({ teamId, user: 'UBEA', channel: 'CGENERAL', text: 'onzin', responseUrl: h.api.responseUrl(id) }));
    const [reply] = await h.api.waitForCalls(toResponse(id));
    expect(textOf(reply!.body.blocks)).toBe(nl.errors.unknownCommand('onzin'));
  });

  it('lets `/peerreview taal` be answered with a button on the ephemeral message', async () => {
    const teamId = newTeam();
    const asked = uniqueId('r');
    await postCommand(h.bot.url, slashCommand({ teamId, user: 'UCAS', channel: 'CGENERAL', text: 'taal', responseUrl: h.api.responseUrl(asked) }));
    const [question] = await h.api.waitForCalls(toResponse(asked));
    const english = buttonsOf(question!.body.blocks).find((button) => button.value === 'en')!;
    expect(english.text.text).toBe(nl.language.english);

    const pressed = uniqueId('r');
    const answer = await postInteraction(
      h.bot.url,
      blockActions({ teamId, user: 'UCAS', channel: 'CGENERAL', button: english, ephemeral: true, responseUrl: h.api.responseUrl(pressed) }),
    );
    expect(answer.status).toBe(200);
    const [reply] = await h.api.waitForCalls(toResponse(pressed));
    expect(reply!.body.response_type).toBe('ephemeral');
    expect(textOf(reply!.body.blocks)).toBe(en.language.set);
  });
});
