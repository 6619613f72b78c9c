// `reflectie`, `reflectie <waarborg>` and `voortgang`: choosing a waarborg and where it starts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../src/core/engine';
import { framework } from '../../../src/domain/framework';
import type { Database } from '../../../src/store/database';
import { TurnStore } from '../../../src/store/turn-store';
import { en } from '../../../src/texts/en';
import { nl } from '../../../src/texts/nl';
import { uniqueId } from '../../support/bot';
import { openTestDatabase } from '../../support/databases';
import { anne, answers, buttonLabelled, buttons, chatOf, headings, newEngine, press, progressOf, seedPartnership, send, textOf } from './support';

let db: Database;
let engine: Engine;
let dispose: () => Promise<void>;
beforeAll(async () => {
  ({ db, dispose } = await openTestDatabase('postgresql'));
  engine = newEngine(db);
});
afterAll(() => dispose());

const t = nl.reflection;
const leeromgeving = framework.waarborgen[1]!;

describe('reflectie: choosing a waarborg', () => {
  it('points a person without a partnership to setting one up, for every reflection command', async () => {
    const chat = { tenant: uniqueId('T'), user: { id: 'ULOS', name: 'Los Persoon' } };
    for (const text of ['reflectie', 'reflectie leeromgeving', 'voortgang']) {
      expect(textOf(await send(engine, chat, text))).toBe(nl.partnership.noPartnership);
    }
  });

  it('shows the four waarborgen with the person\'s progress, as buttons', async () => {
    const { tenant } = await seedPartnership(db, [anne]);
    const reply = await send(engine, chatOf(tenant, anne), 'reflectie');
    expect(headings(reply)).toEqual([t.overviewTitle]);
    expect(progressOf(reply)).toEqual(
      framework.waarborgen.map((w) => ({ type: 'progress', label: w.name.nl, done: 0, total: w.minimumItems.length })),
    );
    expect(buttons(reply).map((b) => [b.label, b.action, b.value])).toEqual(
      framework.waarborgen.map((w) => [t.waarborgButton(w.name.nl, 0, w.minimumItems.length), 'reflection.start', w.id]),
    );
  });

  it('answers an unknown waarborg with the four names as buttons, and opens nothing', async () => {
    const { tenant } = await seedPartnership(db, [anne]);
    const chat = chatOf(tenant, anne);
    const reply = await send(engine, chat, 'reflectie zwembad');
    expect(textOf(reply)).toContain(t.unknownWaarborg('zwembad'));
    expect(buttons(reply).map((b) => b.value)).toEqual(framework.waarborgen.map((w) => w.id));
    expect(textOf(await send(engine, chat, answers.general))).toContain(nl.welcome.sentence);
  });

  it('starts a waarborg by any alias or by its button, at the first item, with the item, theme, hint, progress and buttons', async () => {
    const { tenant } = await seedPartnership(db, [anne]);
    const chat = chatOf(tenant, anne);
    const first = leeromgeving.minimumItems[0]!;
    for (const text of ['reflectie leeromgeving', 'reflectie LO', '/peerreview reflectie waarborg 2', 'reflect learning environment']) {
      const reply = await send(engine, chat, text);
      expect(textOf(reply)).toContain(t.start('Leeromgeving', 4));
      expect(headings(reply)).toEqual([t.itemHeading('Leeromgeving', 1, 4)]);
      expect(textOf(reply)).toContain(first.text.nl);
      expect(textOf(reply)).toContain(t.theme(['Ontwerp', "Programma's"]));
      expect(textOf(reply)).toContain('**Waar de commissie op let:** Doelstellingen, programma');
      expect(progressOf(reply)).toEqual([{ type: 'progress', label: t.progressLabel('Leeromgeving'), done: 0, total: 4 }]);
      // No "terug" on the first item.
      expect(buttons(reply).map((b) => [b.label, b.action, b.value])).toEqual([
        [t.skipButton, 'reflection.skip', first.id],
        [t.pauseButton, 'reflection.pause', first.id],
      ]);
    }
    const overview = await send(engine, chat, 'reflectie');
    // `reflectie` while one is open resumes it instead of showing the overview.
    expect(headings(overview)).toEqual([t.itemHeading('Leeromgeving', 1, 4)]);
    const viaButton = await send(engine, chat, { kind: 'action', action: 'reflection.start', value: 'organisatie' });
    expect(headings(viaButton)).toEqual([t.itemHeading('Organisatie', 1, 3)]);
  });

  it('starts at the first item the person has not answered yet', async () => {
    const { tenant, partnershipId, personIds } = await seedPartnership(db, [anne]);
    await new TurnStore(db).withTenant('slack', tenant, async (scope) => {
      for (const itemId of ['leeromgeving.minimum.1', 'leeromgeving.minimum.2']) {
        await scope.contributions.save({ partnershipId, personId: personIds[0]!, role: 'school_based_educator', waarborgId: 'leeromgeving', itemId, text: answers.complete, expected: 'absent' });
      }
    });
    const reply = await send(engine, chatOf(tenant, anne), 'reflectie leeromgeving');
    expect(headings(reply)).toEqual([t.itemHeading('Leeromgeving', 3, 4)]);
    expect(progressOf(reply)[0]).toMatchObject({ done: 2, total: 4 });
    expect(buttons(await send(engine, chatOf(tenant, anne), 'voortgang')).find((b) => b.value === 'leeromgeving')?.label).toBe(
      t.waarborgButton('Leeromgeving', 2, 4),
    );
  });

  it('shows the summary straight away when every item is answered', async () => {
    const { tenant, partnershipId, personIds } = await seedPartnership(db, [anne]);
    await new TurnStore(db).withTenant('slack', tenant, async (scope) => {
      for (const item of framework.waarborgen[2]!.minimumItems) {
        await scope.contributions.save({ partnershipId, personId: personIds[0]!, role: 'school_based_educator', waarborgId: 'organisatie', itemId: item.id, text: answers.complete, expected: 'absent' });
      }
    });
    const reply = await send(engine, chatOf(tenant, anne), 'reflectie organisatie');
    expect(headings(reply)).toEqual([t.summaryTitle('Organisatie')]);
    expect(textOf(reply)).toContain(t.summaryCounts(3, 0, 0, 3));
    expect(buttons(reply).map((b) => b.value)).toEqual([
      ...['organisatie.minimum.1', 'organisatie.minimum.2', 'organisatie.minimum.3'],
      ...['lerende-leraar', 'leeromgeving', 'kwaliteitscultuur'],
    ]);
  });

  it('speaks English after `taal en`, with the framework texts in English', async () => {
    const { tenant } = await seedPartnership(db, [anne]);
    const chat = chatOf(tenant, anne);
    await send(engine, chat, 'taal en');
    const overview = await send(engine, chat, 'reflect');
    expect(headings(overview)).toEqual([en.reflection.overviewTitle]);
    const item = await send(engine, chat, press(buttons(overview).find((b) => b.value === 'kwaliteitscultuur')!));
    expect(headings(item)).toEqual([en.reflection.itemHeading('Quality culture', 1, 3)]);
    expect(textOf(item)).toContain(framework.waarborgen[3]!.minimumItems[0]!.text.en);
    expect(buttons(item).map((b) => b.label)).toEqual([en.reflection.skipButton, en.reflection.pauseButton]);
  });

  it('shows an item\'s sub-points as a list', async () => {
    const { tenant } = await seedPartnership(db, [anne]);
    const chat = chatOf(tenant, anne);
    await send(engine, chat, 'reflectie kwaliteitscultuur');
    const second = await send(engine, chat, 'overslaan');
    expect(textOf(second)).toContain('- Doen we het goede?\n- Hoe weten we dat?');
  });
});

