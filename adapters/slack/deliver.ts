// Sends the engine's messages back to where the turn came from: the DM or
// thread (chat.postMessage), only to the person (response_url or
// chat.postEphemeral), opens a form as a modal when Slack gave a trigger, and
// uploads files (upload-file.ts).
import type { webApi } from '@slack/bolt';
import type { Logger } from '../../src/core/logger';
import type { Locale, Message } from '../../src/core/turn';
import { textsFor } from '../../src/texts';
import type { ChannelPacer } from './channel-pacer';
import type { FormBlock, FormRefs } from './form-refs';
import { renderMessage, type SlackMessage } from './render-blocks';
import { renderModal, type ModalMetadata } from './render-modal';
import { uploadFile, type FileBlock } from './upload-file';

export interface Destination {
  channel: string;
  threadTs?: string;
  userId: string;
  /** Replies go here instead, visible only to the person (slash commands, ephemeral messages). */
  responseUrl?: string;
  /** Lets a form open as a modal right away; Slack honours it for about 3 seconds. */
  triggerId?: string;
}

export interface DeliverDeps {
  client: webApi.WebClient;
  formRefs: FormRefs;
  logger: Logger;
  /** Keeps posts to one channel near Slack's one per second. */
  pacer?: ChannelPacer;
}

/** `locale` is the language the engine answered in: the labels the adapter adds (open form, cancel) follow it. */
export async function deliver(deps: DeliverDeps, to: Destination, messages: readonly Message[], locale: Locale = 'nl'): Promise<void> {
  const labels = textsFor(locale).platform;
  let triggerId = to.triggerId;
  for (const message of messages) {
    const files = message.blocks.filter((block): block is FileBlock => block.type === 'file');
    let blocks = message.blocks.filter((block) => block.type !== 'file');
    const form = triggerId ? blocks.find((block) => block.type === 'form') : undefined;
    if (form?.type === 'form' && triggerId) {
      // A trigger opens one modal only.
      const opened = await openModal(deps, triggerId, form, modalMetadata(to), locale);
      triggerId = undefined;
      if (opened) blocks = blocks.filter((block) => block !== form);
    }
    const rendered = renderMessage({ ...message, blocks }, { openFormLabel: labels.openForm, formRef: deps.formRefs.save });
    for (const slackMessage of rendered) await post(deps, to, slackMessage, message.private === true);
    for (const file of files) {
      const where = await uploadFile(deps, to, file, message.private === true);
      if (where === 'here') continue;
      // Say where the file went, or that it could not go anywhere: never silently nothing.
      const note = where === 'dm' ? textsFor(locale).draft.delivery.sentToDm : textsFor(locale).draft.delivery.failed;
      const [rendered] = renderMessage({ blocks: [{ type: 'text', text: note }] }, { openFormLabel: labels.openForm, formRef: deps.formRefs.save });
      if (rendered) await post(deps, to, rendered, true);
    }
  }
}

export function modalMetadata(to: Destination): ModalMetadata {
  return { channel: to.channel, ...(to.threadTs ? { threadTs: to.threadTs } : {}), ...(to.responseUrl ? { responseUrl: to.responseUrl } : {}) };
}

export async function openModal(
  deps: DeliverDeps,
  triggerId: string,
  form: FormBlock,
  metadata: ModalMetadata,
  locale: Locale = 'nl',
): Promise<boolean> {
  try {
    await deps.client.views.open({ trigger_id: triggerId, view: renderModal(form, metadata, textsFor(locale).platform) });
    return true;
  } catch (error) {
    // An expired trigger (slow turn) is not fatal: the form goes out as a button instead.
    deps.logger.warn('slack views.open failed; sending the form as a button', { form: form.form, error: String(error) });
    return false;
  }
}

async function post(deps: DeliverDeps, to: Destination, message: SlackMessage, isPrivate: boolean): Promise<void> {
  const thread = to.threadTs ? { thread_ts: to.threadTs } : {};
  if (to.responseUrl) {
    await postToResponseUrl(to.responseUrl, { response_type: 'ephemeral', replace_original: false, ...message });
  } else if (isPrivate && !to.channel.startsWith('D')) {
    await deps.client.chat.postEphemeral({ channel: to.channel, user: to.userId, ...thread, ...message });
  } else {
    await deps.pacer?.take(to.channel);
    await deps.client.chat.postMessage({ channel: to.channel, ...thread, ...message });
  }
}

/** What Bolt's respond() does, usable later too (a modal submitted after the listener ended). */
export async function postToResponseUrl(url: string, body: Record<string, unknown>): Promise<void> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
  });
  if (!response.ok) throw new Error(`response_url answered ${response.status}`);
}
