// `concept [waarborg]` / `draft [waarborg]` through the engine.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nl } from '../../../src/texts/nl';
import { en } from '../../../src/texts/en';
import { blocksOf, button, choicesOf, ITEM, shown, startEngineHarness, type EngineHarness } from './engine-harness';

let h: EngineHarness;
beforeAll(async () => {
  h = await startEngineHarness();
});
afterAll(() => h?.dispose());

describe('draft overview', () => {
  it('shows one line per waarborg with words against the limit, items chosen and empty', async () => {
    const { tenant, partnership } = await h.setUp();
    const messages = await h.send(tenant, 'coby', 'concept');
    const [heading] = blocksOf(messages);
    expect(heading).toEqual({ type: 'heading', text: 'Zelfevaluatie basiskwaliteit (concept): Opleiden in de Regio' });
    const text = shown(messages);
    expect(text).toContain('**Waarborg 1. Lerende leraar**\n0/1500 woorden · 0 van 4 punten gekozen · 4 leeg');
    expect(text).toContain('**Waarborg 2. Leeromgeving**\n0/1500 woorden · 0 van 4 punten gekozen · 1 nog te kiezen · 3 leeg');
    expect(text).toContain('**Waarborg 3. Organisatie**');
    expect(text).toContain('**Waarborg 4. Kwaliteitscultuur**');
    expect(text).toContain(nl.draft.overview.coordinatorHint('leeromgeving'));
    expect(choicesOf(messages).map((c) => [c.action, c.value])).toEqual([
      ['draft.show', 'lerende-leraar'],
      ['draft.show', 'leeromgeving'],
      ['draft.show', 'organisatie'],
      ['draft.show', 'kwaliteitscultuur'],
      ['draft.download', 'docx clean'],
      ['draft.download', 'docx working'],
      ['draft.download', 'md clean'],
    ]);
    expect(partnership.wordLimitPerWaarborg).toBe(1500);
  });

  it('flags a waarborg over the word limit and intentions in chosen texts', async () => {
    const { tenant, partnership } = await h.setUp();
    await h.inTenant(tenant, async (scope) => {
      await scope.partnerships.update(partnership.id, partnership.version, { wordLimitPerWaarborg: 5 });
      const coby = await scope.upsertPerson('U1', 'Coby Coördinator');
      await scope.drafts.save({
        partnershipId: partnership.id,
        waarborgId: 'leeromgeving',
        itemId: ITEM,
        text: 'Volgend jaar willen we de driehoeksgesprekken uitbreiden.',
        sourceContributionIds: [],
        editedById: coby.id,
        expected: 'absent',
      });
    });
    const text = shown(await h.send(tenant, 'sam', 'concept'));
    expect(text).toContain('7/5 woorden · ⚠️ 2 te veel · 1 van 4 punten gekozen · 3 leeg · ⚠️ 2 voornemens');
    // A student sees the draft, but no coordinator hint.
    expect(text).not.toContain(nl.draft.overview.coordinatorHint('leeromgeving'));
  });

  it('shows each item of a waarborg with its status; a coordinator gets a choose button per item', async () => {
    const { tenant } = await h.setUp();
    const messages = await h.send(tenant, 'coby', 'concept leeromgeving');
    expect(blocksOf(messages)[0]).toEqual({ type: 'heading', text: 'Waarborg 2. Leeromgeving' });
    const text = shown(messages);
    expect(text).toContain('**2.1** Er is een gezamenlijk opleidingsprogramma');
    expect(text).toContain('**2.2** Het is inzichtelijk hoe dat programma in de praktijk gezamenlijk wordt uitgevoerd.\nNog niet gekozen · 2 bijdragen');
    expect(text).toContain('**2.4** De werkplek is een professionele leeromgeving waarin aanstaande leraren zich optimaal kunnen ontwikkelen.\nLeeg: nog geen bijdragen');
    expect(choicesOf(messages).map((c) => [c.label, c.action, c.value])).toEqual([
      ['Kies 2.1', 'draft.choose', 'leeromgeving.minimum.1'],
      ['Kies 2.2', 'draft.choose', 'leeromgeving.minimum.2'],
      ['Kies 2.3', 'draft.choose', 'leeromgeving.minimum.3'],
      ['Kies 2.4', 'draft.choose', 'leeromgeving.minimum.4'],
    ]);
    const student = await h.send(tenant, 'sam', 'concept 2');
    expect(choicesOf(student)).toEqual([]);
    expect(shown(student)).toContain('Nog niet gekozen · 2 bijdragen');
  });

  it('opens a waarborg from the overview button', async () => {
    const { tenant } = await h.setUp();
    const overview = await h.send(tenant, 'anne', 'concept');
    const opened = await h.send(tenant, 'anne', button(overview, 'Waarborg 3. Organisatie'));
    expect(blocksOf(opened)[0]).toEqual({ type: 'heading', text: 'Waarborg 3. Organisatie' });
  });

  it('answers an unknown waarborg helpfully', async () => {
    const { tenant } = await h.setUp();
    expect(shown(await h.send(tenant, 'coby', 'concept vliegtuig'))).toBe(nl.draft.errors.unknownWaarborg('vliegtuig'));
  });

  it('tells someone outside any partnership how to join', async () => {
    const { tenant } = await h.setUp();
    expect(shown(await h.send(tenant, 'olaf', 'concept'))).toBe(nl.partnership.noPartnership);
  });

  it('speaks English to someone who chose it: `draft learning environment`', async () => {
    const { tenant } = await h.setUp();
    await h.send(tenant, 'anne', 'taal en');
    const messages = await h.send(tenant, 'anne', 'draft learning environment');
    expect(blocksOf(messages)[0]).toEqual({ type: 'heading', text: 'Waarborg 2. Learning environment' });
    expect(shown(messages)).toContain('Not chosen yet · 2 contributions');
    expect(shown(await h.send(tenant, 'anne', 'draft'))).toContain(en.draft.overview.hint('learning environment'));
  });
});
