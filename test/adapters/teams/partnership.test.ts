// Setting up a partnership through Teams, end to end: `partnerschap` answers
// with an Adaptive Card whose sectors are a multi-select ChoiceSet; the card's
// submit (a message whose value holds the form and its inputs) stores it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningBot } from '../../../adapters/bot';
import { activityToTurn } from '../../../adapters/teams/activity-to-turn';
import { renderCard } from '../../../adapters/teams/render-card';
import { nl } from '../../../src/texts/nl';
import type { ConnectorStandIn } from '../../support/bot-connector-stand-in';
import { uniqueId } from '../../support/bot';
import { cardOf, channelChat, mentionActivity, messageActivity, personalChat, postActivity, textActivity, visibleText, type Chat } from './teams-client';
import { closeTeamsHarness, startTeamsHarness } from './teams-harness';

let connector: ConnectorStandIn;
let bot: RunningBot;
beforeAll(async () => ({ bot, connector } = await startTeamsHarness()));
afterAll(() => closeTeamsHarness({ bot, connector }));

const t = nl.partnership;
const inFuture = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

type Element = Record<string, any>;
const bodyOf = (card: Element | undefined): Element[] => {
  if (!card) throw new Error('the reply has no card');
  return card.body as Element[];
};
const inputsOf = (card: Element | undefined): Element[] => bodyOf(card).filter((e) => String(e.type).startsWith('Input.'));
const submitOf = (card: Element | undefined): Element => bodyOf(card).find((e) => e.type === 'ActionSet')!.actions[0];

async function partnershipsOf(tenantId: string) {
  return bot.db.prisma.partnership.findMany({ where: { tenant: { platform: 'teams', externalId: tenantId } } });
}

/** What Teams posts when the card's submit is pressed: the action's data plus every input by id. */
function submit(chat: Chat, card: Element | undefined, inputs: Record<string, string>) {
  return messageActivity(chat, { value: { ...submitOf(card).data, ...inputs } });
}

