import { describe, expect, it } from 'vitest';
import { findItem, parseItemRef } from '../../../src/domain/draft';

const item = (text: string) => {
  const ref = parseItemRef(text);
  return ref.ok ? ref.item.id : ref.reason;
};

describe('parseItemRef', () => {
  it('finds an item by waarborg name or alias and its number within the waarborg', () => {
    expect(item('leeromgeving 2')).toBe('leeromgeving.minimum.2');
    expect(item('Learning Environment 2')).toBe('leeromgeving.minimum.2');
    expect(item('lerende leraar 4')).toBe('lerende-leraar.minimum.4');
    expect(item('w3 1')).toBe('organisatie.minimum.1');
    expect(item('4 3')).toBe('kwaliteitscultuur.minimum.3');
  });

  it('finds an item by its label or id', () => {
    expect(item('2.3')).toBe('leeromgeving.minimum.3');
    expect(item('kwaliteitscultuur.minimum.2')).toBe('kwaliteitscultuur.minimum.2');
    expect(findItem('organisatie.minimum.3')).toMatchObject({ number: 3, waarborg: { id: 'organisatie' } });
    expect(findItem('organisatie.minimum.9')).toBeUndefined();
  });

  it('says what is wrong: no item number, an unknown waarborg, an item out of range', () => {
    expect(parseItemRef('')).toEqual({ ok: false, reason: 'usage' });
    expect(parseItemRef('leeromgeving')).toEqual({ ok: false, reason: 'usage' });
    expect(parseItemRef('lerende leraar')).toEqual({ ok: false, reason: 'usage' });
    expect(parseItemRef('vliegtuig 2')).toEqual({ ok: false, reason: 'unknown-waarborg', given: 'vliegtuig' });
    expect(parseItemRef('organisatie 4')).toMatchObject({ ok: false, reason: 'unknown-item', given: '4', waarborg: { id: 'organisatie' } });
    expect(parseItemRef('organisatie twee')).toMatchObject({ ok: false, reason: 'unknown-item', given: 'twee' });
    expect(parseItemRef('9.1')).toMatchObject({ ok: false, reason: 'unknown-waarborg', given: '9' });
  });
});
