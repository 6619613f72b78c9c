// `dossiercheck` / `check` through the engine: the matrix with marks and counts
// (the status's readiness counts), per waarborg what is missing and the wish
// sentences, the divergences from reflections and drill answers, `kies` buttons
// for the items that need work; refusals; long lists cut; the appendix in the
// working .docx and not in the clean one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Block, Message } from '../../../src/core/turn';
import { en } from '../../../src/texts/en';
import { nl } from '../../../src/texts/nl';
import { readDocx } from '../../domain/draft/read-docx';
import { INTENTION, PRACTICE } from '../../domain/draft/fixtures';
import { blocksOf, choicesOf, PEOPLE, shown, startEngineHarness, type EngineHarness, type World } from './engine-harness';

let h: EngineHarness;
beforeAll(async () => {
  h = await startEngineHarness();
});
afterAll(() => h?.dispose());

const t = nl.draft.dossierCheck;
const BOARD_DRILL = 'Een gezamenlijk programma hebben we nog niet.';
const IVO = 'Het opleidingsprogramma is door school en opleiding samen ontworpen.';

/** Chosen texts for 1.1 (a wish only), 2.1 (practice and a wish) and 2.2 (practice); a reflection on 2.1 and a board member's drill answer that contradicts it. */
async function seed(world: World, extraWishes = 0) {
  await h.inTenant(world.tenant, async (scope) => {
    const coby = await scope.upsertPerson(PEOPLE.coby.id, PEOPLE.coby.name);
    const dirk = await scope.upsertPerson(PEOPLE.dirk.id, PEOPLE.dirk.name);
    const bert = await scope.upsertPerson('U-bert', 'Bert Bestuurder');
    await scope.partnerships.setRole(world.partnership.id, bert.id, 'board_member');
    const save = (waarborgId: string, itemId: string, text: string) =>
      scope.drafts.save({ partnershipId: world.partnership.id, waarborgId, itemId, text, sourceContributionIds: [], editedById: coby.id, expected: 'absent' });
    const wishes = Array.from({ length: extraWishes }, (_, i) => `Volgend jaar willen we stap ${i + 1} zetten.`).join(' ');
    await save('lerende-leraar', 'lerende-leraar.minimum.1', [INTENTION, wishes].filter(Boolean).join(' '));
    await save('leeromgeving', 'leeromgeving.minimum.1', `${PRACTICE}\n\n${INTENTION}`);
    await save('leeromgeving', 'leeromgeving.minimum.2', PRACTICE);
    await scope.contributions.save({ partnershipId: world.partnership.id, personId: dirk.id, role: 'institute_based_educator', waarborgId: 'leeromgeving', itemId: 'leeromgeving.minimum.1', text: IVO, expected: 'absent' });
    await scope.drills.addAnswer(world.partnership.id, {
      personId: bert.id,
      role: 'board_member',
      groupId: 'board-members',
      questionId: 'q-leeromgeving',
      waarborgId: 'leeromgeving',
      text: BOARD_DRILL,
      strength: 'weak',
      draftMismatch: true,
    });
  });
}

const textBlocks = (messages: Message[]) => blocksOf(messages).filter((b): b is Extract<Block, { type: 'text' | 'choices' }> => b.type === 'text' || b.type === 'choices');

