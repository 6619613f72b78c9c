import { describe, expect, it } from 'vitest';
import { reviewProgress } from '../../../src/domain/draft';
import { PRACTICE, sampleDraft } from './fixtures';

describe('reviewProgress', () => {
  const progress = reviewProgress(sampleDraft(), [
    { itemId: 'leeromgeving.minimum.1', role: 'student', text: PRACTICE },
    { itemId: 'leeromgeving.minimum.3', role: 'board_member', text: 'Een bijdrage zonder keuze.' },
    { itemId: 'leeromgeving.minimum.3', role: 'workplace_mentor', text: 'Nog een bijdrage.' },
    { itemId: 'leeromgeving.minimum.4', role: 'student', text: '   ' },
  ]);

  it('counts per waarborg the items answered, chosen and empty, and the words against the limit', () => {
    const leeromgeving = progress.waarborgen.find((w) => w.id === 'leeromgeving')!;
    expect(leeromgeving).toMatchObject({ number: 2, items: 4, answered: 2, chosen: 2, emptyLabels: ['2.4'], wordLimit: 60, overLimit: true });
    expect(leeromgeving.words).toBe(34 + 34 + 8);
    expect(progress.waarborgen.map((w) => w.chosen)).toEqual([1, 2, 0, 0]);
  });

  it('draws the readiness matrix: per criterion the chosen texts the coaching finds covering it', () => {
    const leeromgeving = progress.waarborgen.find((w) => w.id === 'leeromgeving')!;
    // Both chosen texts there cover all four criteria.
    expect(leeromgeving.readiness).toEqual({ concrete: 2, coherence: 2, practice: 2, jointness: 2 });
    // Nothing chosen: nothing covered.
    expect(progress.waarborgen.find((w) => w.id === 'organisatie')!.readiness).toEqual({ concrete: 0, coherence: 0, practice: 0, jointness: 0 });
  });

  it('counts per visit-day group the items someone of it answered (empty answers do not count)', () => {
    expect(progress.groups).toEqual([
      { group: 'students', answered: 1, items: progress.items },
      { group: 'teacher-educators', answered: 1, items: progress.items },
      { group: 'board-members', answered: 1, items: progress.items },
    ]);
    expect(progress.items).toBe(14);
    expect(progress.chosen).toBe(3);
  });
});
