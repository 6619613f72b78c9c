// The dossier check on a partnership's draft with chosen texts, reflections and
// drill answers: hits and misses per criterion with the coaching's reasons, the
// wish sentences with the words that flagged them, and divergences between
// groups, one of them with a drill answer.
import { describe, expect, it } from 'vitest';
import { analyseAnswer } from '../../../src/domain/coaching';
import { compileDraft, reviewProgress } from '../../../src/domain/draft';
import { dossierCheck, type DossierCheckInput, type DrillAnswerLike } from '../../../src/domain/dossier-check';
import { ASSESSMENT_CRITERION_IDS } from '../../../src/domain/framework';
import { DATE, INTENTION, partnership, PRACTICE } from '../draft/fixtures';

/** Links to Lerende leraar and nothing else: coherence met, the other three not. */
const VISION = 'Wij bespreken het beroepsbeeld met de student.';

const entries = [
  { itemId: 'leeromgeving.minimum.1', text: `${PRACTICE}\n\n${INTENTION}`, editorName: 'Coby', version: 0 },
  { itemId: 'leeromgeving.minimum.2', text: PRACTICE, editorName: 'Coby', version: 1 },
  { itemId: 'leeromgeving.minimum.3', text: VISION, editorName: 'Coby', version: 0 },
  { itemId: 'lerende-leraar.minimum.1', text: INTENTION, editorName: 'Coby', version: 0 },
];

const contributions = [
  { itemId: 'leeromgeving.minimum.4', role: 'student' as const, authorName: 'Sam Student', text: 'Op mijn stageschool krijg ik geen begeleiding van een mentor.' },
  { itemId: 'leeromgeving.minimum.4', role: 'school_based_educator' as const, authorName: 'Sanne Schoolopleider', text: 'Elke student krijgt op de werkplek wekelijks begeleiding van een mentor.' },
  { itemId: 'leeromgeving.minimum.1', role: 'institute_based_educator' as const, authorName: 'Ivo Instituut', text: 'Het opleidingsprogramma is door school en opleiding samen ontworpen.' },
];

const boardAnswer = (text: string, questionId = 'q1'): DrillAnswerLike => ({
  personId: 'p-bert',
  questionId,
  authorName: 'Bert Bestuurder',
  role: 'board_member',
  groupId: 'board-members',
  waarborgId: 'leeromgeving',
  text,
});

function input(overrides: Partial<DossierCheckInput> = {}): DossierCheckInput {
  const draft = compileDraft(partnership, contributions, entries, 'nl', { date: DATE });
  return { waarborgen: draft.waarborgen, contributions, drillAnswers: [boardAnswer('Een gezamenlijk programma hebben we nog niet.')], ownGroups: [], ...overrides };
}

const cell = (check: ReturnType<typeof dossierCheck>, waarborgId: string, criterion: string) =>
  check.waarborgen.find((w) => w.waarborgId === waarborgId)!.cells.find((c) => c.criterion === criterion)!;

