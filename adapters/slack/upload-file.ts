// Core file blocks → Slack files, with files.uploadV2 (getUploadURLExternal,
// the bytes POSTed to the returned upload_url, completeUploadExternal). A file
// cannot be ephemeral: when the reply is meant for one person (a slash command,
// a private message in a channel) or the bot may not post where it was asked,
// the file goes to the person's DM with the bot instead.
import { errorFields } from '../../src/core/logger';
import type { Block } from '../../src/core/turn';
import type { SlackAddress as Destination } from './address';
import type { DeliverDeps } from './deliver-deps';

export type FileBlock = Extract<Block, { type: 'file' }>;

/** Where the file ended up: in the conversation, in the DM with the bot, or nowhere. */
export type Uploaded = 'here' | 'dm' | 'failed';

export async function uploadFile(deps: DeliverDeps, to: Destination, file: FileBlock, isPrivate: boolean): Promise<Uploaded> {
  const isDm = to.channel.startsWith('D');
  const forOnePerson = isPrivate || Boolean(to.responseUrl);
  if (isDm || !forOnePerson) {
    if (await tryUpload(deps, to.channel, to.threadTs, file)) return 'here';
  }
  const dm = await openDm(deps, to.userId);
  if (dm && dm !== to.channel && (await tryUpload(deps, dm, undefined, file))) return 'dm';
  return 'failed';
}

async function tryUpload(deps: DeliverDeps, channel: string, threadTs: string | undefined, file: FileBlock): Promise<boolean> {
  try {
    const common = { file: file.data, filename: file.name, title: file.title ?? file.name };
    await deps.client.files.uploadV2(threadTs ? { ...common, channel_id: channel, thread_ts: threadTs } : { ...common, channel_id: channel });
    return true;
  } catch (error) {
    // Not a member of the channel, a DM between two other people, files:write missing.
    deps.logger.warn('slack file upload failed', { channel, file: file.name, ...errorFields(error) });
    return false;
  }
}

async function openDm(deps: DeliverDeps, userId: string): Promise<string | undefined> {
  try {
    const opened = await deps.client.conversations.open({ users: userId });
    return opened.channel?.id;
  } catch (error) {
    deps.logger.warn('slack conversations.open failed', { userId, ...errorFields(error) });
    return undefined;
  }
}
