// Drill prompts the job sends, through the real adapters: signed Slack
// requests against the real server (the Web API stand-in records the posts),
// at an injected clock on the plan's slot. A channel prompt's answer lands
// wherever the person gives it (after the prompt's button, or as a reply in its
// thread); the coordinator puts people in groups and each drills their group.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningBot } from '../../adapters/bot';
import { systemClock, type Clock } from '../../src/core/clock';
import type { DrillSettings } from '../../src/domain/drills';
import { TurnStore } from '../../src/store/turn-store';
import { defaultSettings } from '../../src/flows/drills/schedule';
import { startConnectorStandIn, type ConnectorStandIn } from '../support/bot-connector-stand-in';
import { startTestBot, uniqueId } from '../support/bot';
import { until } from '../support/manual-clock';
import { seedPartnership } from '../support/partnerships';
import { startSlackApiStandIn, type RecordedCall, type SlackApiStandIn } from '../support/slack-api-stand-in';
import { postEvent, postInteraction, TEST_SIGNING_SECRET } from '../support/slack-signing';
import { appMention, blockActions, buttonsOf, directMessage, forTeam, newTs, textOf } from './slack/harness';
import { channelChat, type Chat, mentionActivity, postActivity, visibleText } from './teams/teams-client';

const STRONG =
  'Bij ons ontwerpen de schoolopleider en de instituutsopleider samen het programma. Ik had bijvoorbeeld in oktober een driehoeksgesprek met mijn werkplekbegeleider en mijn instituutsopleider over mijn lesbezoek.';

/** The plan as switched on the day before, its first slot Tuesday 6 April 2027 at 09:00 in Amsterdam. */
function planOn(changes: Partial<DrillSettings> = {}): DrillSettings {
  return { ...defaultSettings(new Date('2027-04-05T12:00:00.000Z')), enabled: true, nextRunAt: new Date('2027-04-06T07:00:00.000Z'), ...changes };
}

/**
 * A clock running from 09:00:20 in Amsterdam on the slot's day: a tick runs the slot on
 * time, and the channel's pace (four posts, then one a second) moves on as it does live.
 */
function fromSlot(): Clock {
  const started = Date.now();
  return { now: () => new Date(Date.parse('2027-04-06T07:00:20.000Z') + Date.now() - started), sleep: systemClock.sleep };
}

let slack: SlackApiStandIn;
let connector: ConnectorStandIn;
let bot: RunningBot;
beforeAll(async () => {
  slack = await startSlackApiStandIn();
  connector = await startConnectorStandIn();
  bot = await startTestBot(
    { SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET, SLACK_BOT_TOKEN: 'xoxb-test', SLACK_API_URL: slack.apiUrl, TEAMS_ALLOW_UNAUTHENTICATED: 'true' },
    { clock: fromSlot() },
  );
});
afterAll(async () => {
  await bot?.close();
  await slack?.close();
  await connector?.close();
});

const savePlan = (platform: 'slack' | 'teams', workspaceId: string, partnershipId: string, plan: DrillSettings) =>
  new TurnStore(bot.db).withTenant(platform, workspaceId, (scope) => scope.drills.savePlan(partnershipId, plan));

function postsOf(teamId: string) {
  let seen = 0;
  return async (count: number): Promise<RecordedCall[]> => {
    const calls = await slack.waitForCalls(forTeam('chat.postMessage', teamId), seen + count);
    const fresh = calls.slice(seen, seen + count);
    seen += count;
    return fresh;
  };
}

