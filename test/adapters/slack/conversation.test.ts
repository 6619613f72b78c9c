// Multi-turn conversations through Slack: buttons, typed answers, a restart in
// the middle, and the form plumbing (modal, submission, reply in the thread).
import { setTimeout as pause } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFormRefs, type FormBlock } from '../../../adapters/slack/form-refs';
import { en } from '../../../src/texts/en';
import { nl } from '../../../src/texts/nl';
import { uniqueId } from '../../support/bot';
import { postEvent, postInteraction } from '../../support/slack-signing';
import {
  appMention,
  blockActions,
  buttonsOf,
  directMessage,
  forTeam,
  headerOf,
  newTeam,
  newTs,
  startSlackHarness,
  textOf,
  viewSubmission,
  type SlackHarness,
} from './harness';

let h: SlackHarness;
beforeAll(async () => {
  h = await startSlackHarness();
});
afterAll(async () => {
  await h?.close();
});

describe('Slack language flow', () => {
  it('asks with two buttons; pressing English confirms in English and `help` then comes in English', async () => {
    const teamId = newTeam();
    await postEvent(h.bot.url, directMessage({ teamId }, { channel: 'DLIA', user: 'ULIA', text: 'taal' }));
    const [question] = await h.api.waitForCalls(forTeam('chat.postMessage', teamId));
    const actions = question!.body.blocks.filter((block: any) => block.type === 'actions');
    expect(actions).toHaveLength(1);
    const buttons = buttonsOf(question!.body.blocks);
    expect(buttons.map((button) => [button.text.text, button.value])).toEqual([
      [nl.language.dutch, 'nl'],
      [nl.language.english, 'en'],
    ]);
    expect(new Set(buttons.map((button) => button.action_id)).size).toBe(2);
    expect(textOf(question!.body.blocks)).toContain(nl.language.prompt);

    const answer = await postInteraction(
      h.bot.url,
      blockActions({ teamId, user: 'ULIA', channel: 'DLIA', button: buttons[1]!, messageTs: newTs() }),
    );
    expect(answer.status).toBe(200);
    const [, confirmation] = await h.api.waitForCalls(forTeam('chat.postMessage', teamId), 2);
    expect(confirmation!.body.channel).toBe('DLIA');
    expect(textOf(confirmation!.body.blocks)).toBe(en.language.set);

    await postEvent(h.bot.url, directMessage({ teamId }, { channel: 'DLIA', user: 'ULIA', text: 'help' }));
    const [, , help] = await h.api.waitForCalls(forTeam('chat.postMessage', teamId), 3);
    expect(headerOf(help!.body.blocks)).toBe(en.help.title);
  });

  it('resumes after a restart: `taal`, restart, then `en` is understood as the answer', async () => {
    const teamId = newTeam();
    await postEvent(h.bot.url, directMessage({ teamId }, { channel: 'DMAX', user: 'UMAX', text: 'taal' }));
    await h.api.waitForCalls(forTeam('chat.postMessage', teamId));

    await h.restart();
    await postEvent(h.bot.url, directMessage({ teamId }, { channel: 'DMAX', user: 'UMAX', text: 'en' }));
    const [, answer] = await h.api.waitForCalls(forTeam('chat.postMessage', teamId), 2);
    expect(textOf(answer!.body.blocks)).toBe(en.language.set);
  });

  it('keeps a conversation started by a mention in its thread: the button and a typed answer there both find it', async () => {
    const teamId = newTeam();
    const root = newTs();
    await postEvent(h.bot.url, appMention({ teamId }, { channel: 'CTEAM', user: 'UNOA', text: '<@UBOT> taal', ts: root }));
    const [question] = await h.api.waitForCalls(forTeam('chat.postMessage', teamId));
    expect(question!.body.thread_ts).toBe(root);

    // A typed answer, mentioning the bot in the thread.
    await postEvent(h.bot.url, appMention({ teamId }, { channel: 'CTEAM', user: 'UNOA', text: '<@UBOT> engels', threadTs: root }));
    const [, typed] = await h.api.waitForCalls(forTeam('chat.postMessage', teamId), 2);
    expect(typed!.body.thread_ts).toBe(root);
    expect(textOf(typed!.body.blocks)).toBe(en.language.set);

    // The button under the question, pressed later, answers in the same thread.
    const dutch = buttonsOf(question!.body.blocks).find((button) => button.value === 'nl')!;
    await postInteraction(h.bot.url, blockActions({ teamId, user: 'UNOA', channel: 'CTEAM', button: dutch, threadTs: root }));
    const [, , pressed] = await h.api.waitForCalls(forTeam('chat.postMessage', teamId), 3);
    expect(pressed!.body.thread_ts).toBe(root);
    expect(textOf(pressed!.body.blocks)).toBe(nl.language.set);
  });
});

