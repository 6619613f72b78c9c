// `partnerschap verwijderen`: only a coordinator, only after a question that
// says what goes with it; another partnership of the workspace keeps all it has;
// a second press, or a press after the partnership changed, removes nothing more.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Choice } from '../../../src/core/turn';
import { createFormName, CREATE_FORM } from '../../../src/flows/partnership/form';
import { nl } from '../../../src/texts/nl';
import { uniqueId } from '../../support/bot';
import { blocksOf, personIn, startDriver, textOf, validForm, type Driver } from './driver';

let driver: Driver;
beforeAll(async () => {
  driver = await startDriver();
});
afterAll(() => driver.dispose());

const t = nl.partnership;
const anne = { id: 'UANNE', name: 'Anne de Boer' };
const otto = { id: 'UOTTO', name: 'Otto' };
const choicesOf = (messages: Parameters<typeof blocksOf>[0]): Choice[] => blocksOf(messages).flatMap((b) => (b.type === 'choices' ? b.choices : []));

describe('partnerschap verwijderen', () => {
  it('asks what goes, removes the partnership with its answers once, and leaves the other partnership as it is', async () => {
    const tenant = uniqueId('T');
    const anneHere = personIn(driver, tenant, anne);
    await anneHere.submit(CREATE_FORM, validForm({ name: 'Per Ongeluk' }));
    await personIn(driver, tenant, otto).submit(createFormName(1), validForm({ name: 'Blijft Bestaan' }));
    const [mistake, keep] = await driver.inTenant(tenant, (scope) => scope.partnerships.list());
    await driver.inTenant(tenant, async (scope) => {
      const me = await scope.upsertPerson(anne.id, anne.name);
      const them = await scope.upsertPerson(otto.id, otto.name);
      for (const [partnership, person] of [[mistake!, me], [keep!, them]] as const) {
        await scope.contributions.save({ partnershipId: partnership.id, personId: person.id, role: 'coordinator', waarborgId: 'leeromgeving', itemId: 'leeromgeving.minimum.1', text: 'Een antwoord.', expected: 'absent' });
      }
    });

    // Someone in no partnership has nothing to remove.
    expect(textOf(await personIn(driver, tenant, { id: 'UCAS', name: 'Cas' }).say('partnerschap verwijderen'))).toContain(t.noPartnership);
    const asked = await anneHere.say('partnerschap verwijderen');
    expect(textOf(asked)).toContain(t.remove.ask('Per Ongeluk', 1, 1));
    const [confirm, cancel] = choicesOf(asked);
    expect(confirm!.label).toBe(t.remove.confirm('Per Ongeluk'));

    expect(textOf(await anneHere.press(cancel!.action, cancel!.value))).toBe(t.remove.cancelled);
    expect(await driver.inTenant(tenant, (scope) => scope.partnerships.list())).toHaveLength(2);

    expect(textOf(await anneHere.press(confirm!.action, confirm!.value))).toBe(t.remove.done('Per Ongeluk'));
    expect(textOf(await anneHere.press(confirm!.action, confirm!.value))).toBe(t.remove.gone);
    const left = await driver.inTenant(tenant, async (scope) => ({
      partnerships: (await scope.partnerships.list()).map((p) => p.name),
      kept: await scope.contributions.list(keep!.id),
      removed: await scope.contributions.list(mistake!.id),
    }));
    expect(left.partnerships).toEqual(['Blijft Bestaan']);
    expect(left.kept.map((c) => c.text)).toEqual(['Een antwoord.']);
    expect(left.removed).toEqual([]);
  });

  it('tells a member who is no coordinator who can, and asks again when the partnership changed since the question', async () => {
    const tenant = uniqueId('T');
    const anneHere = personIn(driver, tenant, anne);
    await anneHere.submit(CREATE_FORM, validForm({ name: 'Samen Noord' }));
    const [partnership] = await driver.inTenant(tenant, (scope) => scope.partnerships.list());
    await driver.inTenant(tenant, async (scope) => {
      const them = await scope.upsertPerson(otto.id, otto.name);
      await scope.partnerships.setRole(partnership!.id, them.id, 'student');
    });
    expect(textOf(await personIn(driver, tenant, otto).say('partnerschap verwijderen'))).toBe(t.remove.onlyCoordinator(['Anne de Boer']));

    const [confirm] = choicesOf(await anneHere.say('partnerschap verwijderen'));
    await driver.inTenant(tenant, (scope) => scope.partnerships.update(partnership!.id, partnership!.version, { name: 'Samen Noord-Oost' }));
    const again = await anneHere.press(confirm!.action, confirm!.value);
    expect(textOf(again)).toContain(t.remove.ask('Samen Noord-Oost', 2, 0));
    expect(await driver.inTenant(tenant, (scope) => scope.partnerships.list())).toHaveLength(1);
  });
});