describe('Slack', () => {
  it('answers a channel prompt in its thread, after its button or as a reply under it', async () => {
    const teamId = uniqueId('T');
    const members = [
      { userId: 'UCOORD', name: 'Coby', role: 'coordinator' as const },
      { userId: 'USAM', name: 'Sam', role: 'student' as const },
      { userId: 'ULISA', name: 'Lisa', role: 'student' as const },
    ];
    for (const m of members) slack.userNames.set(m.userId, m.name);
    const { partnershipId } = await seedPartnership(bot.db, { platform: 'slack', workspaceId: teamId }, members, { visitDate: '2027-05-11' });
    const next = postsOf(teamId);
    // The coordinator talked to the bot in #oefenen, so the bot knows the channel.
    await postEvent(bot.url, appMention({ teamId }, { channel: 'CDRILL', user: 'UCOORD', text: '<@UBOT> oefenplan' }));
    await next(1);
    await new TurnStore(bot.db).withTenant('slack', teamId, (scope) => scope.drills.savePlan(partnershipId, planOn({ channelId: 'CDRILL' })));

    await bot.tickDrills();
    const prompts = await next(6);
    // At channel level, each intro naming its person; no DMs.
    expect(prompts.map((p) => [p.body.channel, p.body.thread_ts])).toEqual(Array.from({ length: 6 }, () => ['CDRILL', undefined]));
    const promptOf = (name: string) => prompts[prompts.findIndex((p) => textOf(p.body.blocks).includes(`*${name}*`)) + 1]!;
    const samsQuestion = promptOf('Sam');
    const answerButton = buttonsOf(samsQuestion.body.blocks).find((b) => b.text.text === 'Beantwoorden')!;

    // Sam presses Beantwoorden: the question opens in the thread under his prompt ...
    const samsTs = newTs();
    expect((await postInteraction(bot.url, blockActions({ teamId, user: 'USAM', channel: 'CDRILL', button: answerButton, messageTs: samsTs }))).status).toBe(200);
    const [opened] = await next(1);
    expect([opened!.body.channel, opened!.body.thread_ts]).toEqual(['CDRILL', samsTs]);
    // ... and his @mention there is the answer.
    await postEvent(bot.url, appMention({ teamId }, { channel: 'CDRILL', user: 'USAM', text: `<@UBOT> ${STRONG}`, threadTs: samsTs }));
    const feedback = await next(3);
    expect(feedback.map((p) => p.body.thread_ts)).toEqual([samsTs, samsTs, samsTs]);
    expect(textOf(feedback[0]!.body.blocks)).toContain('Sterk antwoord');

    // Lisa answers in her prompt's thread without pressing anything.
    const lisasTs = newTs();
    await postEvent(bot.url, appMention({ teamId }, { channel: 'CDRILL', user: 'ULISA', text: '<@UBOT> We willen in de toekomst meer overleg.', threadTs: lisasTs }));
    const lisas = await next(3);
    expect(lisas.map((p) => p.body.thread_ts)).toEqual([lisasTs, lisasTs, lisasTs]);
    expect(textOf(lisas[0]!.body.blocks)).toContain('Dit kan nog een stuk sterker.');

    await until(async () => (await bot.db.prisma.drillAnswer.count({ where: { partnershipId } })) === 2, 'both answers are stored');
    const stored = await bot.db.prisma.drillAnswer.findMany({ where: { partnershipId }, orderBy: { createdAt: 'asc' }, include: { person: true } });
    expect(stored.map((a) => [a.person.displayName, a.strength])).toEqual([
      ['Sam', 'strong'],
      ['Lisa', 'weak'],
    ]);
    // A reply in the thread once the answer is in is no answer again.
    await postEvent(bot.url, appMention({ teamId }, { channel: 'CDRILL', user: 'ULISA', text: '<@UBOT> En nog een zin erachteraan.', threadTs: lisasTs }));
    const [after] = await next(1);
    expect(textOf(after!.body.blocks)).not.toContain('sterker');
    expect(await bot.db.prisma.drillAnswer.count({ where: { partnershipId } })).toBe(2);
  });

  it('lets the coordinator put a member in a group, lists the groups, and each person drills their group', async () => {
    const teamId = uniqueId('T');
    const members = [
      { userId: 'UCOORD', name: 'Coby Jansen', role: 'coordinator' as const },
      { userId: 'USAM', name: 'Sam de Vries', role: 'student' as const },
      { userId: 'ULISA', name: 'Lisa Bakker', role: 'student' as const },
    ];
    for (const m of members) slack.userNames.set(m.userId, m.name);
    const { partnershipId } = await seedPartnership(bot.db, { platform: 'slack', workspaceId: teamId }, members, { visitDate: '2027-05-11' });
    const next = postsOf(teamId);
    const dm = (user: string, text: string) => postEvent(bot.url, directMessage({ teamId }, { channel: `D${user}`, user, text }));

    await dm('ULISA', 'oefenplan groep opleiders lid Lisa');
    expect(textOf((await next(1))[0]!.body.blocks)).toContain('Dat kan alleen een coördinator');
    await dm('UCOORD', 'oefenplan groep opleiders lid Sam');
    expect(textOf((await next(1))[0]!.body.blocks)).toContain('Sam de Vries oefent nu voor het gesprek met opleiders.');
    await dm('UCOORD', 'oefenplan groep opleiders lid Piet');
    expect(textOf((await next(1))[0]!.body.blocks)).toContain('"Piet" staat niet bij de deelnemers. Deelnemers: Coby Jansen, Sam de Vries en Lisa Bakker.');
    await dm('UCOORD', 'oefenplan groepen');
    const listed = textOf((await next(1))[0]!.body.blocks);
    expect(listed).toContain('*Gesprek met studenten* (direct bericht): Lisa Bakker');
    expect(listed).toContain('*Gesprek met opleiders* (direct bericht): Coby Jansen en Sam de Vries (ingedeeld)');

    await new TurnStore(bot.db).withTenant('slack', teamId, (scope) => scope.drills.savePlan(partnershipId, planOn()));
    await bot.tickDrills();
    const prompts = await next(6);
    const headingIn = (user: string) => textOf(prompts.filter((p) => p.body.channel === `D${user}`)[1]!.body.blocks);
    expect(headingIn('USAM')).toContain('Gesprek met opleiders');
    expect(headingIn('ULISA')).toContain('Gesprek met studenten');

    await dm('UCOORD', 'oefenplan groep standaard lid sam de vries');
    expect(textOf((await next(1))[0]!.body.blocks)).toContain('Sam de Vries oefent weer voor de groep van de eigen rol: het gesprek met studenten.');
    const state = await bot.db.prisma.drillPerson.findMany({ where: { partnershipId }, select: { assignedGroup: true } });
    expect(state.map((s) => s.assignedGroup)).not.toContain('teacher-educators');
  });

  it("posts a group's prompts in the channel the coordinator chose for it, one per person by name, and the others' by DM", async () => {
    const teamId = uniqueId('T');
    const members = [
      { userId: 'UCOORD', name: 'Coby', role: 'coordinator' as const },
      { userId: 'USAM', name: 'Sam', role: 'student' as const },
      { userId: 'ULISA', name: 'Lisa', role: 'student' as const },
    ];
    for (const m of members) slack.userNames.set(m.userId, m.name);
    const { partnershipId } = await seedPartnership(bot.db, { platform: 'slack', workspaceId: teamId }, members, { visitDate: '2027-05-11' });
    const next = postsOf(teamId);
    await savePlan('slack', teamId, partnershipId, planOn());
    await postEvent(bot.url, directMessage({ teamId }, { channel: 'DCOORD', user: 'UCOORD', text: 'oefenplan groep studenten kanaal' }));
    // Only in the channel itself.
    expect(textOf((await next(1))[0]!.body.blocks)).toContain('(in het kanaal van die groep)');
    await postEvent(bot.url, appMention({ teamId }, { channel: 'CSTUDENTEN', user: 'UCOORD', text: '<@UBOT> oefenplan groep studenten kanaal' }));
    await next(1);
    await postEvent(bot.url, appMention({ teamId }, { channel: 'CSTUDENTEN', user: 'UCOORD', text: '<@UBOT> oefenplan groepen' }));
    const listed = textOf((await next(1))[0]!.body.blocks);
    expect(listed).toContain('*Gesprek met studenten* (in het kanaal): Sam en Lisa');
    expect(listed).toContain('*Gesprek met opleiders* (direct bericht): Coby');

    await bot.tickDrills();
    const prompts = await next(6);
    const where = prompts.map((p) => String(p.body.channel));
    expect(where.filter((c) => c === 'CSTUDENTEN')).toHaveLength(4);
    expect(where.filter((c) => c === 'DUCOORD')).toHaveLength(2);
    const intros = prompts.filter((p) => p.body.channel === 'CSTUDENTEN').map((p) => textOf(p.body.blocks));
    expect(intros.filter((t) => t.startsWith('*Sam*'))).toHaveLength(1);
    expect(intros.filter((t) => t.startsWith('*Lisa*'))).toHaveLength(1);
  });

  it('tells the coordinator once a day whom a prompt could not reach, however many report jobs run', async () => {
    const teamId = uniqueId('T');
    const members = [
      { userId: 'UCOORD', name: 'Coby', role: 'coordinator' as const },
      { userId: 'USAM', name: 'Sam', role: 'student' as const },
      { userId: 'UGONE', name: 'Gijs', role: 'student' as const },
    ];
    for (const m of members) slack.userNames.set(m.userId, m.name);
    const { partnershipId } = await seedPartnership(bot.db, { platform: 'slack', workspaceId: teamId }, members, { visitDate: '2027-05-11' });
    // Gijs left the workspace: his DM cannot be opened, for either of his two posts.
    for (let i = 0; i < 2; i++) slack.failNext('conversations.open', { error: 'user_not_found' }, (body) => body.team_id === teamId && body.users === 'UGONE');
    await savePlan('slack', teamId, partnershipId, planOn());
    await bot.tickDrills();
    const next = postsOf(teamId);
    await next(4);
    await until(
      async () => (await bot.db.prisma.outboxMessage.count({ where: { workspaceId: teamId, status: 'failed', failure: { startsWith: 'unreachable' } } })) === 2,
      "Gijs's two posts failed as unreachable",
    );
    // The run scheduled the report for after the dispatcher's tries.
    const scheduled = await bot.db.prisma.$queryRawUnsafe<Array<{ start_after: Date }>>(
      `SELECT start_after FROM pgboss.job WHERE name = 'drills.unreachable' AND data->'data'->>'partnershipId' = $1`,
      partnershipId,
    );
    expect(scheduled.map((j) => j.start_after.toISOString())).toEqual([expect.stringMatching(/^2027-04-06T07:1/)]);

    // Two report jobs at once (as two instances might schedule them), then a third.
    const report = (key: string) => bot.jobs.schedule({ name: 'drills.unreachable', platform: 'slack', workspaceId: teamId, data: { partnershipId }, key });
    const done = async (count: number) =>
      until(async () => {
        const [row] = await bot.db.prisma.$queryRawUnsafe<Array<{ n: number }>>(
          `SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'drills.unreachable' AND state = 'completed' AND data->'data'->>'partnershipId' = $1`,
          partnershipId,
        );
        return row?.n === count;
      }, `${count} report jobs completed`);
    await Promise.all([report(`${partnershipId}:a`), report(`${partnershipId}:b`)]);
    await done(2);
    await report(`${partnershipId}:c`);
    await done(3);
    const [told] = await next(1);
    expect(told!.body.channel).toBe('DUCOORD');
    const text = textOf(told!.body.blocks);
    expect(text).toContain('Deze deelnemers kon ik hun oefenvraag niet sturen:');
    expect(text).toContain('Gijs');
    expect(text).not.toContain('Sam');
    await until(async () => (await bot.db.prisma.outboxMessage.count({ where: { workspaceId: teamId, status: { in: ['pending', 'sending'] } } })) === 0, 'the outbox is empty');
    expect(slack.calls.filter((c) => forTeam('chat.postMessage', teamId)(c) && textOf(c.body.blocks ?? []).includes('niet sturen'))).toHaveLength(1);
  });
});

