import { describe, expect, it } from 'vitest';
import { analyseAnswer, type AssessmentCriterionId, type CriterionReason, type WaarborgId } from '../../../src/domain/coaching';

const reasonOf = (text: string, id: AssessmentCriterionId, waarborgId: WaarborgId = 'leeromgeving') => {
  const a = analyseAnswer(text, { waarborgId });
  const covered = a.criteria.find((c) => c.id === id);
  const missing = a.missingCriteria.find((c) => c.id === id);
  return { covered: Boolean(covered), reason: (covered ?? missing)!.reason };
};

describe('criteria', () => {
  it('lists every criterion exactly once, covered ones and missing ones in framework order', () => {
    const a = analyseAnswer('Sinds 2022 voeren de schoolopleider en de instituutsopleider samen de beoordelingsgesprekken.', {
      waarborgId: 'leeromgeving',
    });
    expect([...a.criteria, ...a.missingCriteria].map((c) => c.id).sort()).toEqual(['coherence', 'concrete', 'jointness', 'practice']);
    expect(a.criteria.map((c) => c.id)).toEqual(['concrete', 'practice', 'jointness']);
    expect(a.criteria[0]!.sentenceIndices).toEqual([0]);
  });

  it.each<[string, AssessmentCriterionId, boolean, CriterionReason]>([
    // concrete
    ['Sinds 2022 voert de schoolopleider elk kwartaal een driehoeksgesprek.', 'concrete', true, 'specific-details'],
    ['Alle studenten werken met een portfolio.', 'concrete', true, 'details-with-student-example'],
    // another actor's example is named as such, not as a student's
    ['Elke maandag bespreekt de mentor met de schoolopleider het rooster.', 'concrete', true, 'details-with-example'],
    ['Every Monday the mentor discusses the timetable with the school-based educator.', 'concrete', true, 'details-with-example'],
    ['De schoolopleider begeleidt de student.', 'concrete', false, 'too-general'],
    ['Volgend jaar voeren de schoolopleider en de instituutsopleider elk kwartaal een driehoeksgesprek.', 'concrete', false, 'too-general'],
    // coherence
    ['De begeleiding volgt uit de visie.', 'coherence', true, 'links-other-waarborg'],
    ['De begeleiding is goed.', 'coherence', false, 'no-link'],
    ['Volgend jaar evalueren we de begeleiding.', 'coherence', false, 'no-link'],
    // practice
    ['Een student vertelde dat het lesbezoek haar hielp.', 'practice', true, 'current-practice-with-example'],
    ['De schoolopleider heeft elk kwartaal contact.', 'practice', true, 'current-practice-with-detail'],
    // a named activity with who and when is a concrete example (issue 12, part 1)
    ['De schoolopleider voert elk kwartaal een gesprek.', 'practice', true, 'current-practice-with-example'],
    ['In de toekomst willen we elk kwartaal een driehoeksgesprek voeren.', 'practice', false, 'only-intentions'],
    ['Werkplekleren staat centraal.', 'practice', false, 'no-practice-detail'],
    // jointness
    ['De schoolopleider en de instituutsopleider beoordelen.', 'jointness', true, 'both-partner-sides'],
    ['We doen dit met elkaar.', 'jointness', true, 'joint-wording'],
    ['De pabo en de scholen werken elk met een eigen programma.', 'jointness', false, 'separate-work'],
    ['De werkplekbegeleider en de schoolopleider begeleiden de student.', 'jointness', false, 'partners-not-together'],
    ['De schoolopleider begeleidt. De instituutsopleider beoordeelt.', 'jointness', false, 'partners-not-together'],
    ['Er is een visie.', 'jointness', false, 'no-partners'],
    ['In de toekomst gaan we samen met de pabo evalueren.', 'jointness', false, 'no-partners'],
  ])('%j → %s covered=%s (%s)', (text, id, covered, reason) => {
    expect(reasonOf(text, id)).toEqual({ covered, reason });
  });

  it('marks every criterion missing with "empty-answer" for an empty answer', () => {
    const a = analyseAnswer('  ', { waarborgId: 'organisatie' });
    expect(a.criteria).toEqual([]);
    expect(a.missingCriteria.map((c) => c.reason)).toEqual(['empty-answer', 'empty-answer', 'empty-answer', 'empty-answer']);
  });
});