describe('the dossier check', () => {
  it('shows the matrix first, then per waarborg what is missing and the wishes, then the divergences, with buttons for the items that need work', async () => {
    const world = await h.setUp();
    await seed(world);
    const messages = await h.send(world.tenant, 'coby', 'dossiercheck');
    const blocks = blocksOf(messages);
    expect(blocks[0]).toEqual({ type: 'heading', text: t.title('Opleiden in de Regio') });
    const [matrix, lerendeLeraar, leeromgeving, organisatie] = textBlocks(messages).map((b) => b.text ?? '');
    // The status's readiness rows, each cell with a mark and "met/chosen".
    expect(matrix).toContain(`**${t.matrixHeading}**`);
    expect(matrix).toContain(nl.timeline.status.readinessRow(1, 'Lerende leraar', ['concreet ✗ 0/1', 'samenhang ✗ 0/1', 'praktijk ✗ 0/1', 'gezamenlijk ✗ 0/1'], 1));
    expect(matrix).toContain(nl.timeline.status.readinessRow(2, 'Leeromgeving', ['concreet ✓ 2/2', 'samenhang ✓ 2/2', 'praktijk ✓ 2/2', 'gezamenlijk ✓ 2/2'], 2));
    expect(matrix).toContain(nl.timeline.status.readinessRow(3, 'Organisatie', ['concreet –', 'samenhang –', 'praktijk –', 'gezamenlijk –'], 0));

    expect(lerendeLeraar).toContain(t.missing('concreet', [{ labels: ['1.1'], reason: nl.reflection.reasons['too-general'] }]));
    expect(lerendeLeraar).toContain(t.missing('praktijk', [{ labels: ['1.1'], reason: nl.reflection.reasons['only-intentions'] }]));
    expect(lerendeLeraar).toContain(t.unchosen(['1.2', '1.3', '1.4']));
    expect(lerendeLeraar).toContain(t.wish('1.1', 'In de toekomst willen we de driehoeksgesprekken uitbreiden.', ['In de toekomst', 'willen we']));
    expect(leeromgeving).toContain(t.allMet);
    expect(leeromgeving).toContain(t.wish('2.1', 'In de toekomst willen we de driehoeksgesprekken uitbreiden.', ['In de toekomst', 'willen we']));
    expect(organisatie).toContain(t.unchosen(['3.1', '3.2', '3.3']));
    expect(organisatie).not.toContain(t.allMet);

    const all = shown(messages);
    expect(all).toContain(t.divergencesHeading);
    expect(all).toMatch(/- \*\*2\.1\*\* ⚠ Mogelijke tegenspraak over opleidingsprogramma: opleiders beschrijven het als praktijk/);
    expect(all).toContain(`(„${BOARD_DRILL}”, Bert Bestuurder, in een oefenantwoord; let op „nog niet”)`);
    expect(all).toContain(`Dirk de Tweede, in een reflectie`);

    // One button per item that needs work: 1.1 (misses, a wish), 2.1 (a wish); 2.2 shows all four and states no wish.
    const buttons = choicesOf(messages).map((c) => [c.label, c.action, c.value]);
    expect(buttons).toEqual([
      ['Kies 1.1', 'command', 'kies lerende-leraar 1'],
      ['Kies 2.1', 'command', 'kies leeromgeving 1'],
      [t.downloadButton, 'command', 'download werkversie'],
    ]);
    expect(all).toContain(t.footer);
  });

  it('opens `kies` for the item from its button', async () => {
    const world = await h.setUp();
    await seed(world);
    const press = choicesOf(await h.send(world.tenant, 'coby', 'check')).find((c) => c.label === 'Kies 2.1')!;
    const opened = await h.send(world.tenant, 'coby', { kind: 'action', action: press.action, value: press.value });
    expect(shown(opened)).toContain(nl.draft.choose.title('2.1'));
    expect(shown(opened)).toContain(IVO);
  });

  it('refuses anyone but a coordinator, naming the coordinators; helps someone without a partnership and a coordinator with an empty draft', async () => {
    const world = await h.setUp();
    expect(shown(await h.send(world.tenant, 'sam', 'dossiercheck'))).toBe(t.notCoordinator(['Coby Coördinator', 'Dirk de Tweede']));
    expect(shown(await h.send(world.tenant, 'olaf', 'check'))).toBe(nl.partnership.noPartnership);
    const empty = await h.send(world.tenant, 'coby', 'dossiercheck');
    expect(shown(empty)).toContain(t.emptyDraft);
    expect(choicesOf(empty)).toEqual([{ label: t.emptyDraftButton, action: 'command', value: 'concept' }]);
  });

  it('cuts long lists with "en nog N" and a pointer to the working version, and stays inside the platforms\' limits at its largest', async () => {
    const world = await h.setUp();
    await seed(world, 6);
    const first = textBlocks(await h.send(world.tenant, 'coby', 'dossiercheck'))[1]!.text!;
    // Seven wish sentences on 1.1: three shown.
    expect(first.match(/^- 1\.1: /gm)).toHaveLength(3);
    expect(first).toContain(t.more(4));

    // Every item chosen, each missing every criterion with many wishes (one very long), and a divergence on every item.
    const word: Record<string, string> = {
      'lerende-leraar.minimum.1': 'beroepsbeeld', 'lerende-leraar.minimum.2': 'visie', 'lerende-leraar.minimum.3': 'beroepsbeeld', 'lerende-leraar.minimum.4': 'beroepsbeeld',
      'leeromgeving.minimum.1': 'programma', 'leeromgeving.minimum.2': 'programma', 'leeromgeving.minimum.3': 'programma', 'leeromgeving.minimum.4': 'werkplek',
      'organisatie.minimum.1': 'overleg', 'organisatie.minimum.2': 'structuur', 'organisatie.minimum.3': 'professionalisering',
      'kwaliteitscultuur.minimum.1': 'kwaliteitszorg', 'kwaliteitscultuur.minimum.2': 'evaluatie', 'kwaliteitscultuur.minimum.3': 'evaluatie',
    };
    const longWish = `Volgend jaar willen we ${'de samenwerking met alle scholen in de regio verder uitbreiden en verdiepen, '.repeat(12)}zodat iedereen meedoet.`;
    const wishes = [longWish, ...Array.from({ length: 8 }, (_, i) => `We willen stap ${i + 1} zetten.`)].join(' ');
    await h.inTenant(world.tenant, async (scope) => {
      const coby = await scope.upsertPerson(PEOPLE.coby.id, PEOPLE.coby.name);
      const sam = await scope.upsertPerson(PEOPLE.sam.id, PEOPLE.sam.name);
      const anne = await scope.upsertPerson(PEOPLE.anne.id, PEOPLE.anne.name);
      for (const [itemId, term] of Object.entries(word)) {
        const waarborgId = itemId.split('.')[0]!;
        const current = await scope.drafts.get(world.partnership.id, itemId);
        await scope.drafts.save({ partnershipId: world.partnership.id, waarborgId, itemId, text: wishes, sourceContributionIds: [], editedById: coby.id, expected: current ? current.version : 'absent' });
        const contribute = async (personId: string, role: 'student' | 'school_based_educator', text: string) => {
          const mine = await scope.contributions.find(world.partnership.id, personId, itemId);
          await scope.contributions.save({ partnershipId: world.partnership.id, personId, role, waarborgId, itemId, text, expected: mine ? mine.version : 'absent' });
        };
        await contribute(sam.id, 'student', `Er is geen ${term}.`);
        await contribute(anne.id, 'school_based_educator', `Het ${term} is er en werkt goed.`);
      }
    });
    const messages = await h.send(world.tenant, 'coby', 'dossiercheck');
    const blocks = textBlocks(messages);
    const divergences = blocks.find((b) => (b.text ?? '').startsWith(t.divergencesHeading))!.text!;
    expect(divergences.match(/^- \*\*\d\.\d\*\* /gm)).toHaveLength(5);
    // One per item, and more on 2.1 (the seeded reflection and drill answer): the rest counted.
    const rest = Number(/_en nog (\d+);/.exec(divergences)?.[1]);
    expect(rest).toBeGreaterThanOrEqual(14 - 5);
    expect(divergences).toContain(t.more(rest));
    const [lerendeLeraar = '', , organisatie = ''] = blocks.slice(1, 5).map((b) => b.text ?? '');
    expect(lerendeLeraar).toContain(t.more(4 * 9 - 3));
    expect(organisatie).toContain(t.more(3 * 9 - 3));
    expect(organisatie.match(/^- 3\.\d: /gm)).toHaveLength(3);
    // The same reason for several items is said once.
    expect(lerendeLeraar).toContain(t.missing('concreet', [{ labels: ['1.1', '1.2', '1.3', '1.4'], reason: nl.reflection.reasons['too-general'] }]));
    expect(blocksOf(messages).length).toBeLessThanOrEqual(12);
    for (const b of blocks) expect((b.text ?? '').length).toBeLessThan(3000);
    // A Teams card holds about 28 KB; the whole message, buttons included, stays well under it.
    expect(JSON.stringify(messages).length).toBeLessThan(20_000);
    expect(choicesOf(messages)).toHaveLength(14 + 1);
  });

  it('answers only the coordinator in a channel (Slack ephemeral)', async () => {
    const world = await h.setUp();
    await seed(world);
    const [answer] = await h.send(world.tenant, 'coby', 'check', { conversationId: 'C-team', kind: 'channel', reference: {} });
    expect(answer!.private).toBe(true);
    const [inDm] = await h.send(world.tenant, 'coby', 'check');
    expect(inDm!.private).toBeUndefined();
  });

  it('speaks English to someone who chose it', async () => {
    const world = await h.setUp();
    await seed(world);
    await h.send(world.tenant, 'coby', 'taal en');
    const messages = await h.send(world.tenant, 'coby', 'check');
    expect(blocksOf(messages)[0]).toEqual({ type: 'heading', text: en.draft.dossierCheck.title('Opleiden in de Regio') });
    expect(shown(messages)).toContain(en.draft.dossierCheck.wish('1.1', 'In de toekomst willen we de driehoeksgesprekken uitbreiden.', ['In de toekomst', 'willen we']));
    expect(shown(messages)).toContain('Bert Bestuurder, in a practice answer');
  });

  it('puts the check in the working .docx as an appendix: the matrix as a table and the lists; the clean version has none', async () => {
    const world = await h.setUp();
    await seed(world);
    const fileIn = (messages: Message[]) => blocksOf(messages).find((b): b is Extract<Block, { type: 'file' }> => b.type === 'file')!;
    const working = await readDocx(fileIn(await h.send(world.tenant, 'coby', 'download werkversie')).data);
    const texts = working.paragraphs.map((p) => p.text);
    const at = texts.indexOf(t.appendix.heading);
    expect(at).toBeGreaterThan(0);
    expect(working.paragraphs[at]!.style).toBe('Heading1');
    expect(working.document).toContain('<w:tbl>');
    const appendix = texts.slice(at);
    // The table: a header row of the criteria, a row per waarborg with marks, counts and items.
    expect(appendix).toEqual(expect.arrayContaining(['Waarborg', 'concreet', 'samenhang', 'praktijk', 'gezamenlijkheid', '✗ 0/1', 'niet: 1.1', '✓ 2/2', 'wel: 2.1, 2.2']));
    expect(appendix).toContain(t.missing('gezamenlijkheid', [{ labels: ['1.1'], reason: nl.reflection.reasons['no-partners'] }]).replace(/\*\*/g, ''));
    expect(appendix).toContain(t.wish('2.1', 'In de toekomst willen we de driehoeksgesprekken uitbreiden.', ['In de toekomst', 'willen we']));
    expect(appendix.some((line) => line.includes(`„${BOARD_DRILL}”, Bert Bestuurder, in een oefenantwoord`))).toBe(true);

    const clean = await readDocx(fileIn(await h.send(world.tenant, 'coby', 'download')).data);
    expect(clean.paragraphs.map((p) => p.text)).not.toContain(t.appendix.heading);
    expect(clean.document).not.toContain('<w:tbl>');
  });
});
