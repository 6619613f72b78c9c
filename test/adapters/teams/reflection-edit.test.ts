// Editing a reflection answer through Teams on the real server: the "Bewerk"
// button under `voortgang` answers with an Adaptive Card form prefilled with the
// stored text; the card submitted twice saves once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningBot } from '../../../adapters/bot';
import { TurnStore } from '../../../src/store/turn-store';
import { nl } from '../../../src/texts/nl';
import type { ConnectorStandIn } from '../../support/bot-connector-stand-in';
import { uniqueId } from '../../support/bot';
import { until } from '../../support/manual-clock';
import { cardOf, channelChat, mentionActivity, messageActivity, personalChat, textActivity, visibleText, type Chat } from './teams-client';
import { closeTeamsHarness, replyTo, startTeamsHarness } from './teams-harness';

const t = nl.reflection;
const ITEM = 'leeromgeving.minimum.1';
const STORED = 'Elke week voeren de schoolopleider en de instituutsopleider samen een driehoeksgesprek met de student.';
const EDITED = `${STORED} Sinds 2021, op alle scholen.`;

let connector: ConnectorStandIn;
let bot: RunningBot;
beforeAll(async () => ({ bot, connector } = await startTeamsHarness()));
afterAll(() => closeTeamsHarness({ bot, connector }));

const reply = (chat: Chat, activity: Record<string, unknown>, count: number) => replyTo({ bot, connector }, chat, activity, count);

type Element = Record<string, any>;

