// `consistentie` / `consistency` through the engine, on contributions stored
// the way the reflection flow stores them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PartnerRole } from '../../../src/domain/partnership';
import { CREATE_FORM } from '../../../src/flows/partnership/form';
import { en } from '../../../src/texts/en';
import { nl } from '../../../src/texts/nl';
import { uniqueId } from '../../support/bot';
import { blocksOf, choicesOf, personIn, startDriver, textOf, validForm, type Driver } from './driver';

let driver: Driver;
beforeAll(async () => {
  driver = await startDriver();
});
afterAll(() => driver.dispose());

const anne = { id: 'UANNE', name: 'Anne de Boer' };
const t = nl.partnership.consistency;

async function setUp() {
  const tenant = uniqueId('T');
  await personIn(driver, tenant, anne).submit(CREATE_FORM, validForm());
  const [partnership] = await driver.inTenant(tenant, (scope) => scope.partnerships.list());
  return { tenant, partnershipId: partnership!.id };
}

/** Stores what a person in a role wrote about an item, as the reflection flow does. */
async function contribute(tenant: string, partnershipId: string, who: { id: string; name: string; role: PartnerRole }, itemId: string, text: string) {
  await driver.inTenant(tenant, async (scope) => {
    const person = await scope.upsertPerson(who.id, who.name);
    await scope.partnerships.setRole(partnershipId, person.id, who.role);
    await scope.contributions.save({ partnershipId, personId: person.id, role: who.role, waarborgId: itemId.split('.')[0]!, itemId, text, expected: 'absent' });
  });
}

const sam = { id: 'USAM', name: 'Sam Student', role: 'student' as const };
const lia = { id: 'ULIA', name: 'Lia Student', role: 'student' as const };
const bo = { id: 'UBO', name: 'Bo Schoolopleider', role: 'school_based_educator' as const };
const bea = { id: 'UBEA', name: 'Bea Bestuurder', role: 'board_member' as const };

