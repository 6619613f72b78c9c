// The timeline on Teams, through the CloudAdapter to the recording connector
// stand-in: the bot greets a channel it is added to; the timeline's posts go
// to that channel as new messages, a digest's details into its own thread;
// `status` is one Adaptive Card within Teams' size limit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningBot } from '../../../adapters/bot';
import { TIMELINE_JOB, timelineJob } from '../../../src/flows/timeline/job';
import { nl } from '../../../src/texts/nl';
import type { ConnectorStandIn } from '../../support/bot-connector-stand-in';
import { uniqueId } from '../../support/bot';
import { manualClock, until } from '../../support/manual-clock';
import { seedPartnership } from '../../support/partnerships';
import { channelChat, messageActivity, personalChat, postActivity, textActivity, type Chat, visibleText } from './teams-client';
import { closeTeamsHarness, startTeamsHarness } from './teams-harness';


// Cards show `code` as bold: the words before it.
const mentionsOnly = nl.welcome.inChannel.split('`')[0]!;
let connector: ConnectorStandIn;
let bot: RunningBot;
beforeAll(async () => {
  // The dispatcher sends what the runs below wrote at their (injected) moments once its clock is there.
  ({ bot, connector } = await startTeamsHarness({}, { clock: manualClock(new Date('2026-12-21T09:00:00Z')) }));
});
afterAll(() => closeTeamsHarness({ bot, connector }));

const BOT = { id: '28:samen-opleiden-bot', name: 'Samen Opleiden' };
const t = nl.timeline;

function botAdded(chat: Chat): Record<string, unknown> {
  return {
    type: 'conversationUpdate',
    channelId: 'msteams',
    id: `${Date.now()}${Math.floor(Math.random() * 1e6)}`,
    serviceUrl: chat.serviceUrl,
    from: chat.user,
    recipient: BOT,
    conversation: { id: chat.conversationId.split(';')[0], conversationType: 'channel', tenantId: chat.tenantId },
    channelData: { tenant: { id: chat.tenantId } },
    membersAdded: [{ id: BOT.id }],
  };
}

const runAt = (tenantId: string, partnershipId: string, now: string) =>
  bot.store.runJob({ platform: 'teams', workspaceId: tenantId, jobId: uniqueId('job'), name: TIMELINE_JOB }, (ctx) => timelineJob.run(ctx, { partnershipId }), new Date(now));

describe('timeline on Teams', () => {
  it('greets a channel it is added to, then posts the timeline there and the digest’s details in its thread', async () => {
    const tenantId = uniqueId('TEN');
    const channel = channelChat(tenantId, connector.url);
    const channelId = channel.conversationId.split(';')[0]!;
    expect((await postActivity(bot, botAdded(channel))).status).toBe(200);
    const [greeting] = await connector.waitForPosts(channelId, 1);
    expect(visibleText(greeting!.activity)).toContain(nl.welcome.title);
    expect(visibleText(greeting!.activity)).toContain(mentionsOnly);
    // Another member joining is no reason to greet.
    await postActivity(bot, { ...botAdded(channel), membersAdded: [{ id: '29:someone' }] });

    const { partnershipId } = await seedPartnership(bot.db, { platform: 'teams', workspaceId: tenantId }, [{ userId: channel.user.aadObjectId, name: 'Jan Bakker', role: 'coordinator' }], {
      visitDate: '2027-04-15',
      updatesChannelId: channelId,
    });
    await runAt(tenantId, partnershipId, '2026-12-15T08:00:00Z');
    // Monday 21 Dec 09:00 Amsterdam: the weekly digest.
    await runAt(tenantId, partnershipId, '2026-12-21T08:00:00Z');
    bot.dispatcher.wake();
    const posts = await connector.waitForPosts(channelId, 3);
    expect(posts.map((post) => post.replyToId)).toEqual([greeting!.replyToId, undefined, undefined]);
    expect(posts[1]!.activity.text).toBe(t.notification.post('phase-started', t.phase('assessment-oriented.preparation'), t.date('2026-12-15')));
    expect(posts[2]!.activity.text).toBe(t.digest.top('Opleiden in de Regio', t.phase('assessment-oriented.preparation'), 3, 0));
    // The details: a card in the thread of the digest's own post.
    await until(() => connector.posts.some((post) => post.conversationId.startsWith(`${channelId};messageid=`)), 'the details arrive in a thread');
    const [details, ...more] = connector.posts.filter((post) => post.conversationId.startsWith(`${channelId};messageid=`));
    expect(more).toEqual([]);
    expect(details!.activity.attachments[0].contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(JSON.stringify(details!.activity)).toContain(t.status.readiness);
    // Each post went once.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(connector.postsTo(channelId)).toHaveLength(3);
  });

  it('answers `status` with one Adaptive Card, well within Teams’ 28 KB', async () => {
    const tenantId = uniqueId('TEN');
    const chat = personalChat(tenantId, connector.url);
    await seedPartnership(bot.db, { platform: 'teams', workspaceId: tenantId }, [{ userId: chat.user.aadObjectId, name: 'Fatima de Vries', role: 'student' }], { visitDate: '2027-04-15' });
    await postActivity(bot, textActivity(chat, 'status'));
    const [reply] = await connector.waitForPosts(chat.conversationId, 1);
    const [card] = reply!.activity.attachments;
    expect(card.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(JSON.stringify(card.content)).toContain(t.status.nextDeadlines);
    expect(Buffer.byteLength(JSON.stringify(reply!.activity))).toBeLessThan(28 * 1024);
    // Its Planning button (Action.Submit) answers with the planning; a student gets no "digest now".
    const content = JSON.stringify(card.content);
    expect(content).toContain('home.planning');
    expect(content).not.toContain('home.digest');
    const submit = content.match(/"data":\{[^}]*"action":"home\.planning"[^}]*\}/)![0];
    const data = JSON.parse(`{${submit}}`).data as Record<string, unknown>;
    await postActivity(bot, messageActivity(chat, { value: data }));
    const [, planning] = await connector.waitForPosts(chat.conversationId, 2);
    expect(JSON.stringify(planning!.activity)).toContain(t.planning.title('Opleiden in de Regio'));
  });
});