describe('dossierCheck', () => {
  it('puts each chosen text under the criteria it shows and, with the coaching reason, under those it does not', () => {
    const check = dossierCheck(input());
    expect(check.waarborgen.map((w) => w.waarborgId)).toEqual(['lerende-leraar', 'leeromgeving', 'organisatie', 'kwaliteitscultuur']);
    const leeromgeving = check.waarborgen[1]!;
    expect(leeromgeving.chosen).toEqual(['leeromgeving.minimum.1', 'leeromgeving.minimum.2', 'leeromgeving.minimum.3']);
    expect(leeromgeving.unchosen).toEqual(['leeromgeving.minimum.4']);
    expect(leeromgeving.cells.map((c) => c.criterion)).toEqual([...ASSESSMENT_CRITERION_IDS]);

    expect(cell(check, 'leeromgeving', 'coherence')).toEqual({ criterion: 'coherence', met: ['leeromgeving.minimum.1', 'leeromgeving.minimum.2', 'leeromgeving.minimum.3'], unmet: [] });
    expect(cell(check, 'leeromgeving', 'concrete')).toEqual({
      criterion: 'concrete',
      met: ['leeromgeving.minimum.1', 'leeromgeving.minimum.2'],
      unmet: [{ itemId: 'leeromgeving.minimum.3', reason: 'too-general' }],
    });
    // A text of intentions only: every criterion missed, each with its own reason.
    expect(check.waarborgen[0]!.cells.map((c) => [c.criterion, c.met, c.unmet])).toEqual([
      ['concrete', [], [{ itemId: 'lerende-leraar.minimum.1', reason: 'too-general' }]],
      ['coherence', [], [{ itemId: 'lerende-leraar.minimum.1', reason: 'no-link' }]],
      ['practice', [], [{ itemId: 'lerende-leraar.minimum.1', reason: 'only-intentions' }]],
      ['jointness', [], [{ itemId: 'lerende-leraar.minimum.1', reason: 'no-partners' }]],
    ]);
    // Nothing chosen: nothing judged, every item unchosen.
    expect(check.waarborgen[2]!.cells.every((c) => c.met.length === 0 && c.unmet.length === 0)).toBe(true);
    expect(check.waarborgen[2]!.unchosen).toHaveLength(3);
  });

  it('counts what the status readiness matrix counts, and the reasons are the coaching analysis of the chosen text', () => {
    const draft = compileDraft(partnership, contributions, entries, 'nl', { date: DATE });
    const check = dossierCheck(input());
    const progress = reviewProgress(draft, contributions);
    for (const [i, w] of check.waarborgen.entries()) {
      for (const c of w.cells) expect(c.met.length).toBe(progress.waarborgen[i]!.readiness[c.criterion]);
    }
    const analysis = analyseAnswer(VISION, { waarborgId: 'leeromgeving' });
    expect(cell(check, 'leeromgeving', 'jointness').unmet).toEqual([{ itemId: 'leeromgeving.minimum.3', reason: analysis.missingCriteria.find((c) => c.id === 'jointness')!.reason }]);
  });

  it('lists the sentences that state a wish, once per sentence, with the words that flagged them', () => {
    const check = dossierCheck(input());
    expect(check.waarborgen[1]!.wishes).toEqual([
      { itemId: 'leeromgeving.minimum.1', sentence: 'In de toekomst willen we de driehoeksgesprekken uitbreiden.', words: ['In de toekomst', 'willen we'] },
    ]);
    expect(check.waarborgen[0]!.wishes.map((w) => w.itemId)).toEqual(['lerende-leraar.minimum.1']);
    // A text of current practice only states no wish.
    expect(check.waarborgen.flatMap((w) => w.wishes).some((w) => w.itemId === 'leeromgeving.minimum.2')).toBe(false);
  });

  it('finds where two groups diverge on an item: between reflections, and between a reflection and a drill answer that touches the item', () => {
    const { divergences } = dossierCheck(input());
    expect(divergences.map((d) => d.itemId)).toEqual(['leeromgeving.minimum.1', 'leeromgeving.minimum.4']);
    const [drill, reflections] = divergences;
    expect(drill!.contradiction).toMatchObject({
      kind: 'present-vs-absent',
      inPlace: { group: 'teacher-educators', author: 'Ivo Instituut', source: 'reflection' },
      other: { group: 'board-members', author: 'Bert Bestuurder', sentence: 'Een gezamenlijk programma hebben we nog niet.', cue: 'nog niet', source: 'drill' },
    });
    expect(drill!.contradiction.terms.map((t) => t.id)).toEqual(['programma']);
    expect(reflections!.contradiction).toMatchObject({
      inPlace: { group: 'teacher-educators', source: 'reflection' },
      other: { group: 'students', author: 'Sam Student', cue: 'geen', source: 'reflection' },
    });
    expect(reflections!.contradiction.terms.map((t) => t.id)).toEqual(['werkplek', 'begeleiding']);
  });

  it('takes only the latest drill answer of a person to a question, and places an own group in its conversation', () => {
    const changedMind = [boardAnswer('Een gezamenlijk programma hebben we nog niet.'), boardAnswer('Het gezamenlijke programma draaien we sinds 2023.')];
    expect(dossierCheck(input({ drillAnswers: changedMind })).divergences.map((d) => d.itemId)).toEqual(['leeromgeving.minimum.4']);

    const own: DrillAnswerLike = { ...boardAnswer('Een gezamenlijk programma hebben we nog niet.'), role: 'coordinator', groupId: 'own:schoolleiders' };
    const ownGroups = [{ id: 'own:schoolleiders' as const, name: 'Schoolleiders', conversation: 'board-members' as const }];
    const found = dossierCheck(input({ drillAnswers: [own], ownGroups })).divergences[0]!;
    expect(found.contradiction.other).toMatchObject({ group: 'board-members', source: 'drill' });
    // Without the group (removed since), the answer counts in its author's role's conversation: a coordinator sits with the educators.
    expect(dossierCheck(input({ drillAnswers: [own] })).divergences.map((d) => d.itemId)).toEqual(['leeromgeving.minimum.4']);
  });
});
