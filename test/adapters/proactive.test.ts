// The bot speaks first: a job with no incoming turn posts to a channel and
// sends a person a direct message, through the outbox and each platform's
// sender; someone the platform cannot reach is recorded as such.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningBot } from '../../adapters/bot';
import type { JobHandler } from '../../src/core/jobs';
import { say } from '../../src/core/messages';
import type { TenantScope } from '../../src/store/turn-store';
import { startConnectorStandIn, type ConnectorStandIn } from '../support/bot-connector-stand-in';
import { startTestBot, uniqueId } from '../support/bot';
import { until } from '../support/manual-clock';
import { startSlackApiStandIn, type SlackApiStandIn } from '../support/slack-api-stand-in';
import { postEvent, TEST_SIGNING_SECRET } from '../support/slack-signing';
import { appMention, directMessage } from './slack/harness';
import { channelChat, mentionActivity, personalChat, postActivity, textActivity } from './teams/teams-client';

/** Posts `text` to data.channel (when given) and sends it to each of data.people. */
const announce: JobHandler<TenantScope> = {
  name: 'test.announce',
  async run(ctx, data) {
    const text = String(data.text);
    if (typeof data.channel === 'string' && !(await ctx.outbox.toConversation(data.channel, [say(text)], 'nl'))) {
      throw new Error(`unknown channel ${data.channel}`);
    }
    for (const person of (data.people as string[] | undefined) ?? []) await ctx.outbox.toPerson(person, [say(text)], 'nl');
  },
};

let slack: SlackApiStandIn;
let connector: ConnectorStandIn;
let bot: RunningBot;
beforeAll(async () => {
  slack = await startSlackApiStandIn();
  connector = await startConnectorStandIn();
  bot = await startTestBot(
    { SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET, SLACK_BOT_TOKEN: 'xoxb-test', SLACK_API_URL: slack.apiUrl, TEAMS_ALLOW_UNAUTHENTICATED: 'true' },
    { jobs: [announce] },
  );
});
afterAll(async () => {
  await bot?.close();
  await slack?.close();
  await connector?.close();
});

const outboxOf = (workspaceId: string) =>
  bot.db.prisma.outboxMessage.findMany({ where: { workspaceId, origin: { startsWith: 'job:' } }, orderBy: { id: 'asc' }, select: { status: true, failure: true, target: true, platformMessageId: true } });

describe('Slack', () => {
  it('posts to a channel the bot was talked in, and DMs a person who never wrote to it; one it cannot reach is marked', async () => {
    const teamId = uniqueId('T');
    // Someone @mentions the bot in #peerreview: now the bot knows the channel.
    await postEvent(bot.url, appMention({ teamId }, { channel: 'CUPDATES', user: 'UCOBY', text: '<@UBOT> hulp' }));
    await slack.waitForCalls((call) => call.method === 'chat.postMessage' && call.body.team_id === teamId);
    slack.failNext('conversations.open', { error: 'user_not_found' });
    await bot.jobs.schedule({ name: 'test.announce', platform: 'slack', workspaceId: teamId, data: { text: 'De bezoekdag is over een week.', channel: 'CUPDATES', people: ['UGONE', 'USAM'] } });

    const posted = await slack.waitForCalls((call) => call.method === 'chat.postMessage' && call.body.team_id === teamId && call.body.text === 'De bezoekdag is over een week.', 2);
    // In the channel itself (not in a thread), and in Sam's DM, which conversations.open gave.
    expect(posted.map((call) => [call.body.channel, call.body.thread_ts])).toEqual([
      ['CUPDATES', undefined],
      ['DUSAM', undefined],
    ]);
    await until(async () => (await outboxOf(teamId)).every((row) => row.status !== 'pending' && row.status !== 'sending'), 'every post is settled');
    expect(await outboxOf(teamId)).toMatchObject([
      { status: 'sent', target: { kind: 'conversation', conversationId: 'CUPDATES' } },
      { status: 'failed', failure: 'unreachable: user_not_found', target: { kind: 'person', userId: 'UGONE' } },
      { status: 'sent', target: { kind: 'person', userId: 'USAM' } },
    ]);
  });

  it('a job handed out twice by the queue posts once', async () => {
    const teamId = uniqueId('T');
    await postEvent(bot.url, directMessage({ teamId }, { channel: 'DONCE', user: 'UONCE', text: 'hulp' }));
    await slack.waitForCalls((call) => call.method === 'chat.postMessage' && call.body.team_id === teamId);
    const job = { platform: 'slack' as const, workspaceId: teamId, jobId: uniqueId('job'), name: 'test.announce' };
    const run = () => bot.store.runJob(job, (ctx) => announce.run(ctx, { text: 'Eén keer', people: ['UONCE'] }));
    expect([await run(), await run()]).toEqual(['done', 'duplicate']);
    bot.dispatcher.wake();
    await slack.waitForCalls((call) => call.method === 'chat.postMessage' && call.body.text === 'Eén keer' && call.body.team_id === teamId);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(slack.calls.filter((call) => call.body.text === 'Eén keer' && call.body.team_id === teamId)).toHaveLength(1);
  });
});

