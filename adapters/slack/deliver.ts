// Sends one core message to a Slack address: the DM or thread
// (chat.postMessage), only to the person (response_url or chat.postEphemeral),
// a form as a modal while Slack's trigger lives, files through upload-file.ts.
// Errors are thrown to the sender, which tells a retry from a refusal.
import { errorFields } from '../../src/core/logger';
import type { Locale, Message } from '../../src/core/turn';
import { textsFor } from '../../src/texts';
import type { SlackAddress } from './address';
import type { DeliverDeps } from './deliver-deps';
import type { FormBlock } from './form-refs';
import { renderMessage, type SlackMessage } from './render-blocks';
import { renderModal, type ModalMetadata } from './render-modal';
import { uploadFile, type FileBlock } from './upload-file';

export type { DeliverDeps } from './deliver-deps';

/** A response_url that did not take the message. */
export class ResponseUrlError extends Error {
  constructor(readonly status: number) {
    super(`response_url answered ${status}`);
  }
}

/**
 * `locale` is the language the engine answered in: the labels the adapter adds
 * (open form, cancel) follow it. `useTrigger`: a form in this message may open
 * as a modal. Returns the ts of the first message posted, when Slack gave one.
 */
export async function deliver(deps: DeliverDeps, to: SlackAddress, message: Message, locale: Locale, useTrigger: boolean): Promise<string | undefined> {
  const texts = textsFor(locale);
  const labels = texts.platform;
  const files = message.blocks.filter((block): block is FileBlock => block.type === 'file');
  let blocks = message.blocks.filter((block) => block.type !== 'file');
  const form = useTrigger && to.triggerId ? blocks.find((block): block is FormBlock => block.type === 'form') : undefined;
  if (form && to.triggerId && (await openModal(deps, to.triggerId, form, modalMetadata(to), locale))) {
    blocks = blocks.filter((block) => block !== form);
  }
  let first: string | undefined;
  const rendered = renderMessage({ ...message, blocks }, { openFormLabel: labels.openForm, formRef: deps.formRefs.save });
  for (const slackMessage of rendered) {
    const ts = await post(deps, to, slackMessage, message.private === true);
    first ??= ts;
  }
  // Replies in the thread of what was just posted (a digest's details); in a thread already, under it.
  for (const reply of message.thread ?? []) {
    const under: SlackAddress = first && !to.threadTs && !to.responseUrl ? { ...to, threadTs: first } : to;
    for (const slackMessage of renderMessage({ ...reply, blocks: reply.blocks.filter((block) => block.type !== 'file') }, { openFormLabel: labels.openForm, formRef: deps.formRefs.save })) {
      await post(deps, under, slackMessage, message.private === true);
    }
  }
  for (const file of files) {
    const where = await uploadFile(deps, to, file, message.private === true);
    if (where === 'here') continue;
    // Say where the file went, or that it could not go anywhere: never silently nothing.
    const note = where === 'dm' ? texts.draft.delivery.sentToDm : texts.draft.delivery.failed;
    const [notice] = renderMessage({ blocks: [{ type: 'text', text: note }] }, { openFormLabel: labels.openForm, formRef: deps.formRefs.save });
    if (notice) await post(deps, to, notice, true);
  }
  return first;
}

export function modalMetadata(to: SlackAddress): ModalMetadata {
  return { channel: to.channel, ...(to.threadTs ? { threadTs: to.threadTs } : {}), ...(to.responseUrl ? { responseUrl: to.responseUrl } : {}) };
}

export async function openModal(deps: DeliverDeps, triggerId: string, form: FormBlock, metadata: ModalMetadata, locale: Locale = 'nl'): Promise<boolean> {
  try {
    await deps.client.views.open({ trigger_id: triggerId, view: renderModal(form, metadata, textsFor(locale).platform) });
    return true;
  } catch (error) {
    // An expired trigger (a turn that waited) is not fatal: the form goes out as a button instead.
    deps.logger.warn('slack views.open failed; sending the form as a button', { form: form.form, ...errorFields(error) });
    return false;
  }
}

async function post(deps: DeliverDeps, to: SlackAddress, message: SlackMessage, isPrivate: boolean): Promise<string | undefined> {
  const thread = to.threadTs ? { thread_ts: to.threadTs } : {};
  if (to.responseUrl) {
    await postToResponseUrl(to.responseUrl, { response_type: 'ephemeral', replace_original: false, ...message });
    return undefined;
  }
  if (isPrivate && to.userId && !to.channel.startsWith('D')) {
    const result = await deps.client.chat.postEphemeral({ channel: to.channel, user: to.userId, ...thread, ...message });
    return result.message_ts;
  }
  const result = await deps.client.chat.postMessage({ channel: to.channel, ...thread, ...message });
  return result.ts;
}

/** What Bolt's respond() does, usable later too (a modal submitted after the listener ended). */
async function postToResponseUrl(url: string, body: Record<string, unknown>): Promise<void> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
  });
  if (!response.ok) throw new ResponseUrlError(response.status);
}
