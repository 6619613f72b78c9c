// Two people saving the same item, a form submitted twice, a stale list: every
// case gets a helpful reply, and no text is lost.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nl } from '../../../src/texts/nl';
import { ANNE_TEXT, button, choicesOf, formOf, ITEM, SAM_TEXT, shown, startEngineHarness, submit, type EngineHarness, type Who, type World } from './engine-harness';

let h: EngineHarness;
beforeAll(async () => {
  h = await startEngineHarness();
});
afterAll(() => h?.dispose());

const entryOf = (world: World) => h.inTenant(world.tenant, (scope) => scope.drafts.get(world.partnership.id, ITEM));
const COBY = 'Coby schrijft: de schoolopleider en de instituutsopleider voeren samen driehoeksgesprekken.';
const DIRK = 'Dirk schrijft: elke week is er een driehoeksgesprek op school.';

/** The edit form `who` gets from "Zelf schrijven" / "Tekst bewerken" now. */
async function openForm(world: World, who: Who) {
  const list = await h.send(world.tenant, who, 'kies leeromgeving 2');
  const label = choicesOf(list).some((c) => c.label === 'Tekst bewerken') ? 'Tekst bewerken' : 'Zelf schrijven';
  return formOf(await h.send(world.tenant, who, button(list, label)));
}

/** Coby and Dirk open the same (empty) item; Coby saves first, Dirk's save conflicts. */
async function conflict(world: World) {
  const cobyForm = await openForm(world, 'coby');
  const dirkForm = await openForm(world, 'dirk');
  expect(dirkForm.form).toBe(cobyForm.form);
  await h.send(world.tenant, 'coby', submit(cobyForm, COBY));
  return h.send(world.tenant, 'dirk', submit(dirkForm, DIRK));
}