describe('Teams', () => {
  it('posts to a channel as a new message, to a person in their chat, and opens a chat with a person who never talked to the bot', async () => {
    const tenantId = uniqueId('TEN');
    const channel = channelChat(tenantId, connector.url);
    const fatima = personalChat(tenantId, connector.url);
    await postActivity(bot, mentionActivity(channel, 'hulp'));
    await postActivity(bot, textActivity(fatima, 'hulp'));
    const channelId = channel.conversationId.split(';')[0]!;
    await connector.waitForPosts(channel.conversationId, 1);
    await connector.waitForPosts(fatima.conversationId, 1);
    const newcomer = 'aad-object-id-of-someone-new';
    await bot.jobs.schedule({
      name: 'test.announce',
      platform: 'teams',
      workspaceId: tenantId,
      data: { text: 'De bezoekdag is over een week.', channel: channelId, people: [fatima.user.aadObjectId, newcomer] },
    });

    const [inChannel] = await connector.waitForPosts(channelId, 1);
    // A new post in the channel: no thread, no reply to anything.
    expect(inChannel).toMatchObject({ replyToId: undefined, activity: { text: 'De bezoekdag is over een week.' } });
    const toFatima = await connector.waitForPosts(fatima.conversationId, 2);
    expect(toFatima[1]).toMatchObject({ replyToId: undefined, activity: { text: 'De bezoekdag is over een week.' } });
    await until(() => connector.created.length > 0 && connector.postsTo(connector.created.at(-1)!.id).length > 0, 'a chat is opened and posted to');
    const opened = connector.created.at(-1)!;
    expect(opened.parameters).toMatchObject({ isGroup: false, members: [{ id: newcomer }], tenantId, channelData: { tenant: { id: tenantId } } });
    expect(connector.postsTo(opened.id)[0]!.activity.text).toBe('De bezoekdag is over een week.');
  });

  it('records a channel the bot was removed from as unreachable, and the next post elsewhere still goes', async () => {
    const tenantId = uniqueId('TEN');
    const channel = channelChat(tenantId, connector.url);
    const channelId = channel.conversationId.split(';')[0]!;
    await postActivity(bot, mentionActivity(channel, 'hulp'));
    await connector.waitForPosts(channel.conversationId, 1);
    connector.refuse(channelId, 403);
    const fatima = personalChat(tenantId, connector.url);
    await postActivity(bot, textActivity(fatima, 'hulp'));
    await connector.waitForPosts(fatima.conversationId, 1);
    await bot.jobs.schedule({ name: 'test.announce', platform: 'teams', workspaceId: tenantId, data: { text: 'Na de verwijdering', channel: channelId, people: [fatima.user.aadObjectId] } });
    await connector.waitForPosts(fatima.conversationId, 2);
    await until(async () => (await outboxOf(tenantId)).every((row) => row.status === 'sent' || row.status === 'failed'), 'every post is settled');
    const rows = await outboxOf(tenantId);
    expect(rows[0]).toMatchObject({ status: 'failed', target: { kind: 'conversation', conversationId: channelId } });
    expect(rows[0]!.failure).toMatch(/^unreachable: HTTP 403/);
    expect(rows[1]).toMatchObject({ status: 'sent' });
  });
});
