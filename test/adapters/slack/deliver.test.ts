// Where one message goes, over the real Web API client against the stand-in:
// forms open as modals when Slack gave a trigger, private messages stay private.
// Pacing and order across messages are the dispatcher's (test/core/pipeline).
import { webApi } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliver, type DeliverDeps } from '../../../adapters/slack/deliver';
import { createFormRefs, type FormBlock } from '../../../adapters/slack/form-refs';
import { silentLogger } from '../../../src/core/logger';
import type { Message } from '../../../src/core/turn';
import { nl } from '../../../src/texts/nl';
import { uniqueId } from '../../support/bot';
import { startSlackApiStandIn, type SlackApiStandIn } from '../../support/slack-api-stand-in';
import { buttonsOf } from './harness';

let api: SlackApiStandIn;
let deps: DeliverDeps;
beforeAll(async () => {
  api = await startSlackApiStandIn();
  deps = { client: new webApi.WebClient('xoxb-test', { slackApiUrl: api.apiUrl, retryConfig: { retries: 0 } }), formRefs: createFormRefs(), logger: silentLogger };
});
afterAll(async () => {
  await api?.close();
});

const form: FormBlock = { type: 'form', form: 'intake.start', title: 'Intake', submitLabel: 'Klaar', fields: [{ id: 'naam', label: 'Naam', kind: 'text', required: true }] };
const withForm: Message = { blocks: [{ type: 'text', text: 'Vul dit in' }, form] };
const inChannel = (channel: string) => (call: { method: string; body: Record<string, any> }) => call.body.channel === channel;

describe('deliver', () => {
  it('opens a form as a modal right away when there is a trigger, and posts the rest of the message', async () => {
    const channel = uniqueId('C');
    await deliver(deps, { channel, threadTs: '1.1', userId: 'U1', triggerId: 'trigger-1' }, withForm, 'nl', true);
    const opened = api.calls.find((call) => call.method === 'views.open' && call.body.trigger_id === 'trigger-1')!;
    expect(opened.body.view.callback_id).toBe('intake.start');
    expect(JSON.parse(opened.body.view.private_metadata)).toEqual({ c: channel, t: '1.1' });
    const posted = api.calls.filter(inChannel(channel));
    expect(posted.map((call) => call.method)).toEqual(['chat.postMessage']);
    expect(buttonsOf(posted[0]!.body.blocks)).toEqual([]);
  });

  it('sends the form as an "open form" button when there is no trigger', async () => {
    const channel = uniqueId('D');
    await deliver(deps, { channel, userId: 'U1' }, withForm, 'nl', true);
    const [posted] = await api.waitForCalls(inChannel(channel));
    const [button] = buttonsOf(posted!.body.blocks);
    expect(button!.text.text).toBe(nl.platform.openForm);
    expect(deps.formRefs.load(button!.value!)).toEqual(form);
  });

  it('falls back to the button when views.open fails (an expired trigger)', async () => {
    const channel = uniqueId('C');
    api.failNext('views.open', { error: 'expired_trigger_id' });
    await deliver(deps, { channel, userId: 'U1', triggerId: 'trigger-late' }, withForm, 'nl', true);
    const [posted] = await api.waitForCalls(inChannel(channel));
    expect(buttonsOf(posted!.body.blocks).map((button) => button.text.text)).toEqual([nl.platform.openForm]);
  });

  it('keeps a private message private: ephemeral in a channel, a normal post in a DM', async () => {
    const channel = uniqueId('C');
    const dm = uniqueId('D');
    const secret: Message = { blocks: [{ type: 'text', text: 'alleen voor jou' }], private: true };
    await deliver(deps, { channel, threadTs: '2.2', userId: 'U7' }, secret, 'nl', false);
    await deliver(deps, { channel: dm, userId: 'U7' }, secret, 'nl', false);
    const [ephemeral] = await api.waitForCalls(inChannel(channel));
    expect(ephemeral).toMatchObject({ method: 'chat.postEphemeral', body: { user: 'U7', thread_ts: '2.2' } });
    const [direct] = await api.waitForCalls(inChannel(dm));
    expect(direct!.method).toBe('chat.postMessage');
  });

  it('does not open a modal for a form that may not use the trigger (not the first form of a reply)', async () => {
    const channel = uniqueId('C');
    await deliver(deps, { channel, userId: 'U1', triggerId: 'trigger-unused' }, withForm, 'nl', false);
    const [posted] = await api.waitForCalls(inChannel(channel));
    expect(buttonsOf(posted!.body.blocks).map((button) => button.text.text)).toEqual([nl.platform.openForm]);
    expect(api.calls.some((call) => call.method === 'views.open' && call.body.trigger_id === 'trigger-unused')).toBe(false);
  });

  it('posts a message’s thread under it (a digest’s details), and under the thread it is in already', async () => {
    const channel = uniqueId('C');
    const digest: Message = { blocks: [{ type: 'text', text: 'Weekoverzicht' }], thread: [{ blocks: [{ type: 'heading', text: 'Details' }, { type: 'progress', label: 'Leeromgeving', done: 2, total: 5 }] }] };
    const top = await deliver(deps, { channel, userId: '' }, digest, 'nl', false);
    const posted = await api.waitForCalls(inChannel(channel), 2);
    expect(posted.map((call) => [call.body.text, call.body.thread_ts])).toEqual([
      ['Weekoverzicht', undefined],
      [expect.stringContaining('Details'), top],
    ]);
    const inThread = uniqueId('C');
    await deliver(deps, { channel: inThread, userId: '', threadTs: '9.9' }, digest, 'nl', false);
    expect((await api.waitForCalls(inChannel(inThread), 2)).map((call) => call.body.thread_ts)).toEqual(['9.9', '9.9']);
  });
});

