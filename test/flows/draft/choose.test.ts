// `kies <item>` / `choose <item>`, "use this" and the edit form, through the engine.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { limits } from '../../../src/core/limits';
import { framework } from '../../../src/domain/framework';
import { FORM_MAX_CHARS } from '../../../src/flows/draft/edit-form';
import { nl } from '../../../src/texts/nl';
import { ANNE_TEXT, blocksOf, button, choicesOf, formOf, ITEM, SAM_TEXT, shown, startEngineHarness, submit, type EngineHarness, type World } from './engine-harness';

let h: EngineHarness;
beforeAll(async () => {
  h = await startEngineHarness();
});
afterAll(() => h?.dispose());

const entryOf = (world: World) => h.inTenant(world.tenant, (scope) => scope.drafts.get(world.partnership.id, ITEM));

describe('choosing the text of an item', () => {
  it('shows every contribution with author, role and coaching flags, each with "use this" and "edit this"', async () => {
    const world = await h.setUp();
    const messages = await h.send(world.tenant, 'coby', 'kies leeromgeving 2');
    expect(blocksOf(messages)[0]).toEqual({ type: 'heading', text: 'Punt 2.2: kies de tekst' });
    const text = shown(messages);
    expect(text).toContain('**2.2** Het is inzichtelijk hoe dat programma in de praktijk gezamenlijk wordt uitgevoerd.');
    expect(text).toContain(nl.draft.choose.nothingChosen);
    expect(text).toContain('**2 bijdragen**');
    expect(text).toContain(`**Sam Student** (student) · 27 woorden · criteria: concreet, praktijk en gezamenlijkheid\n${SAM_TEXT}`);
    expect(text).toContain(
      `**Anne Schoolopleider** (schoolopleider) · 11 woorden · criteria: nog geen · ⚠️ voornemens: "Volgend jaar", "willen we"\n${ANNE_TEXT}`,
    );
    expect(choicesOf(messages).map((c) => [c.label, c.action, c.value])).toEqual([
      ['Gebruik deze', 'draft.use', `${ITEM}|${world.contributionIds.sam}|-`],
      ['Bewerk deze', 'draft.edit', `${ITEM}|${world.contributionIds.sam}|-`],
      ['Gebruik deze', 'draft.use', `${ITEM}|${world.contributionIds.anne}|-`],
      ['Bewerk deze', 'draft.edit', `${ITEM}|${world.contributionIds.anne}|-`],
      ['Zelf schrijven', 'draft.edit', `${ITEM}|-|-`],
    ]);
  });

  it('"use this" puts the contribution in the draft, with its source, and the draft shows it', async () => {
    const world = await h.setUp();
    const list = await h.send(world.tenant, 'coby', 'choose 2.2');
    const saved = await h.send(world.tenant, 'coby', button(list, 'Gebruik deze', 'Sam Student'));
    expect(shown(saved)).toContain('Opgeslagen in het concept: punt 2.2 (27 woorden · criteria: concreet, praktijk en gezamenlijkheid).');
    expect(shown(saved)).toContain('Deze waarborg nu: 27/1500 woorden · 1 van 4 punten gekozen · 3 leeg.');
    expect(await entryOf(world)).toMatchObject({ text: SAM_TEXT, sourceContributionIds: [world.contributionIds.sam], editorName: 'Coby Coördinator', version: 0 });

    // Every member's App Home is published again with the new readiness (Slack: views.publish through the outbox).
    const homes = await h.db.prisma.outboxMessage.findMany({ where: { workspaceId: world.tenant, target: { path: ['kind'], equals: 'home' } }, select: { target: true } });
    expect(homes.map((row) => (row.target as { userId: string }).userId).sort()).toEqual(['U1', 'U2', 'U3', 'U4']);

    // Next steps: the next item without a chosen text, the waarborg, the draft overview.
    expect(choicesOf(saved).map((c) => [c.label, c.action, c.value])).toEqual([
      [nl.draft.save.nextItem('2.3'), 'draft.choose', 'leeromgeving.minimum.3'],
      [nl.draft.save.backToWaarborg, 'draft.show', 'leeromgeving'],
      [nl.draft.save.toOverview, 'command', 'concept'],
    ]);
    const back = await h.send(world.tenant, 'coby', button(saved, nl.draft.save.backToWaarborg));
    expect(shown(back)).toContain(`Gekozen door Coby Coördinator · 27 woorden · criteria: concreet, praktijk en gezamenlijkheid\n\n${SAM_TEXT}`);
    // The list now shows what is in the draft, and the buttons carry its version.
    const again = await h.send(world.tenant, 'coby', 'kies leeromgeving 2');
    expect(shown(again)).toContain(nl.draft.choose.current('Coby Coördinator', SAM_TEXT));
    expect(button(again, 'Tekst bewerken')).toEqual({ kind: 'action', action: 'draft.edit', value: `${ITEM}|-|0` });
  });

  it('"use this" on the last item without a text offers the dossier check instead of a next item', async () => {
    const world = await h.setUp();
    await h.inTenant(world.tenant, async (scope) => {
      const coby = await scope.upsertPerson('U1', 'Coby Coördinator');
      for (const item of framework.waarborgen.flatMap((w) => w.minimumItems.map((i) => ({ waarborgId: w.id, itemId: i.id })))) {
        if (item.itemId === ITEM) continue;
        await scope.drafts.save({ partnershipId: world.partnership.id, ...item, text: 'Al gekozen.', sourceContributionIds: [], editedById: coby.id, expected: 'absent' });
      }
    });
    const list = await h.send(world.tenant, 'coby', 'kies 2.2');
    const saved = await h.send(world.tenant, 'coby', button(list, 'Gebruik deze', 'Sam Student'));
    expect(choicesOf(saved).map((c) => [c.label, c.value])).toEqual([
      [nl.draft.save.toCheck, 'dossiercheck'],
      [nl.draft.save.backToWaarborg, 'leeromgeving'],
      [nl.draft.save.toOverview, 'concept'],
    ]);
  });

  it('opens a form prefilled with a contribution, and saves the edited text with that contribution as source', async () => {
    const world = await h.setUp();
    const list = await h.send(world.tenant, 'coby', 'kies leeromgeving 2');
    const opened = await h.send(world.tenant, 'coby', button(list, 'Bewerk deze', 'Anne Schoolopleider'));
    const form = formOf(opened);
    expect(form).toMatchObject({ title: nl.draft.form.title, submitLabel: nl.draft.form.submit, form: `draft.save|${ITEM}|${world.contributionIds.anne}|-` });
    expect(form.fields).toEqual([
      {
        id: 'text',
        label: '2.2 Het is inzichtelijk hoe dat programma in de praktijk gezamenlijk wordt uitgevoerd.',
        kind: 'multiline',
        required: true,
        maxLength: FORM_MAX_CHARS,
        initial: ANNE_TEXT,
      },
    ]);
    const edited = 'Sinds dit jaar voeren we het programma samen met de opleiding uit.';
    const saved = await h.send(world.tenant, 'coby', submit(form, `  ${edited}\r\n`));
    expect(shown(saved)).toContain('Opgeslagen in het concept: punt 2.2');
    expect(await entryOf(world)).toMatchObject({ text: edited, sourceContributionIds: [world.contributionIds.anne], version: 0 });
  });

  it('opens the form with the text in the draft now, and saves a new version', async () => {
    const world = await h.setUp();
    await h.send(world.tenant, 'coby', button(await h.send(world.tenant, 'coby', 'kies leeromgeving 2'), 'Gebruik deze', 'Sam'));
    const list = await h.send(world.tenant, 'dirk', 'kies leeromgeving 2');
    const form = formOf(await h.send(world.tenant, 'dirk', button(list, 'Tekst bewerken')));
    expect(form.form).toBe(`draft.save|${ITEM}|-|0`);
    expect(form.fields[0]!.initial).toBe(SAM_TEXT);
    await h.send(world.tenant, 'dirk', submit(form, `${SAM_TEXT} Dat doen we al drie jaar.`));
    expect(await entryOf(world)).toMatchObject({ text: `${SAM_TEXT} Dat doen we al drie jaar.`, sourceContributionIds: [], editorName: 'Dirk de Tweede', version: 1 });
  });

  it('never prefills a form with more than it can hold: a long text is shown in full and stays until a shorter one is saved', async () => {
    const world = await h.setUp();
    const long = `${'Een lange zin over het opleidingsprogramma. '.repeat(80)}Einde.`;
    expect(long.length).toBeGreaterThan(FORM_MAX_CHARS);
    await h.inTenant(world.tenant, async (scope) => {
      const coby = await scope.upsertPerson('U1', 'Coby Coördinator');
      await scope.drafts.save({ partnershipId: world.partnership.id, waarborgId: 'leeromgeving', itemId: ITEM, text: long, sourceContributionIds: [], editedById: coby.id, expected: 'absent' });
    });
    const opened = await h.send(world.tenant, 'coby', button(await h.send(world.tenant, 'coby', 'kies leeromgeving 2'), 'Tekst bewerken'));
    expect(shown(opened)).toContain(nl.draft.form.tooLongToEdit(FORM_MAX_CHARS));
    expect(shown(opened)).toContain(long);
    const form = formOf(opened);
    expect(form.fields[0]!.initial).toBeUndefined();
    expect(form.form).toBe(`draft.save|${ITEM}|-|0`);
    expect(await entryOf(world)).toMatchObject({ text: long });
    await h.send(world.tenant, 'coby', submit(form, 'Kort en krachtig.'));
    expect(await entryOf(world)).toMatchObject({ text: 'Kort en krachtig.', version: 1 });
  });

  it('refuses non-coordinators: the command, a coordinator\'s buttons and a form, and changes nothing', async () => {
    const world = await h.setUp();
    expect(shown(await h.send(world.tenant, 'sam', 'kies leeromgeving 2'))).toBe(nl.draft.errors.notCoordinator);
    const list = await h.send(world.tenant, 'coby', 'kies leeromgeving 2');
    expect(shown(await h.send(world.tenant, 'anne', button(list, 'Gebruik deze', 'Anne')))).toBe(nl.draft.errors.notCoordinator);
    expect(shown(await h.send(world.tenant, 'anne', button(list, 'Zelf schrijven')))).toBe(nl.draft.errors.notCoordinator);
    const overview = await h.send(world.tenant, 'coby', 'concept leeromgeving');
    expect(shown(await h.send(world.tenant, 'sam', button(overview, 'Kies 2.2')))).toBe(nl.draft.errors.notCoordinator);
    expect(shown(await h.send(world.tenant, 'sam', { kind: 'form', form: `draft.save|${ITEM}|-|-`, values: { text: 'Mijn tekst' } }))).toBe(
      nl.draft.errors.notCoordinator,
    );
    expect(await entryOf(world)).toBeNull();
  });

  it('answers unknown waarborgen and items, and a missing item number, helpfully', async () => {
    const world = await h.setUp();
    expect(shown(await h.send(world.tenant, 'coby', 'kies vliegtuig 2'))).toBe(nl.draft.errors.unknownWaarborg('vliegtuig'));
    expect(shown(await h.send(world.tenant, 'coby', 'kies organisatie 7'))).toBe(nl.draft.errors.unknownItem('Organisatie', 3, '7'));
    expect(shown(await h.send(world.tenant, 'coby', 'kies leeromgeving'))).toBe(nl.draft.errors.itemUsage);
    expect(shown(await h.send(world.tenant, 'coby', 'kies'))).toBe(nl.draft.errors.itemUsage);
  });

  it('offers to write a text for an item nobody wrote about, and refuses an empty one', async () => {
    const world = await h.setUp();
    const list = await h.send(world.tenant, 'coby', 'kies organisatie 1');
    expect(shown(list)).toContain(nl.draft.choose.noContributions);
    const form = formOf(await h.send(world.tenant, 'coby', button(list, 'Zelf schrijven')));
    expect(form.fields[0]!.initial).toBeUndefined();
    expect(shown(await h.send(world.tenant, 'coby', submit(form, '  \n ')))).toBe(nl.draft.save.emptyText);
    expect(shown(await h.send(world.tenant, 'coby', submit(form, 'x'.repeat(limits.maxTextLength + 1))))).toBe(
      nl.draft.save.tooLong(limits.maxTextLength),
    );
    await h.send(world.tenant, 'coby', submit(form, 'Er is een overlegstructuur met een stuurgroep.'));
    const entry = await h.inTenant(world.tenant, (scope) => scope.drafts.get(world.partnership.id, 'organisatie.minimum.1'));
    expect(entry).toMatchObject({ waarborgId: 'organisatie', text: 'Er is een overlegstructuur met een stuurgroep.' });
  });

  it('says so when a contribution is gone, and treats broken buttons as stale', async () => {
    const world = await h.setUp();
    const gone = { kind: 'action' as const, action: 'draft.use', value: `${ITEM}|00000000-0000-4000-8000-00000000dead|-` };
    expect(shown(await h.send(world.tenant, 'coby', gone))).toBe(nl.draft.save.contributionGone('kies leeromgeving 2'));
    for (const value of ['', 'nonsense', `${ITEM}|-`, `unknown.item|-|-`, `${ITEM}|-|x`]) {
      expect(shown(await h.send(world.tenant, 'coby', { kind: 'action', action: 'draft.use', value }))).toBe(nl.errors.staleAction);
    }
    expect(shown(await h.send(world.tenant, 'coby', { kind: 'form', form: 'draft.save|garbage', values: { text: 'x' } }))).toBe(nl.errors.staleAction);
    expect(shown(await h.send(world.tenant, 'coby', { kind: 'action', action: 'draft.nothing', value: '' }))).toBe(nl.errors.staleAction);
  });
});
