// Drill and mock-visit turns end to end through both adapters: signed Slack
// events and block_actions against the real server, with the Web API stand-in
// recording the posts; Bot Framework activities with the connector stand-in
// receiving the cards.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningBot } from '../../adapters/bot';
import { startConnectorStandIn, type ConnectorStandIn, type RecordedPost } from '../support/bot-connector-stand-in';
import { startTestBot, uniqueId } from '../support/bot';
import { systemClock, type Clock } from '../../src/core/clock';
import { seedPartnership } from '../support/partnerships';
import { postEvent, postInteraction } from '../support/slack-signing';
import type { RecordedCall } from '../support/slack-api-stand-in';
import { appMention, blockActions, buttonsOf, directMessage, forTeam, newTeam, newTs, startSlackHarness, textOf, type SlackHarness } from './slack/harness';
import { cardOf, channelChat, mentionActivity, messageActivity, personalChat, postActivity, textActivity, visibleText, type Chat } from './teams/teams-client';

// The bots' clock runs half an hour behind real time: a default round (45 minutes) is
// still open when the test ends, while a 5-minute one has ended in real time, so the
// job queue (which waits in real time) runs its drills.mock-close at once.
const behind = (): Clock => ({ now: () => new Date(Date.now() - 30 * 60_000), sleep: systemClock.sleep });

const STRONG =
  'Bij ons ontwerpen de schoolopleider en de instituutsopleider samen het programma. Ik had bijvoorbeeld in oktober een driehoeksgesprek met mijn werkplekbegeleider en mijn instituutsopleider over mijn lesbezoek.';

describe('Slack', () => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startSlackHarness({ clock: behind() });
  });
  afterAll(() => h?.close());

  function postsOf(teamId: string) {
    let seen = 0;
    return async (count: number): Promise<RecordedCall[]> => {
      const calls = await h.api.waitForCalls(forTeam('chat.postMessage', teamId), seen + count);
      const fresh = calls.slice(seen, seen + count);
      seen += count;
      return fresh;
    };
  }

  it('asks a practice question in a DM, opens it with its button and feeds back on the answer', async () => {
    const teamId = newTeam();
    const { partnershipId } = await seedPartnership(h.bot.db, { platform: 'slack', workspaceId: teamId }, [{ userId: 'USAM', name: 'Sam', role: 'student' }], {
      visitDate: '2027-05-11',
    });
    const next = postsOf(teamId);
    const dm = (text: string) => postEvent(h.bot.url, directMessage({ teamId }, { channel: 'DSAM', user: 'USAM', text }));

    await dm('oefenen leeromgeving');
    const [question] = await next(1);
    expect(textOf(question!.body.blocks)).toContain('Hoe komt het beroepsbeeld terug in het curriculum van de opleiding?');
    const answerButton = buttonsOf(question!.body.blocks).find((b) => b.text.text === 'Beantwoorden')!;
    expect(answerButton.action_id).toMatch(/^drills\.answer/);
    expect((await postInteraction(h.bot.url, blockActions({ teamId, user: 'USAM', channel: 'DSAM', button: answerButton }))).status).toBe(200);
    await next(1);

    await dm(STRONG);
    const feedback = await next(3);
    expect(textOf(feedback[0]!.body.blocks)).toContain('Sterk antwoord');
    expect(textOf(feedback[2]!.body.blocks)).toContain('Deze vraag komt terug vanaf');
    const stored = await h.bot.db.prisma.drillAnswer.findMany({ where: { partnershipId } });
    expect(stored.map((a) => [a.role, a.strength])).toEqual([['student', 'strong']]);
  });

  it('runs a mock visit in a channel thread, answered by two people', async () => {
    const teamId = newTeam();
    await seedPartnership(
      h.bot.db,
      { platform: 'slack', workspaceId: teamId },
      [
        { userId: 'USAM', name: 'Sam', role: 'student' },
        { userId: 'ULISA', name: 'Lisa', role: 'student' },
      ],
      { visitDate: '2027-05-11' },
    );
    h.api.userNames.set('USAM', 'Sam');
    h.api.userNames.set('ULISA', 'Lisa');
    const next = postsOf(teamId);
    const root = newTs();
    const mention = (user: string, text: string) => postEvent(h.bot.url, appMention({ teamId }, { channel: 'CPROEF', user, text: `<@UBOT> ${text}`, threadTs: root }));

    await mention('USAM', 'proefbezoek studenten');
    const [round] = await next(1);
    expect(round!.body.thread_ts).toBe(root);
    expect(textOf(round!.body.blocks)).toContain('1. _Lerende leraar_');
    await mention('USAM', `antwoord 2 ${STRONG}`);
    await next(1);
    await mention('ULISA', 'antwoord 2 Er is nog geen gezamenlijk programma.');
    await next(1);
    await mention('USAM', 'proefbezoek klaar');
    const [summary] = await next(1);
    expect(summary!.body.thread_ts).toBe(root);
    const text = textOf(summary!.body.blocks);
    expect(text).toContain('Besproken waarborgen: Leeromgeving.');
    expect(text).toContain('Zonder antwoord: vragen 1, 3 en 4.');
    expect(text).toContain('Lisa zegt "Er is nog geen gezamenlijk programma."');
  });

  it("posts the job's summary of a round whose time is up into the round's thread", async () => {
    const teamId = newTeam();
    await seedPartnership(h.bot.db, { platform: 'slack', workspaceId: teamId }, [{ userId: 'USAM', name: 'Sam', role: 'student' }], { visitDate: '2027-05-11' });
    h.api.userNames.set('USAM', 'Sam');
    const next = postsOf(teamId);
    const root = newTs();
    await postEvent(h.bot.url, appMention({ teamId }, { channel: 'CPROEF', user: 'USAM', text: '<@UBOT> proefbezoek studenten 5', threadTs: root }));
    const [round] = await next(1);
    expect(textOf(round!.body.blocks)).toContain('5 minuten');
    const [timeUp, summary] = await next(2);
    expect([timeUp!.body.channel, timeUp!.body.thread_ts, summary!.body.channel, summary!.body.thread_ts]).toEqual(['CPROEF', root, 'CPROEF', root]);
    expect(textOf(summary!.body.blocks)).toContain('Zonder antwoord: vragen 1, 2, 3 en 4.');
  });
});

