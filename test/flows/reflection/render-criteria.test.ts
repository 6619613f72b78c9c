// The criteria lines say what the coaching noticed about a negation, quoting the words (issue 12 part 4).
import { describe, expect, it } from 'vitest';
import { analyseAnswer } from '../../../src/domain/coaching';
import { criteriaLines } from '../../../src/flows/reflection/render-criteria';
import { en } from '../../../src/texts/en';
import { nl } from '../../../src/texts/nl';

describe('criteria lines for a negated answer', () => {
  it('the playground case: no "school en opleiding voeren het samen uit", and the negation is named', () => {
    const a = analyseAnswer('Op mijn stageschool hebben we het nooit over de startbekwaamheden gehad, alleen op de hogeschool', { waarborgId: 'leeromgeving' });
    const lines = criteriaLines(a, nl, 'nl');
    expect(lines).not.toContain(nl.reflection.reasons['both-partner-sides']);
    expect(lines).toContain(nl.reflection.criterionLine(false, 'Uitvoering in de praktijk', nl.reflection.negatedWith('nooit')));
  });

  it('the evaluation day is concrete now, not "nog algemeen"', () => {
    const a = analyseAnswer(
      'Elk jaar in juni houden we een evaluatiedag met studenten, mentoren, schoolopleiders en instituutsopleiders; de uitkomsten gaan naar de stuurgroep',
      { waarborgId: 'kwaliteitscultuur' },
    );
    const lines = criteriaLines(a, nl, 'nl');
    expect(lines).not.toContain(nl.reflection.reasons['too-general']);
    expect(lines).toContain(nl.reflection.criterionLine(true, 'Gezamenlijkheid in de uitvoering', nl.reflection.reasons['both-partner-sides']));
  });

  it('in English, "not yet" is quoted as an honest gap', () => {
    const a = analyseAnswer('The school-based educator and the university tutor have not yet held a joint assessment meeting.', { waarborgId: 'leeromgeving' });
    const lines = criteriaLines(a, en, 'en');
    expect(lines).toContain(en.reflection.notYetWith('have not yet'));
  });
});