describe('Teams reflection: edit an answer in a card', () => {
  it('answers the edit button of `voortgang` with a prefilled card, and saves it once when submitted twice', async () => {
    const chat = personalChat(uniqueId('tenant-'), connector.url);
    const store = new TurnStore(bot.db);
    const partnershipId = await store.withTenant('teams', chat.tenantId, async (scope) => {
      const me = await scope.upsertPerson(chat.user.aadObjectId, chat.user.name);
      const partnership = await scope.partnerships.create({
        name: 'Samen Opleiden Utrecht',
        region: 'Onderwijsregio Utrecht',
        sectors: ['PO'],
        reviewType: 'development',
        visitDate: null,
        updatesChannelId: null,
        createdById: me.id,
      });
      await scope.contributions.save({ partnershipId: partnership.id, personId: me.id, role: 'coordinator', waarborgId: 'leeromgeving', itemId: ITEM, text: STORED, expected: 'absent' });
      return partnership.id;
    });
    const progress = await reply(chat, textActivity(chat, 'voortgang'), 1);
    const editAction = (cardOf(progress)!.body as Element[])
      .filter((element) => element.type === 'ActionSet')
      .flatMap((element) => element.actions as Element[])
      .find((action) => action.title === t.editButton('2.1'))!;
    expect(editAction).toBeDefined();
    const formCard = cardOf(await reply(chat, messageActivity(chat, { value: editAction.data }), 2))!;
    const input = (formCard.body as Element[]).find((element) => element.type === 'Input.Text')!;
    expect(input).toMatchObject({ id: 'text', isMultiline: true, value: STORED });
    const submitAction = (formCard.body as Element[]).find((element) => element.type === 'ActionSet')!.actions[0];
    const submitted = { ...submitAction.data, text: EDITED };
    expect(visibleText(await reply(chat, messageActivity(chat, { value: submitted }), 3))).toContain('als bijdrage van');
    const saved = await store.withTenant('teams', chat.tenantId, (scope) => scope.contributions.list(partnershipId));
    expect(saved).toMatchObject([{ itemId: ITEM, text: EDITED, version: 1 }]);
    // After the coaching's next message (a follow-up or the next item), the same card again only says so.
    await connector.waitForPosts(chat.conversationId, 4);
    expect((await reply(chat, messageActivity(chat, { value: submitted }), 5)).text).toBe(t.editUnchanged('2.1'));
    expect(await store.withTenant('teams', chat.tenantId, (scope) => scope.contributions.list(partnershipId))).toMatchObject([{ text: EDITED, version: 1 }]);
  });

  it('keeps an edit asked for in a channel with the person: the card, the confirmation and a conflict go to their chat', async () => {
    const tenantId = uniqueId('tenant-');
    const channel = channelChat(tenantId, connector.url);
    const store = new TurnStore(bot.db);
    const partnershipId = await store.withTenant('teams', tenantId, async (scope) => {
      const me = await scope.upsertPerson(channel.user.aadObjectId, channel.user.name);
      const partnership = await scope.partnerships.create({
        name: 'Samen Opleiden Kanaal',
        region: 'Onderwijsregio Utrecht',
        sectors: ['PO'],
        reviewType: 'development',
        visitDate: null,
        updatesChannelId: null,
        createdById: me.id,
      });
      await scope.contributions.save({ partnershipId: partnership.id, personId: me.id, role: 'coordinator', waarborgId: 'leeromgeving', itemId: ITEM, text: STORED, expected: 'absent' });
      return partnership.id;
    });
    const toPerson = () => connector.created.filter((c) => c.parameters.members?.[0]?.id === channel.user.aadObjectId).flatMap((c) => connector.postsTo(c.id));
    const inChannel = () => connector.posts.filter((post) => post.conversationId.startsWith(channel.conversationId.split(';')[0]!));

    const progress = await reply(channel, mentionActivity(channel, 'voortgang'), 1);
    const editAction = (cardOf(progress)!.body as Element[])
      .filter((element) => element.type === 'ActionSet')
      .flatMap((element) => element.actions as Element[])
      .find((action) => action.title === t.editButton('2.1'))!;
    expect((await reply(channel, messageActivity(channel, { value: editAction.data }), 2)).text).toBe(t.editFormSentPrivately);
    await until(() => toPerson().length === 1, 'the form reaches the person');
    const formCard = cardOf(toPerson()[0]!.activity)!;
    expect((formCard.body as Element[]).find((element) => element.type === 'Input.Text')).toMatchObject({ value: STORED });

    // A card submitted in the channel (one from before, or forwarded there): saved, and what follows goes to the person.
    const submitAction = (formCard.body as Element[]).find((element) => element.type === 'ActionSet')!.actions[0];
    expect((await reply(channel, messageActivity(channel, { value: { ...submitAction.data, text: EDITED } }), 3)).text).toBe(t.editSavedPrivately('2.1'));
    await until(() => toPerson().length === 2, 'the confirmation reaches the person');
    expect(visibleText(toPerson()[1]!.activity)).toContain('als bijdrage van');
    expect(await store.withTenant('teams', tenantId, (scope) => scope.contributions.list(partnershipId))).toMatchObject([{ itemId: ITEM, text: EDITED, version: 1 }]);
    // The same card again, now stale (the answer changed): both texts go to the person, in a form to merge.
    const other = 'Een heel andere tekst over het gezamenlijke programma, sinds 2020.';
    expect((await reply(channel, messageActivity(channel, { value: { ...submitAction.data, text: other } }), 4)).text).toBe(t.editChangedPrivately('2.1'));
    await until(() => toPerson().length === 4, 'the conflict reaches the person');
    expect(toPerson()[2]!.activity.text).toBe(t.conflictTitle);
    const merge = cardOf(toPerson()[3]!.activity)!;
    expect((merge.body as Element[]).find((element) => element.type === 'Input.Text')).toMatchObject({ value: `${EDITED}\n\n${other}` });
    // Nothing of the answers was said in the channel, and no reflection waits there.
    for (const post of inChannel()) expect(JSON.stringify(post.activity)).not.toContain('driehoeksgesprek');
    const states = await bot.db.prisma.conversationState.count({ where: { tenant: { externalId: tenantId } } });
    expect(states).toBe(0);
  });
});
