import { describe, it, expect } from 'vitest';
import { framework, listPracticeQuestions, WAARBORG_IDS } from '../../../src/domain/framework';

describe('practice questions (DUS-I bijlage 4)', () => {
  it('has the three conversation groups in order', () => {
    expect(framework.practiceQuestions.groups.map((g) => g.id)).toEqual(['students', 'teacher-educators', 'board-members']);
  });

  it('has questions for every waarborg in every group', () => {
    for (const group of framework.practiceQuestions.groups) {
      for (const waarborgId of WAARBORG_IDS) {
        expect(listPracticeQuestions(group.id, waarborgId).length, `${group.id} / ${waarborgId}`).toBeGreaterThan(0);
      }
    }
  });

  // Counted in bijlage 4, per conversation and waarborg.
  it.each([
    ['students', [2, 3, 2, 1]],
    ['teacher-educators', [3, 2, 2, 4]],
    ['board-members', [2, 1, 3, 4]],
  ] as const)('%s has the source number of questions per waarborg', (groupId, counts) => {
    expect(WAARBORG_IDS.map((w) => listPracticeQuestions(groupId, w).length)).toEqual(counts);
    expect(listPracticeQuestions(groupId)).toHaveLength(counts.reduce((a, b) => a + b, 0));
  });

  it('cites the conversation and waarborg heading of each question', () => {
    const q = listPracticeQuestions('board-members', 'organisatie')[0]!;
    expect(q.source).toEqual({
      document: 'dusi-verslag-2024',
      section: 'bijlage 4 Oefenvragen, Gesprek 3: bestuurders, Waarborg 3: organisatie',
    });
  });
});