describe('reflectie: a paused reflection is never closed silently', () => {
  it('asks which to keep when another waarborg is asked for here, and picks a paused one up where it was', async () => {
    const { tenant } = await seedPartnership(db, [anne]);
    const chat = chatOf(tenant, anne);
    await send(engine, chat, 'reflectie leeromgeving');
    await send(engine, chat, answers.complete);
    await send(engine, chat, 'pauze');
    const asked = await send(engine, chat, 'reflectie organisatie');
    expect(textOf(asked)).toContain(t.switchAsk('Leeromgeving', 2, 'Organisatie'));
    expect(buttons(asked).map((b) => [b.label, b.action, b.value])).toEqual([
      [t.switchKeep('Leeromgeving'), 'reflection.continue', 'leeromgeving'],
      [t.switchTo('Organisatie'), 'reflection.switch', 'organisatie'],
    ]);
    // Nothing changed yet: `ga door` still finds the paused one.
    const resumed = await send(engine, chat, 'ga door');
    expect(textOf(resumed)).toContain(t.resumed('Leeromgeving', 2));
    await send(engine, chat, 'pauze');
    // The same waarborg asked for again: picked up at item 2, not started over.
    const again = await send(engine, chat, 'reflectie leeromgeving');
    expect(headings(again)).toEqual([t.itemHeading('Leeromgeving', 2, 4)]);
    expect(textOf(again)).toContain(t.resumed('Leeromgeving', 2));
    await send(engine, chat, 'pauze');
    // Choosing the other one leaves the pause, on purpose.
    const switched = await send(engine, chat, press(buttonLabelled(await send(engine, chat, 'reflectie organisatie'), t.switchTo('Organisatie'))));
    expect(headings(switched)).toEqual([t.itemHeading('Organisatie', 1, 3)]);
  });
});
