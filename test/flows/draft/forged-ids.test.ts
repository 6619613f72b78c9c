// Ids that come back in forms and buttons are checked before use: a forged
// save form that names a contribution of another tenant, another partnership
// or another item saves the text, but never makes that contribution a source
// of the draft entry.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TurnInput } from '../../../src/core/turn';
import { nl } from '../../../src/texts/nl';
import { ITEM, shown, startEngineHarness, type EngineHarness, type World } from './engine-harness';

let h: EngineHarness;
beforeAll(async () => {
  h = await startEngineHarness();
});
afterAll(() => h?.dispose());

const entryOf = (world: World) => h.inTenant(world.tenant, (scope) => scope.drafts.get(world.partnership.id, ITEM));
const forgedForm = (itemId: string, contributionId: string, text: string): TurnInput => ({ kind: 'form', form: `draft.save|${itemId}|${contributionId}|-`, values: { text } });

describe('forged ids in the draft save form', () => {
  it('keeps a contribution of the same partnership and item as the source', async () => {
    const world = await h.setUp();
    await h.send(world.tenant, 'coby', 'kies leeromgeving 2');
    const reply = await h.send(world.tenant, 'coby', forgedForm(ITEM, world.contributionIds.sam, 'Een eigen tekst, naar die van Sam.'));
    expect(shown(reply)).toContain('2.2');
    expect((await entryOf(world))?.sourceContributionIds).toEqual([world.contributionIds.sam]);
  });

  it('drops a contribution id of another tenant', async () => {
    const world = await h.setUp();
    const other = await h.setUp();
    await h.send(world.tenant, 'coby', 'kies leeromgeving 2');
    await h.send(world.tenant, 'coby', forgedForm(ITEM, other.contributionIds.sam, 'Een tekst met een vreemde bron.'));
    const entry = await entryOf(world);
    expect(entry?.text).toBe('Een tekst met een vreemde bron.');
    expect(entry?.sourceContributionIds).toEqual([]);
  });

  it('drops a contribution id of another partnership of the same tenant, and one of another item', async () => {
    const world = await h.setUp();
    const { otherPartnership, otherItem } = await h.inTenant(world.tenant, async (scope) => {
      const coby = await scope.upsertPerson('U1', 'Coby Coördinator');
      const sam = await scope.upsertPerson('U3', 'Sam Student');
      const second = await scope.partnerships.create({
        name: 'Een ander partnerschap',
        region: 'Onderwijsregio Zuid',
        sectors: ['VO'],
        reviewType: 'assessment',
        visitDate: null,
        updatesChannelId: null,
        createdById: coby.id,
      });
      const there = await scope.contributions.save({ partnershipId: second.id, waarborgId: 'leeromgeving', itemId: ITEM, personId: sam.id, role: 'student', text: 'Elders geschreven.', expected: 'absent' });
      const elsewhere = await scope.contributions.save({ partnershipId: world.partnership.id, waarborgId: 'leeromgeving', itemId: 'leeromgeving.minimum.1', personId: sam.id, role: 'student', text: 'Over een ander item.', expected: 'absent' });
      if (!there.ok || !elsewhere.ok) throw new Error('set-up');
      return { otherPartnership: there.saved.id, otherItem: elsewhere.saved.id };
    });
    await h.send(world.tenant, 'coby', 'kies leeromgeving 2');
    await h.send(world.tenant, 'coby', forgedForm(ITEM, otherPartnership, 'Eerste tekst.'));
    expect((await entryOf(world))?.sourceContributionIds).toEqual([]);
    await h.send(world.tenant, 'coby', { kind: 'form', form: `draft.save|${ITEM}|${otherItem}|0`, values: { text: 'Tweede tekst.' } });
    const entry = await entryOf(world);
    expect(entry?.text).toBe('Tweede tekst.');
    expect(entry?.sourceContributionIds).toEqual([]);
  });

  it('does not fail on a contribution id that is not an id at all', async () => {
    const world = await h.setUp();
    await h.send(world.tenant, 'coby', 'kies leeromgeving 2');
    const reply = await h.send(world.tenant, 'coby', forgedForm(ITEM, "x' OR 1=1", 'Een tekst.'));
    expect(shown(reply)).not.toContain(nl.errors.internal);
    expect((await entryOf(world))?.sourceContributionIds).toEqual([]);
  });
});
