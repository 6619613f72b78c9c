import { describe, expect, it } from 'vitest';
import { PARTNER_ROLE_IDS } from '../../../src/domain/coaching';
import { promptsEn } from '../../../src/texts/en/coaching';
import { promptsNl } from '../../../src/texts/nl/coaching';
import type { CoachingPrompts } from '../../../src/texts/sections/coaching';

const rendered = (p: CoachingPrompts) => [
  p.askAnswer('Organisatie'),
  p.askCurrentPractice('we willen'),
  p.askStudentExample,
  p.askPartners([]),
  p.askPartners([p.roleNames.schoolopleider]),
  p.askCoherence([{ name: 'A', hint: p.coherenceHints.organisatie }]),
];

describe('coaching prompts', () => {
  it('have the same shape in Dutch and English', () => {
    expect(Object.keys(promptsNl).sort()).toEqual(Object.keys(promptsEn).sort());
    expect(Object.keys(promptsNl.roleNames).sort()).toEqual(Object.keys(promptsEn.roleNames).sort());
    expect(Object.keys(promptsNl.coherenceHints).sort()).toEqual(Object.keys(promptsEn.coherenceHints).sort());
  });

  it('name every role except the joint words', () => {
    expect(Object.keys(promptsNl.roleNames).sort()).toEqual(PARTNER_ROLE_IDS.filter((r) => r !== 'joint').sort());
  });

  it.each([
    ['nl', promptsNl],
    ['en', promptsEn],
  ] as const)('render non-empty sentences (%s)', (_lang, p) => {
    for (const text of rendered(p)) {
      expect(text.trim().length).toBeGreaterThan(20);
      expect(text).not.toMatch(/undefined|\$\{/);
    }
    expect(p.askCurrentPractice('we willen')).toContain('"we willen"');
  });

  it('join lists the way each language does', () => {
    expect(promptsNl.list(['a'])).toBe('a');
    expect(promptsNl.list(['a', 'b', 'c'])).toBe('a, b en c');
    expect(promptsEn.list(['a', 'b'])).toBe('a and b');
    expect(promptsEn.list([])).toBe('');
  });
});