describe('Teams', () => {
  it("posts a group's prompts in the channel the coordinator chose for it, naming each person; a reply under one is its answer", async () => {
    const chat = channelChat(uniqueId('T'), connector.url);
    const members = [
      { userId: chat.user.aadObjectId, name: chat.user.name, role: 'coordinator' as const },
      { userId: 'aad-sam', name: 'Sam', role: 'student' as const },
      { userId: 'aad-lisa', name: 'Lisa', role: 'student' as const },
    ];
    const { partnershipId } = await seedPartnership(bot.db, { platform: 'teams', workspaceId: chat.tenantId }, members, { visitDate: '2027-05-11' });
    await savePlan('teams', chat.tenantId, partnershipId, planOn());
    expect((await postActivity(bot, mentionActivity(chat, 'oefenplan groep studenten kanaal'))).status).toBe(200);
    const [reply] = await connector.waitForPosts(chat.conversationId, 1);
    expect(visibleText(reply!.activity)).toContain('Oefenplan');

    await bot.tickDrills();
    // At channel level (a new post, not in the reply chain the command came from), two posts each.
    const channel = chat.conversationId.split(';')[0]!;
    const posts = await connector.waitForPosts(channel, 4);
    const intros = posts.map((p) => visibleText(p.activity)).filter((t) => t.includes('oefenvraag'));
    expect(intros.filter((t) => t.includes('Sam'))).toHaveLength(1);
    expect(intros.filter((t) => t.includes('Lisa'))).toHaveLength(1);
    // Sam answers in the reply chain under his prompt (the channel's `;messageid=` conversation), without a button.
    const samsChain: Chat = { ...chat, conversationId: `${channel};messageid=1700000000999`, user: { id: '29:aad-sam', name: 'Sam', aadObjectId: 'aad-sam' } };
    expect((await postActivity(bot, mentionActivity(samsChain, STRONG))).status).toBe(200);
    const feedback = await connector.waitForPosts(samsChain.conversationId, 3);
    expect(visibleText(feedback[0]!.activity)).toContain('Sterk antwoord');
    const answers = await bot.db.prisma.drillAnswer.findMany({ where: { partnershipId }, include: { person: true } });
    expect(answers.map((a) => [a.person.displayName, a.strength])).toEqual([['Sam', 'strong']]);
    // The coordinator (teacher educators' group) by direct message: a personal chat opened for each of the two posts.
    const dms = () => connector.created.filter((c) => c.parameters.members?.[0]?.id === chat.user.aadObjectId);
    await until(() => dms().length === 2 && dms().every((c) => connector.postsTo(c.id).length === 1), 'the coordinator’s DM prompt arrived');
  });
});