describe('conflicts in the draft', () => {
  it('shows both texts when two coordinators save from the same version, and keeps the first until one is chosen', async () => {
    const world = await h.setUp();
    const reply = await conflict(world);
    const text = shown(reply);
    expect(text).toContain(nl.draft.save.conflict('2.2', 'Coby Coördinator'));
    expect(text).toContain(nl.draft.save.theirs('Coby Coördinator', COBY));
    expect(text).toContain(nl.draft.save.yours(DIRK));
    expect(choicesOf(reply).map((c) => [c.label, c.action, c.value])).toEqual([
      [nl.draft.save.keepMine, 'draft.keep-mine', ITEM],
      [nl.draft.save.keepTheirs, 'draft.keep-theirs', ITEM],
      [nl.draft.save.editMine, 'draft.edit-mine', ITEM],
    ]);
    expect(await entryOf(world)).toMatchObject({ text: COBY, editorName: 'Coby Coördinator', version: 0 });

    const kept = await h.send(world.tenant, 'dirk', button(reply, nl.draft.save.keepMine));
    expect(shown(kept)).toContain('Opgeslagen in het concept: punt 2.2');
    expect(await entryOf(world)).toMatchObject({ text: DIRK, editorName: 'Dirk de Tweede', version: 1 });
    // Decided: the same button again has nothing left to keep.
    expect(shown(await h.send(world.tenant, 'dirk', button(reply, nl.draft.save.keepMine)))).toBe(nl.draft.save.conflictGone('kies leeromgeving 2'));
  });

  it('"keep the saved text" leaves the draft as it is and closes the question', async () => {
    const world = await h.setUp();
    const reply = await conflict(world);
    expect(shown(await h.send(world.tenant, 'dirk', 'iets anders'))).toBe(nl.draft.save.pendingHint);
    expect(shown(await h.send(world.tenant, 'dirk', button(reply, nl.draft.save.keepTheirs)))).toBe(nl.draft.save.keptTheirs('2.2'));
    expect(await entryOf(world)).toMatchObject({ text: COBY, version: 0 });
    expect(shown(await h.send(world.tenant, 'dirk', 'iets anders'))).toBe(nl.errors.unknownCommand('iets'));
  });

  it('"merge and edit" opens a form with my text against the version now in the draft', async () => {
    const world = await h.setUp();
    const reply = await conflict(world);
    const form = formOf(await h.send(world.tenant, 'dirk', button(reply, nl.draft.save.editMine)));
    expect(form.form).toBe(`draft.save|${ITEM}|-|0`);
    expect(form.fields[0]!.initial).toBe(DIRK);
    await h.send(world.tenant, 'dirk', submit(form, `${COBY} ${DIRK}`));
    expect(await entryOf(world)).toMatchObject({ text: `${COBY} ${DIRK}`, version: 1 });
  });

  it('conflicts again when a third save comes in before "keep mine", still losing nothing', async () => {
    const world = await h.setUp();
    const reply = await conflict(world);
    const cobyAgain = await openForm(world, 'coby');
    await h.send(world.tenant, 'coby', submit(cobyAgain, `${COBY} (herzien)`));
    const second = await h.send(world.tenant, 'dirk', button(reply, nl.draft.save.keepMine));
    expect(shown(second)).toContain(nl.draft.save.theirs('Coby Coördinator', `${COBY} (herzien)`));
    expect(shown(second)).toContain(nl.draft.save.yours(DIRK));
    await h.send(world.tenant, 'dirk', button(second, nl.draft.save.keepMine));
    expect(await entryOf(world)).toMatchObject({ text: DIRK, version: 2 });
  });

  it('answers a form submitted twice with "already saved", and saves once', async () => {
    const world = await h.setUp();
    const form = await openForm(world, 'coby');
    expect(shown(await h.send(world.tenant, 'coby', submit(form, COBY)))).toContain('Opgeslagen in het concept');
    expect(shown(await h.send(world.tenant, 'coby', submit(form, COBY)))).toBe(nl.draft.save.alreadySaved('2.2'));
    expect(await entryOf(world)).toMatchObject({ text: COBY, version: 0 });
  });

  it('knows the earlier save was your own when the same form comes back with another text', async () => {
    const world = await h.setUp();
    const form = await openForm(world, 'coby');
    await h.send(world.tenant, 'coby', submit(form, COBY));
    const reply = await h.send(world.tenant, 'coby', submit(form, DIRK));
    expect(shown(reply)).toContain(nl.draft.save.conflictSelf('2.2'));
    expect(shown(reply)).toContain(nl.draft.save.yours(DIRK));
    expect(await entryOf(world)).toMatchObject({ text: COBY, version: 0 });
  });

  it('catches "use this" from a list that is out of date', async () => {
    const world = await h.setUp();
    const cobyList = await h.send(world.tenant, 'coby', 'kies leeromgeving 2');
    const dirkList = await h.send(world.tenant, 'dirk', 'kies leeromgeving 2');
    await h.send(world.tenant, 'coby', button(cobyList, 'Gebruik deze', 'Sam'));
    // The same choice twice is no conflict.
    expect(shown(await h.send(world.tenant, 'dirk', button(dirkList, 'Gebruik deze', 'Sam')))).toBe(nl.draft.save.alreadySaved('2.2'));
    const reply = await h.send(world.tenant, 'dirk', button(dirkList, 'Gebruik deze', 'Anne'));
    expect(shown(reply)).toContain(nl.draft.save.theirs('Coby Coördinator', SAM_TEXT));
    expect(shown(reply)).toContain(nl.draft.save.yours(ANNE_TEXT));
    await h.send(world.tenant, 'dirk', button(reply, nl.draft.save.keepMine));
    expect(await entryOf(world)).toMatchObject({ text: ANNE_TEXT, sourceContributionIds: [world.contributionIds.anne], version: 1 });
  });

  it('keeps a conversation of another flow open when a draft button is pressed', async () => {
    const world = await h.setUp();
    const list = await h.send(world.tenant, 'coby', 'kies leeromgeving 2');
    await h.send(world.tenant, 'coby', 'taal');
    await h.send(world.tenant, 'coby', button(list, 'Gebruik deze', 'Sam'));
    // The language question is still open: a typed answer still answers it.
    expect(shown(await h.send(world.tenant, 'coby', 'nederlands'))).toBe(nl.language.set);
  });
});