describe('consistentie', () => {
  it('asks a person in no partnership to join one first', async () => {
    expect(textOf(await personIn(driver, uniqueId('T'), anne).say('consistentie leeromgeving'))).toBe(nl.partnership.noPartnership);
  });

  it('offers the four waarborgen as buttons, and again after an unknown name', async () => {
    const { tenant } = await setUp();
    const anneHere = personIn(driver, tenant, anne);
    const asked = await anneHere.say('consistentie');
    expect(textOf(asked)).toBe(t.choose);
    expect(choicesOf(asked).map((c) => [c.label, c.action, c.value])).toEqual([
      ['Lerende leraar', 'consistency.show', 'lerende-leraar'],
      ['Leeromgeving', 'consistency.show', 'leeromgeving'],
      ['Organisatie', 'consistency.show', 'organisatie'],
      ['Kwaliteitscultuur', 'consistency.show', 'kwaliteitscultuur'],
    ]);
    const unknown = await anneHere.say('consistentie ruimtevaart');
    expect(textOf(unknown)).toBe(t.unknown('ruimtevaart', ['Lerende leraar', 'Leeromgeving', 'Organisatie', 'Kwaliteitscultuur']));
    expect(choicesOf(unknown)).toHaveLength(4);
    expect(textOf(await anneHere.press('consistency.show', 'ruimtevaart'))).toBe(nl.errors.staleAction);
  });

  it('says when nothing has been written for the waarborg yet, with why it matters', async () => {
    const { tenant } = await setUp();
    const text = textOf(await personIn(driver, tenant, anne).say('consistentie organisatie'));
    expect(text).toContain(t.title('Organisatie'));
    expect(text).toContain(t.why);
    expect(text).toContain(t.nothingYet('Organisatie'));
  });

  it('shows each item with the three groups side by side, silent groups and a possible contradiction', async () => {
    const { tenant, partnershipId } = await setUp();
    const long = `Wij volgen samen het programma. ${'Elke week is er een lesbezoek en een gesprek met de mentor. '.repeat(8)}`;
    await contribute(tenant, partnershipId, bo, 'leeromgeving.minimum.1', 'We hebben een gezamenlijk opleidingsprogramma voor pabo-studenten en zij-instromers.');
    await contribute(tenant, partnershipId, sam, 'leeromgeving.minimum.1', 'Een gezamenlijk programma is er nog niet; iedere school doet het anders.');
    await contribute(tenant, partnershipId, bea, 'leeromgeving.minimum.1', 'Het programma is door beide besturen vastgesteld.');
    await contribute(tenant, partnershipId, lia, 'leeromgeving.minimum.2', long);

    const messages = await personIn(driver, tenant, anne).say('consistentie LO');
    const text = textOf(messages);
    expect(blocksOf(messages)[0]).toEqual({ type: 'heading', text: t.title('Leeromgeving') });
    expect(text).toContain(t.why);
    expect(text).toContain(t.summary([
      { number: 1, silent: false, contradiction: true },
      { number: 2, silent: true, contradiction: false },
      { number: 3, silent: true, contradiction: false },
      { number: 4, silent: true, contradiction: false },
    ]));

    const item1 = blocksOf(messages).find((b) => b.type === 'text' && b.text.startsWith('**1. Er is een gezamenlijk opleidingsprogramma'));
    const item1Text = item1?.type === 'text' ? item1.text : '';
    expect(item1Text).toContain(`- **Studenten** (${sam.name}): „Een gezamenlijk programma is er nog niet; iedere school doet het anders.”`);
    expect(item1Text).toContain(`- **Opleiders** (${bo.name}): „We hebben een gezamenlijk opleidingsprogramma`);
    expect(item1Text).toContain(`- **Bestuurders** (${bea.name}): „Het programma is door beide besturen vastgesteld.”`);
    // Bea and Bo both say it is there: two groups against the students.
    expect(item1Text).toContain(
      t.contradiction({
        kind: 'present-vs-absent',
        terms: ['opleidingsprogramma', 'gezamenlijke uitvoering'],
        inPlace: { group: 'Opleiders', author: bo.name, quote: 'We hebben een gezamenlijk opleidingsprogramma voor pabo-studenten en zij-instromers.' },
        other: { group: 'Studenten', author: sam.name, quote: 'Een gezamenlijk programma is er nog niet; iedere school doet het anders.', cue: 'nog niet' },
      }),
    );
    expect(item1Text.match(/Mogelijke tegenspraak/g)).toHaveLength(2);
    expect(item1Text).not.toContain('Nog stil');

    const item2 = blocksOf(messages).find((b) => b.type === 'text' && b.text.startsWith('**2.'));
    const item2Text = item2?.type === 'text' ? item2.text : '';
    expect(item2Text).toContain(t.silentAnswer('Opleiders'));
    expect(item2Text).toContain(t.silent(['Opleiders', 'Bestuurders']));
    // A long answer is quoted short, cut at a word.
    const quote = /\(Lia Student\): „(.*)”/.exec(item2Text)![1]!;
    expect(quote.length).toBeLessThanOrEqual(300);
    expect(quote.endsWith('…')).toBe(true);
    expect(text).toContain(t.caveat);
  });

  it('counts what does not fit, and shows answers filed under no minimum item', async () => {
    const { tenant, partnershipId } = await setUp();
    for (let i = 0; i < 5; i++) {
      await contribute(tenant, partnershipId, { id: `US${i}`, name: `Student ${i}`, role: 'student' }, 'organisatie.minimum.1', `Overleg ${i} gaat goed.`);
    }
    await contribute(tenant, partnershipId, bea, 'organisatie.algemeen', 'Het bestuur stuurt op samenwerking.');
    const text = textOf(await personIn(driver, tenant, anne).say('consistentie organisatie'));
    expect(text.match(/\*\*Studenten\*\* \(Student \d\)/g)).toHaveLength(3);
    expect(text).toContain(t.more('Studenten', 2));
    expect(text).toContain(`**${t.otherItems}**`);
    expect(text).toContain('Het bestuur stuurt op samenwerking.');
  });

  it('opens the view from a button, in English for an English reader', async () => {
    const { tenant, partnershipId } = await setUp();
    await contribute(tenant, partnershipId, sam, 'kwaliteitscultuur.minimum.1', 'We vullen elk jaar een enquête in.');
    const anneHere = personIn(driver, tenant, anne);
    await anneHere.say('taal en');
    const messages = await anneHere.press('consistency.show', 'kwaliteitscultuur');
    const text = textOf(messages);
    expect(text).toContain(en.partnership.consistency.title('Quality culture'));
    expect(text).toContain(en.partnership.consistency.why);
    expect(text).toContain('1. A systematic approach is used');
    expect(text).toContain(en.partnership.consistency.answer('Students', sam.name, 'We vullen elk jaar een enquête in.'));
  });
});
