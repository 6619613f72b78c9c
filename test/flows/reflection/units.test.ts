// The pure parts of the reflection flow: navigation, follow-up choice, the
// committee hints per item, state parsing, and the texts in both languages.
import { describe, expect, it } from 'vitest';
import { analyseAnswer } from '../../../src/domain/coaching';
import { framework, getSelfEvaluationRequirement } from '../../../src/domain/framework';
import { assessorHint, HINTS_PER_ITEM } from '../../../src/flows/reflection/assessor-hints';
import { nextFollowUp } from '../../../src/flows/reflection/follow-ups';
import { firstUnansweredIndex, nextOpenIndex } from '../../../src/flows/reflection/navigation';
import { freshState, readState, toStored } from '../../../src/flows/reflection/state';
import { en } from '../../../src/texts/en';
import { nl } from '../../../src/texts/nl';
import { answers } from './support';

const items = framework.waarborgen[1]!.minimumItems;
const ids = items.map((item) => item.id);

describe('navigation', () => {
  it('goes to the next item neither answered nor skipped, wrapping round, and ends when none is left', () => {
    expect(nextOpenIndex(items, new Set([ids[0]!]), new Set(), 0)).toBe(1);
    expect(nextOpenIndex(items, new Set([ids[0]!]), new Set([ids[1]!]), 0)).toBe(2);
    expect(nextOpenIndex(items, new Set([ids[3]!]), new Set(), 3)).toBe(0);
    expect(nextOpenIndex(items, new Set(ids.slice(0, 3)), new Set([ids[3]!]), 3)).toBeUndefined();
    expect(firstUnansweredIndex(items, new Set([ids[0]!, ids[2]!]))).toBe(1);
    expect(firstUnansweredIndex(items, new Set(ids))).toBeUndefined();
  });
});

describe('follow-up choice', () => {
  const analysis = analyseAnswer(answers.intention, { waarborgId: 'leeromgeving' });
  const state = freshState('p', 'leeromgeving');
  const educator = (itemId: string) => ({ itemId, group: 'teacher-educators' as const });

  it('asks the first follow-up the analysis returns', () => {
    expect(nextFollowUp(state, educator(ids[0]!), analysis, [])?.id).toBe('ask-current-practice');
  });

  it('never asks one again that was asked or declined, and stops after two per answer', () => {
    const asked = { ...state, asked: { [ids[0]!]: ['ask-current-practice' as const] } };
    expect(nextFollowUp(asked, educator(ids[0]!), analysis, [])?.id).toBe('ask-student-example');
    expect(nextFollowUp(state, educator(ids[0]!), analysis, ['ask-current-practice', 'ask-student-example'])).toBeUndefined();
    expect(nextFollowUp({ ...state, round: 2 }, educator(ids[0]!), analysis, [])).toBeUndefined();
    // Asked about another item does not count here.
    expect(nextFollowUp(asked, educator(ids[1]!), analysis, [])?.id).toBe('ask-current-practice');
  });

});

describe('what the committee looks for', () => {
  it('names, for every minimum item, bijlage 3 points of its own waarborg, in both languages', () => {
    for (const waarborg of framework.waarborgen) {
      const mustShow = getSelfEvaluationRequirement(waarborg.id)!.mustShow.map((point) => point.id);
      for (const item of waarborg.minimumItems) {
        const points = HINTS_PER_ITEM[item.id];
        expect(points, item.id).toBeDefined();
        for (const point of points!) expect(mustShow, `${item.id} → ${point}`).toContain(point);
        expect(assessorHint(waarborg.id, item.id, 'nl').length).toBeGreaterThan(20);
        expect(assessorHint(waarborg.id, item.id, 'en').length).toBeGreaterThan(20);
      }
    }
    expect(Object.keys(HINTS_PER_ITEM)).toHaveLength(framework.waarborgen.flatMap((w) => w.minimumItems).length);
  });
});

describe('state', () => {
  it('reads back what it wrote, and ignores another flow\'s or a malformed state', () => {
    const state = { ...freshState('p1', 'organisatie'), index: 2, skipped: ['organisatie.minimum.1'] };
    const stored = toStored(state);
    expect(readState({ flow: 'reflection', ...stored, data: stored.data as Record<string, unknown> })).toEqual(state);
    expect(readState({ flow: 'language', step: 'choose', data: {} })).toBeNull();
    expect(readState({ flow: 'reflection', step: 'answer', data: { waarborgId: 'zwembad' } })).toBeNull();
    expect(readState({ flow: 'reflection', step: 'elsewhere', data: stored.data as Record<string, unknown> })).toBeNull();
    expect(readState(null)).toBeNull();
  });

  it('keeps a pending follow-up as the coaching\'s code, never as sentences', () => {
    const state = {
      ...freshState('p1', 'leeromgeving'),
      step: 'follow-up' as const,
      followUp: { id: 'ask-partners' as const, reason: 'partners-not-together' as const, roles: ['schoolopleider' as const] },
    };
    const stored = toStored(state);
    expect(stored.data.followUp).toEqual({ id: 'ask-partners', reason: 'partners-not-together', roles: ['schoolopleider'] });
    expect(readState({ flow: 'reflection', ...stored, data: stored.data as Record<string, unknown> })).toEqual(state);
    // Sentences saved by an older version are not a follow-up this one can ask: the state is not read.
    const worded = { ...stored.data, followUp: { id: 'ask-partners', nl: 'Wie voeren dit uit?', en: 'Who carries this out?' } };
    expect(readState({ flow: 'reflection', step: 'follow-up', data: worded })).toBeNull();
  });
});

describe('texts', () => {
  it('has every reason and role in both languages, without empty strings', () => {
    for (const texts of [nl, en]) {
      for (const value of [...Object.values(texts.reflection.reasons), ...Object.values(texts.roles), ...Object.values(texts.reflection.criterionShort)]) {
        expect(value.trim()).not.toBe('');
      }
    }
    expect(Object.keys(en.reflection).sort()).toEqual(Object.keys(nl.reflection).sort());
  });
});