describe('Slack forms', () => {
  const form: FormBlock = {
    type: 'form',
    form: 'language.feedback',
    title: 'Feedback',
    submitLabel: 'Versturen',
    fields: [{ id: 'remark', label: 'Opmerking', kind: 'multiline', required: true, maxLength: 500 }],
  };

  it('opens the modal when the "open form" button is pressed', async () => {
    const teamId = newTeam();
    const button = { action_id: '_open_form#0', value: createFormRefs().save(form) };
    const answer = await postInteraction(h.bot.url, blockActions({ teamId, user: 'UOTT', channel: 'CTEAM', button, threadTs: '1700000000.000001' }));
    expect(answer.status).toBe(200);
    const [opened] = await h.api.waitForCalls(forTeam('views.open', teamId));
    const view = opened!.body.view;
    expect(view.callback_id).toBe('language.feedback');
    expect(JSON.parse(view.private_metadata)).toMatchObject({ c: 'CTEAM', t: '1700000000.000001' });
    expect(view.blocks[0]).toMatchObject({ type: 'input', block_id: 'remark', optional: false, element: { type: 'plain_text_input', multiline: true, max_length: 500 } });
    expect(opened!.body.trigger_id).toBeTruthy();
  });

  it('turns a submitted modal into a form turn answered in the thread it came from, once', async () => {
    const teamId = newTeam();
    const submission = viewSubmission({
      teamId,
      user: 'UPIM',
      callbackId: 'language.feedback',
      privateMetadata: JSON.stringify({ c: 'CTEAM', t: '1700000000.000002' }),
      values: { remark: 'Mooi zo' },
    });
    const answer = await postInteraction(h.bot.url, submission);
    expect(answer.status).toBe(200);
    // The language flow has no form, so the engine calls the form stale; what matters is where that lands.
    const [reply] = await h.api.waitForCalls(forTeam('chat.postMessage', teamId));
    expect(reply!.body.channel).toBe('CTEAM');
    expect(reply!.body.thread_ts).toBe('1700000000.000002');
    expect(textOf(reply!.body.blocks)).toBe(nl.errors.staleAction);

    // The same view (id and hash) submitted again is dropped.
    await postInteraction(h.bot.url, submission);
    await pause(500);
    expect(h.api.calls.filter(forTeam('chat.postMessage', teamId))).toHaveLength(1);
    expect(await h.bot.db.prisma.inboxEvent.count({ where: { workspaceId: teamId } })).toBe(1);
  });

  it('says a button is stale when its form can no longer be found', async () => {
    const teamId = newTeam();
    const id = uniqueId('r');
    await postInteraction(
      h.bot.url,
      blockActions({ teamId, user: 'UQUI', channel: 'CTEAM', button: { action_id: '_open_form#0', value: 'm:forgotten' }, ephemeral: true, responseUrl: h.api.responseUrl(id) }),
    );
    const [reply] = await h.api.waitForCalls((call) => call.method === 'response' && call.responseId === id);
    expect(textOf(reply!.body.blocks)).toBe(nl.errors.staleAction);
  });
});
