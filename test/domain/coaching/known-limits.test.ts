import { describe, expect, it } from 'vitest';
import { analyseAnswer, type WaarborgId } from '../../../src/domain/coaching';

/**
 * Cases the rules are known to get WRONG, each asserting what a careful reader
 * would say. `it.fails` keeps the suite green while the limit exists; when a rule
 * change fixes one, vitest reports it as an unexpected pass: then move the case
 * into corpus.json with its labels.
 */
const run = (text: string, waarborgId: WaarborgId = 'leeromgeving') => analyseAnswer(text, { waarborgId });

describe('known limits of the coaching rules', () => {
  describe('jointness is lexical', () => {
    it.fails('"samen" between a student and a mentor is not jointness of partners', () => {
      expect(run('In de praktijk zie je dat studenten hun lessen samen met de mentor voorbereiden.').criteria.map((c) => c.id)).not.toContain('jointness');
    });
    it.fails('"samen komen" (gather) is not a joint word', () => {
      expect(run('Op maandagmiddag komen alle stagiairs samen voor intervisie onder leiding van de schoolopleider.').partnersNamed).not.toContain('joint');
    });
    it.fails('agreements "tussen de besturen" show jointness without a joint word', () => {
      expect(run('Hierover zijn heldere afspraken gemaakt tussen de besturen.', 'organisatie').criteria.map((c) => c.id)).toContain('jointness');
    });
  });

  describe('intentions need a cue word', () => {
    it.fails('a future date without a cue ("Vanaf 2026 werken …") is read as practice', () => {
      expect(run('Vanaf 2026 werken alle scholen met het portfolio.').intentions).not.toHaveLength(0);
    });
    it.fails('"in ontwikkeling" right after a person noun is read as the vision of a learning person', () => {
      expect(run('Het curriculum voor studenten is in ontwikkeling.').intentions).not.toHaveLength(0);
    });
  });

  describe('student example', () => {
    it.fails('"vond" meaning "found" is read as testimony', () => {
      expect(run('De student vond een stageplek via de hogeschool.').hasStudentExample).toBe(false);
    });
    it.fails('a reporting verb with the student as object is read as testimony', () => {
      expect(run('De coördinator vertelde de student dat de stage was goedgekeurd.', 'organisatie').hasStudentExample).toBe(false);
    });
  });

});