describe('Teams', () => {
  let connector: ConnectorStandIn;
  let bot: RunningBot;
  beforeAll(async () => {
    connector = await startConnectorStandIn();
    bot = await startTestBot({ TEAMS_ALLOW_UNAUTHENTICATED: 'true' }, { clock: behind() });
  });
  afterAll(async () => {
    await bot?.close();
    await connector?.close();
  });

  function conversation(chat: Chat) {
    let seen = 0;
    return async (activity: Record<string, unknown>, count: number): Promise<RecordedPost[]> => {
      expect((await postActivity(bot, activity)).status).toBe(200);
      const posts = await connector.waitForPosts(chat.conversationId, seen + count);
      const fresh = posts.slice(seen, seen + count);
      seen += count;
      return fresh;
    };
  }

  it('asks a practice question in a personal chat and feeds back through the Answer button', async () => {
    const chat = personalChat(uniqueId('T'), connector.url);
    await seedPartnership(bot.db, { platform: 'teams', workspaceId: chat.tenantId }, [{ userId: chat.user.aadObjectId, name: chat.user.name, role: 'board_member' }], {
      visitDate: '2027-05-11',
    });
    const send = conversation(chat);
    const [question] = await send(textActivity(chat, 'oefenen organisatie'), 1);
    expect(visibleText(question!.activity)).toContain('Gesprek met bestuurders');
    const sets = (cardOf(question!.activity)?.body ?? []).filter((e: { type: string }) => e.type === 'ActionSet');
    const answer = sets.flatMap((s: { actions: Array<{ title: string; data: unknown }> }) => s.actions).find((a: { title: string }) => a.title === 'Beantwoorden');
    expect(answer).toBeDefined();
    await send(messageActivity(chat, { value: answer.data }), 1);
    const feedback = await send(textActivity(chat, 'We willen in de toekomst meer overleg.'), 3);
    expect(visibleText(feedback[0]!.activity)).toContain('Dit kan nog een stuk sterker.');
    expect(visibleText(feedback[1]!.activity)).toContain('Een voorbeeldantwoord maak ik zodra');
  });

  it('runs a mock visit in a channel thread with mentions', async () => {
    const chat = channelChat(uniqueId('T'), connector.url);
    await seedPartnership(bot.db, { platform: 'teams', workspaceId: chat.tenantId }, [{ userId: chat.user.aadObjectId, name: chat.user.name, role: 'student' }], {
      visitDate: '2027-05-11',
    });
    const send = conversation(chat);
    const [round] = await send(mentionActivity(chat, 'proefbezoek'), 1);
    expect(visibleText(round!.activity)).toContain('Proefbezoek: gesprek met studenten');
    await send(mentionActivity(chat, 'antwoord 1 Ja, in elke les zie ik het beroepsbeeld terug.'), 1);
    const [summary] = await send(mentionActivity(chat, 'proefbezoek klaar'), 1);
    expect(visibleText(summary!.activity)).toContain('Besproken waarborgen: Lerende leraar.');
  });

  it("posts the job's summary of a round whose time is up into the round's reply chain", async () => {
    const chat = channelChat(uniqueId('T'), connector.url);
    await seedPartnership(bot.db, { platform: 'teams', workspaceId: chat.tenantId }, [{ userId: chat.user.aadObjectId, name: chat.user.name, role: 'student' }], {
      visitDate: '2027-05-11',
    });
    const send = conversation(chat);
    await send(mentionActivity(chat, 'proefbezoek 5'), 1);
    // The channel chat's conversation id is the reply chain's (`<channel>;messageid=<root>`).
    const [timeUp, summary] = await connector.waitForPosts(chat.conversationId, 3).then((posts) => posts.slice(1));
    expect(visibleText(timeUp!.activity)).toContain('De tijd is om');
    expect(visibleText(summary!.activity)).toContain('Zonder antwoord');
    expect(summary!.replyToId).toBe(chat.conversationId.split(';messageid=')[1]);
  });
});