describe('Teams: partnerschap', () => {
  it('answers with a card holding a multi-select; its submit in a channel stores the partnership and confirms', async () => {
    const tenantId = uniqueId('T');
    const chat = channelChat(tenantId, connector.url);
    await postActivity(bot, mentionActivity(chat, 'partnerschap'));
    const [offered] = await connector.waitForPosts(chat.conversationId, 1);
    const card = cardOf(offered!.activity);
    expect(visibleText(offered!.activity)).toContain(t.form.createIntro);
    const inputs = inputsOf(card);
    expect(inputs.map((i) => [i.id, i.type])).toEqual([
      ['name', 'Input.Text'],
      ['region', 'Input.Text'],
      ['sectors', 'Input.ChoiceSet'],
      ['reviewType', 'Input.ChoiceSet'],
      ['visitDate', 'Input.Date'],
      ['wordLimit', 'Input.Text'],
    ]);
    const sectors = inputs.find((i) => i.id === 'sectors')!;
    expect(sectors).toMatchObject({ isMultiSelect: true, isRequired: true, label: t.form.sectors });
    expect(sectors.choices).toEqual([
      { title: t.names.sectors.PO, value: 'PO' },
      { title: t.names.sectors.VO, value: 'VO' },
      { title: t.names.sectors.MBO, value: 'MBO' },
    ]);
    expect(inputs.find((i) => i.id === 'reviewType')!.isMultiSelect).toBeUndefined();
    expect(submitOf(card)).toMatchObject({ type: 'Action.Submit', title: t.form.createSubmit, data: { form: 'partnership.create' } });

    const visitDate = inFuture(90);
    const values = { name: 'PACT Amsterdam', region: 'Onderwijsregio Amsterdam', sectors: 'PO,VO', reviewType: 'assessment', visitDate, wordLimit: '1500' };
    expect((await postActivity(bot, submit(chat, card, values))).status).toBe(200);
    const [, done, overview] = await connector.waitForPosts(chat.conversationId, 3);
    expect(visibleText(done!.activity)).toContain(t.created.done('PACT Amsterdam'));
    expect(visibleText(done!.activity)).toContain(t.created.channel);
    expect(visibleText(overview!.activity)).toContain(t.overview.title('PACT Amsterdam'));
    expect(visibleText(overview!.activity)).toContain(`**${t.overview.updatesChannel}**: ${t.overview.channelHere}`);

    const [stored] = await partnershipsOf(tenantId);
    // The channel itself, not the thread the form was sent in: updates become new posts.
    const channelId = chat.conversationId.split(';messageid=')[0];
    expect(chat.conversationId).toContain(';messageid=');
    expect(stored).toMatchObject({ name: 'PACT Amsterdam', sectors: ['PO', 'VO'], reviewType: 'assessment', updatesChannelId: channelId });
    expect(stored!.visitDate?.toISOString().slice(0, 10)).toBe(visitDate);

    // A double click sends the same values again: no second partnership.
    await postActivity(bot, submit(chat, card, values));
    const posts = await connector.waitForPosts(chat.conversationId, 4);
    expect(posts[3]!.activity.text).toContain(t.exists('PACT Amsterdam'));
    expect(await partnershipsOf(tenantId)).toHaveLength(1);
  });

  it('refuses bad values in a personal chat with the card again, filled in as sent', async () => {
    const tenantId = uniqueId('T');
    const chat = personalChat(tenantId, connector.url);
    await postActivity(bot, textActivity(chat, 'partnership'));
    const [offered] = await connector.waitForPosts(chat.conversationId, 1);
    const sent = { name: '', region: 'Noord', sectors: 'MBO,VO', reviewType: 'development', visitDate: '', wordLimit: 'duizend' };
    await postActivity(bot, submit(chat, cardOf(offered!.activity), sent));
    const [, refused] = await connector.waitForPosts(chat.conversationId, 2);
    const shown = visibleText(refused!.activity);
    expect(shown).toContain(t.invalid.nameEmpty);
    expect(shown).toContain(t.invalid.wordLimit('duizend', 100, 10_000));
    const values = Object.fromEntries(inputsOf(cardOf(refused!.activity)).map((i) => [i.id, i.value]));
    expect(values).toEqual({ name: undefined, region: 'Noord', sectors: 'VO,MBO', reviewType: 'development', visitDate: undefined, wordLimit: 'duizend' });

    await postActivity(bot, submit(chat, cardOf(refused!.activity), { ...sent, name: 'Noorderlicht', wordLimit: '1000' }));
    const [, , done] = await connector.waitForPosts(chat.conversationId, 3);
    // A card now (it has the next-step buttons), where code spans are rendered otherwise: the sentence up to the command.
    expect(visibleText(done!.activity)).toContain(t.created.inDm.split('`')[0]!);
    expect(await partnershipsOf(tenantId)).toMatchObject([{ name: 'Noorderlicht', sectors: ['VO', 'MBO'], updatesChannelId: null, wordLimitPerWaarborg: 1000 }]);
  });
});

describe('Teams multi-select plumbing', () => {
  it('renders a multiselect field as an expanded Input.ChoiceSet with isMultiSelect and its comma-joined value', () => {
    const card = renderCard(
      {
        blocks: [
          {
            type: 'form',
            form: 'x.y',
            title: 'T',
            submitLabel: '',
            fields: [{ id: 's', label: 'S', kind: 'multiselect', required: false, initial: 'PO,MBO', options: [{ label: 'PO', value: 'PO' }, { label: 'MBO', value: 'MBO' }] }],
          },
        ],
      },
      nl,
    );
    expect(card.body[1]).toEqual({
      type: 'Input.ChoiceSet',
      id: 's',
      label: 'S',
      isRequired: false,
      value: 'PO,MBO',
      isMultiSelect: true,
      style: 'expanded',
      choices: [{ title: 'PO', value: 'PO' }, { title: 'MBO', value: 'MBO' }],
    });
  });

  it('takes a comma-joined value as it is, and joins a list a client might send', () => {
    const chat = personalChat('T1', 'https://example.invalid/');
    const turn = (value: unknown) => {
      const translated = activityToTurn(messageActivity(chat, { value }) as never, { authenticated: false });
      return translated.kind === 'turn' ? translated.turn.input : undefined;
    };
    expect(turn({ form: 'x.y', s: 'PO,VO' })).toEqual({ kind: 'form', form: 'x.y', values: { s: 'PO,VO' } });
    expect(turn({ form: 'x.y', s: ['PO', 'VO'], nested: { a: 1 }, list: [{ a: 1 }] })).toEqual({ kind: 'form', form: 'x.y', values: { s: 'PO,VO' } });
  });
});
