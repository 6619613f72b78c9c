// Which follow-ups fit the item and the person who answers, and "ik weet het niet" as an answer.
import { describe, expect, it } from 'vitest';
import { analyseAnswer, followUpsThatFit, isDontKnow, type Asker } from '../../../src/domain/coaching';
import { answers } from '../../flows/reflection/support';

describe('follow-ups that fit', () => {
  it('asks only what fits the item and the person: no student example of a board member or on a governance item, no link between waarborgen of a student', () => {
    const general = 'Studenten worden begeleid door de school.';
    const onLeeromgeving = analyseAnswer(general, { waarborgId: 'leeromgeving' });
    const idsOf = (a: typeof onLeeromgeving, asker: Asker) => followUpsThatFit(a, asker).map((f) => f.id);
    expect(onLeeromgeving.followUps.map((f) => f.id)).toContain('ask-student-example');
    expect(idsOf(onLeeromgeving, { itemId: 'leeromgeving.minimum.2', group: 'teacher-educators' })).toContain('ask-student-example');
    expect(idsOf(onLeeromgeving, { itemId: 'leeromgeving.minimum.2', group: 'board-members' })).not.toContain('ask-student-example');
    const onOrganisatie = analyseAnswer(general, { waarborgId: 'organisatie' });
    expect(onOrganisatie.followUps.map((f) => f.id)).toContain('ask-student-example');
    expect(idsOf(onOrganisatie, { itemId: 'organisatie.minimum.1', group: 'teacher-educators' })).not.toContain('ask-student-example');
    // A student is asked for a moment of their own only when the answer has no concrete detail.
    expect(idsOf(onLeeromgeving, { itemId: 'leeromgeving.minimum.2', group: 'students' })).toContain('ask-student-example');
    // Concrete (who, what, when, how many) but no example: no activity, nobody acting.
    const own = analyseAnswer('Het opleidingsplan van 2024 noemt 25 taken voor de werkplekbegeleider.', { waarborgId: 'leeromgeving' });
    expect(own.criteria.map((c) => c.id)).toContain('concrete');
    expect(own.followUps.map((f) => f.id)).toContain('ask-student-example');
    expect(idsOf(own, { itemId: 'leeromgeving.minimum.2', group: 'students' })).not.toContain('ask-student-example');
    const unlinked = analyseAnswer('De schoolopleider en de instituutsopleider bespreken elke maand samen de voortgang van de studenten.', { waarborgId: 'leeromgeving' });
    expect(unlinked.followUps.map((f) => f.id)).toContain('ask-coherence');
    expect(idsOf(unlinked, { itemId: 'leeromgeving.minimum.2', group: 'students' })).not.toContain('ask-coherence');
    expect(idsOf(unlinked, { itemId: 'leeromgeving.minimum.2', group: 'board-members' })).toContain('ask-coherence');
  });

  it('never asks for a student example when the answer covers all four criteria', () => {
    const complete = analyseAnswer(answers.complete, { waarborgId: 'leeromgeving' });
    expect(complete.missingCriteria).toEqual([]);
    expect(followUpsThatFit(complete, { itemId: 'leeromgeving.minimum.1', group: 'teacher-educators' }).map((f) => f.id)).not.toContain('ask-student-example');
  });
});

describe('"ik weet het niet"', () => {
  it('is an answer when that is all it says, in Dutch or English', () => {
    for (const text of ['Ik weet het niet', 'weet ik niet.', 'Geen idee', 'Dat weet ik nog niet', 'Eerlijk gezegd, ik weet het niet', "I don't know", 'not sure', 'Ik weet het niet precies']) {
      expect(isDontKnow(text), text).toBe(true);
    }
    for (const text of ['Ik weet niet precies hoe het heet, maar elke week is er een intervisie.', 'Ik weet dat de schoolopleider elke week langskomt.', 'niet', '']) {
      expect(isDontKnow(text), text).toBe(false);
    }
  });
});
