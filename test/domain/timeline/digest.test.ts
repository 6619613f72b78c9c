import { describe, expect, it } from 'vitest';
import { digestDecision, digestMoments } from '../../../src/domain/timeline';

describe('digestMoments', () => {
  it('gives the last and next weekly moment at the local time, across DST', () => {
    // Monday 09:00 Amsterdam; Wednesday 31 March 2027 (summer time since Sunday 28 March).
    const { last, next } = digestMoments(1, '09:00', 'Europe/Amsterdam', new Date('2027-03-31T12:00:00Z'));
    expect(last).toEqual({ date: '2027-03-29', at: new Date('2027-03-29T07:00:00Z') });
    expect(next).toEqual({ date: '2027-04-05', at: new Date('2027-04-05T07:00:00Z') });
    // The Monday before DST: 09:00 CET is 08:00Z.
    expect(digestMoments(1, '09:00', 'Europe/Amsterdam', new Date('2027-03-24T12:00:00Z')).last!.at).toEqual(new Date('2027-03-22T08:00:00Z'));
  });

  it('on the day itself, before the time, the last moment is a week earlier; at the time it is today', () => {
    expect(digestMoments(1, '09:00', 'Europe/Amsterdam', new Date('2027-01-04T07:59:00Z')).last!.date).toBe('2026-12-28');
    expect(digestMoments(1, '09:00', 'Europe/Amsterdam', new Date('2027-01-04T08:00:00Z')).last!.date).toBe('2027-01-04');
  });

  it('has none when off or not a time', () => {
    expect(digestMoments(0, '09:00', 'Europe/Amsterdam', new Date())).toEqual({});
    expect(digestMoments(8, '09:00', 'Europe/Amsterdam', new Date())).toEqual({});
    expect(digestMoments(1, '25:00', 'Europe/Amsterdam', new Date())).toEqual({});
  });
});

describe('digestDecision', () => {
  const last = { date: '2027-01-04', at: new Date('2027-01-04T08:00:00Z') };
  it('posts a moment not handled yet while it is less than a day old, skips it as stale after', () => {
    expect(digestDecision(last, new Date('2027-01-04T07:00:00Z'), new Date('2027-01-04T08:00:00Z'))).toBe('post');
    expect(digestDecision(last, new Date('2027-01-04T07:00:00Z'), new Date('2027-01-05T07:59:00Z'))).toBe('post');
    expect(digestDecision(last, new Date('2027-01-04T07:00:00Z'), new Date('2027-01-05T08:00:00Z'))).toBe('stale');
  });
  it('does nothing for a moment handled before, or on a partnership’s first run', () => {
    expect(digestDecision(last, new Date('2027-01-04T08:00:00Z'), new Date('2027-01-04T09:00:00Z'))).toBe('none');
    expect(digestDecision(last, undefined, new Date('2027-01-04T09:00:00Z'))).toBe('none');
    expect(digestDecision(undefined, new Date('2027-01-01T00:00:00Z'), new Date('2027-01-04T09:00:00Z'))).toBe('none');
  });
});
