// Where replies go, over the real Web API client against the stand-in: forms
// open as modals when Slack gave a trigger, private messages stay private.
import { webApi } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliver, type DeliverDeps } from '../../../adapters/slack/deliver';
import { createChannelPacer } from '../../../adapters/slack/channel-pacer';
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
  it('paces posts to one channel after a burst, and not those to other channels', async () => {
    const [busy, quiet] = [uniqueId('C'), uniqueId('C')];
    // Ten per second instead of one, so the test stays quick; the shape is the same.
    const paced = { ...deps, pacer: createChannelPacer({ burst: 2, perSecond: 10 }) };
    const say = (text: string): Message => ({ blocks: [{ type: 'text', text }] });
    await deliver(paced, { channel: busy, userId: 'U1' }, ['1', '2', '3', '4'].map(say));
    await deliver(paced, { channel: quiet, userId: 'U1' }, [say('a')]);
    const times = api.calls.filter(inChannel(busy)).map((call) => call.at);
    expect(times).toHaveLength(4);
    // The first two go at once; the third and fourth are due 100 and 200 ms after the first
    // (measured at arrival, so less the first request's extra connection time).
    expect(times[2]! - times[0]!).toBeGreaterThanOrEqual(60);
    expect(times[3]! - times[0]!).toBeGreaterThanOrEqual(150);
    const quietCall = api.calls.find(inChannel(quiet))!;
    expect(quietCall.at - times[3]!).toBeLessThan(100);
  });

  it('opens a form as a modal right away when there is a trigger, and posts the rest of the message', async () => {
    const channel = uniqueId('C');
    await deliver(deps, { channel, threadTs: '1.1', userId: 'U1', triggerId: 'trigger-1' }, [withForm]);
    const opened = api.calls.find((call) => call.method === 'views.open' && call.body.trigger_id === 'trigger-1')!;
    expect(opened.body.view.callback_id).toBe('intake.start');
    expect(JSON.parse(opened.body.view.private_metadata)).toEqual({ c: channel, t: '1.1' });
    const posted = api.calls.filter(inChannel(channel));
    expect(posted.map((call) => call.method)).toEqual(['chat.postMessage']);
    expect(buttonsOf(posted[0]!.body.blocks)).toEqual([]);
  });

  it('sends the form as an "open form" button when there is no trigger', async () => {
    const channel = uniqueId('D');
    await deliver(deps, { channel, userId: 'U1' }, [withForm]);
    const [posted] = await api.waitForCalls(inChannel(channel));
    const [button] = buttonsOf(posted!.body.blocks);
    expect(button!.text.text).toBe(nl.platform.openForm);
    expect(deps.formRefs.load(button!.value!)).toEqual(form);
  });

  it('falls back to the button when views.open fails (an expired trigger)', async () => {
    const channel = uniqueId('C');
    api.failNext('views.open', { error: 'expired_trigger_id' });
    await deliver(deps, { channel, userId: 'U1', triggerId: 'trigger-late' }, [withForm]);
    const [posted] = await api.waitForCalls(inChannel(channel));
    expect(buttonsOf(posted!.body.blocks).map((button) => button.text.text)).toEqual([nl.platform.openForm]);
  });

  it('keeps a private message private: ephemeral in a channel, a normal post in a DM', async () => {
    const channel = uniqueId('C');
    const dm = uniqueId('D');
    const secret: Message = { blocks: [{ type: 'text', text: 'alleen voor jou' }], private: true };
    await deliver(deps, { channel, threadTs: '2.2', userId: 'U7' }, [secret]);
    await deliver(deps, { channel: dm, userId: 'U7' }, [secret]);
    const [ephemeral] = await api.waitForCalls(inChannel(channel));
    expect(ephemeral).toMatchObject({ method: 'chat.postEphemeral', body: { user: 'U7', thread_ts: '2.2' } });
    const [direct] = await api.waitForCalls(inChannel(dm));
    expect(direct!.method).toBe('chat.postMessage');
  });

  it('posts the messages of one turn in order', async () => {
    const channel = uniqueId('C');
    await deliver(deps, { channel, userId: 'U1' }, ['een', 'twee', 'drie'].map((text) => ({ blocks: [{ type: 'text' as const, text }] })));
    const posted = await api.waitForCalls(inChannel(channel), 3);
    expect(posted.map((call) => call.body.text)).toEqual(['een', 'twee', 'drie']);
  });
});
