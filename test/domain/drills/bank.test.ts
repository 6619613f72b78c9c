import { describe, expect, it } from 'vitest';
import {
  decideOwnQuestion,
  drillGroupOf,
  isDrillGroupId,
  type OwnDrillGroup,
  type OwnQuestion,
  questionCountByWaarborg,
  questionsForGroup,
} from '../../../src/domain/drills';
import { listPracticeQuestions } from '../../../src/domain/framework';

const own: OwnDrillGroup[] = [{ id: 'own:zij-instromers', name: 'Zij-instromers', conversation: 'students' }];
const mine: OwnQuestion[] = [
  { id: 'o1', groupId: 'students', waarborgId: 'leeromgeving', text: 'Wat doe je op je eerste stagedag?', status: 'accepted' },
  { id: 'o2', groupId: 'students', waarborgId: 'leeromgeving', text: 'Voorstel', status: 'proposed' },
  { id: 'o3', groupId: 'students', waarborgId: 'organisatie', text: 'Weg', status: 'retired' },
  { id: 'o4', groupId: 'own:zij-instromers', waarborgId: 'organisatie', text: 'Hoe combineer je werk en opleiding?', status: 'accepted' },
];

describe('the question bank', () => {
  it('is the framework’s bijlage 4 questions of the group’s conversation, cited, then its accepted own ones', () => {
    const students = questionsForGroup('students', { own: mine, groups: own });
    const framework = listPracticeQuestions('students');
    expect(students.slice(0, framework.length).map((q) => q.id)).toEqual(framework.map((q) => q.id));
    expect(students.slice(framework.length).map((q) => q.id)).toEqual(['o1']);
    for (const q of students) {
      if (q.origin !== 'framework') continue;
      expect(q.source.document).toBe('dusi-verslag-2024');
      expect(q.source.section).toMatch(/^bijlage 4 Oefenvragen, Gesprek 1: studenten, Waarborg \d/);
      expect(q.text.nl.length).toBeGreaterThan(10);
      expect(q.text.en.length).toBeGreaterThan(10);
    }
  });

  it('has questions for every conversation and waarborg', () => {
    for (const group of ['students', 'teacher-educators', 'board-members'] as const) {
      const counts = questionCountByWaarborg(questionsForGroup(group, { own: [], groups: [] }));
      expect(Object.values(counts).every((n) => n > 0), group).toBe(true);
    }
  });

  it('filters by waarborg, and gives an own group its conversation’s questions plus its own', () => {
    const lo = questionsForGroup('students', { own: mine, groups: own, waarborgId: 'leeromgeving' });
    expect(lo.every((q) => q.waarborgId === 'leeromgeving')).toBe(true);
    expect(lo.map((q) => q.id)).toContain('o1');
    const zij = questionsForGroup('own:zij-instromers', { own: mine, groups: own, waarborgId: 'organisatie' });
    expect(zij.map((q) => q.id)).toEqual([...listPracticeQuestions('students', 'organisatie').map((q) => q.id), 'o4']);
    expect(zij.every((q) => q.groupId === 'own:zij-instromers')).toBe(true);
    expect(questionsForGroup('own:gone', { own: mine, groups: own })).toEqual([]);
  });

  it('lets the coordinator accept, edit and retire own questions', () => {
    expect(decideOwnQuestion('proposed', 'accept')).toBe('accepted');
    expect(decideOwnQuestion('proposed', 'edit')).toBe('proposed');
    expect(decideOwnQuestion('accepted', 'retire')).toBe('retired');
    expect(decideOwnQuestion('retired', 'accept')).toBe('accepted');
    expect(decideOwnQuestion('accepted', 'accept')).toBeUndefined();
    expect(decideOwnQuestion('retired', 'edit')).toBeUndefined();
    expect(decideOwnQuestion('retired', 'retire')).toBeUndefined();
  });
});

describe('drill groups', () => {
  it('puts each role in its visit-day conversation, or in the group the coordinator assigned', () => {
    expect(drillGroupOf({ role: 'student' }, own)).toBe('students');
    expect(drillGroupOf({ role: 'workplace_mentor' }, own)).toBe('teacher-educators');
    expect(drillGroupOf({ role: 'coordinator' }, own)).toBe('teacher-educators');
    expect(drillGroupOf({ role: 'board_member' }, own)).toBe('board-members');
    expect(drillGroupOf({ role: 'student', assignedGroup: 'own:zij-instromers' }, own)).toBe('own:zij-instromers');
    expect(drillGroupOf({ role: 'student', assignedGroup: 'own:removed' }, own)).toBe('students');
  });

  it('knows group ids', () => {
    expect(isDrillGroupId('students')).toBe(true);
    expect(isDrillGroupId('own:schoolleiders')).toBe(true);
    expect(isDrillGroupId('own:')).toBe(false);
    expect(isDrillGroupId('teachers')).toBe(false);
  });
});
