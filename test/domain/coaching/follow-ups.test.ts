import { describe, expect, it } from 'vitest';
import { analyseAnswer, MAX_FOLLOW_UPS, type FollowUp } from '../../../src/domain/coaching';
import { followUpPrompt } from '../../../src/texts/follow-up';

/** The follow-up as a person reads it, in both languages. */
const prompt = (followUp: FollowUp) => ({ nl: followUpPrompt(followUp, 'nl'), en: followUpPrompt(followUp, 'en') });

describe('follow-ups', () => {
  it('are codes with parameters, no sentences', () => {
    const a = analyseAnswer('We willen meer doen.', { waarborgId: 'organisatie' });
    expect(a.followUps).toEqual([
      { id: 'ask-current-practice', reason: 'intentions', phrase: 'We willen' },
      { id: 'ask-student-example', reason: 'no-student-example' },
    ]);
  });


  it.each(['', '   ', '\n\t ', '...'])('asks for an answer when it is empty (%j)', (text) => {
    const a = analyseAnswer(text, { waarborgId: 'kwaliteitscultuur' });
    expect(a.isEmpty).toBe(true);
    expect(a.followUps).toHaveLength(1);
    expect(a.followUps[0]).toEqual({ id: 'ask-answer', reason: 'empty-answer', waarborgId: 'kwaliteitscultuur' });
    expect(prompt(a.followUps[0]!).nl).toContain('Kwaliteitscultuur');
    expect(prompt(a.followUps[0]!).en).toContain('Quality culture');
  });

  it('quotes the first intention as written, in both languages', () => {
    const a = analyseAnswer('Op Termijn willen we de intervisie uitbreiden.', { waarborgId: 'leeromgeving' });
    expect(a.followUps[0]!.id).toBe('ask-current-practice');
    expect(a.followUps[0]!.reason).toBe('intentions');
    expect(a.followUps[0]).toMatchObject({ phrase: 'Op Termijn' });
    expect(prompt(a.followUps[0]!).nl).toContain('"Op Termijn"');
    expect(prompt(a.followUps[0]!).en).toContain('"Op Termijn"');
  });

  it('asks at most two questions, most important first', () => {
    const a = analyseAnswer('We willen meer doen.', { waarborgId: 'organisatie' });
    expect(a.followUps.map((f) => f.id)).toEqual(['ask-current-practice', 'ask-student-example']);
    expect(MAX_FOLLOW_UPS).toBe(2);
  });

  it('asks for partners before coherence, naming the roles the answer has', () => {
    const a = analyseAnswer('Een student vertelde dat de werkplekbegeleider haar elke week een les liet filmen.', { waarborgId: 'leeromgeving' });
    expect(a.followUps.map((f) => f.id)).toEqual(['ask-partners', 'ask-coherence']);
    expect(a.followUps[0]).toMatchObject({ roles: ['werkplekbegeleider'] });
    expect(prompt(a.followUps[0]!).nl).toContain('de werkplekbegeleider');
    expect(prompt(a.followUps[0]!).en).toContain('the workplace mentor');
  });

  it('names the three other waarborgen in the coherence question', () => {
    const a = analyseAnswer('Sinds 2022 voeren de schoolopleider en de instituutsopleider samen met de student elk kwartaal een driehoeksgesprek; een student vertelde dat het hielp.', {
      waarborgId: 'leeromgeving',
    });
    expect(a.followUps.map((f) => f.id)).toEqual(['ask-coherence']);
    expect(a.followUps[0]).toMatchObject({ others: ['lerende-leraar', 'organisatie', 'kwaliteitscultuur'] });
    const { nl, en } = prompt(a.followUps[0]!);
    expect(nl).toContain('Lerende leraar, Organisatie en Kwaliteitscultuur');
    expect(nl).not.toContain('Leeromgeving');
    expect(en).toContain('Learning teacher, Organisation and Quality culture');
  });

  it('asks nothing when all four criteria and a student example are there, even with an own ambition', () => {
    const a = analyseAnswer(
      'Sinds 2022 voeren schoolopleiders en instituutsopleiders samen de beoordelingsgesprekken. Een student vertelde dat het haar hielp. ' +
        'We evalueren dit elk jaar. Volgend jaar willen we ook de mentoren betrekken.',
      { waarborgId: 'leeromgeving' },
    );
    expect(a.intentions).not.toHaveLength(0);
    expect(a.missingCriteria).toEqual([]);
    expect(a.followUps).toEqual([]);
  });

  it('puts the intention question last when practice is already described', () => {
    const a = analyseAnswer(
      'Elke maand overleggen de schoolopleiders en instituutsopleiders samen over de studenten. Een student vertelde dat het hielp. In de toekomst willen we meer.',
      { waarborgId: 'organisatie' },
    );
    expect(a.followUps.map((f) => f.id)).toEqual(['ask-coherence', 'ask-current-practice']);
  });

  it('asks for a concrete example when the student example is too thin to be concrete', () => {
    const a = analyseAnswer('Een student vertelde dat ze zich welkom voelde bij de schoolopleider en de instituutsopleider; de visie is daarbij leidend.', {
      waarborgId: 'leeromgeving',
    });
    expect(a.hasStudentExample).toBe(true);
    expect(a.followUps.map((f) => [f.id, f.reason])).toEqual([['ask-student-example', 'too-general']]);
  });
});
