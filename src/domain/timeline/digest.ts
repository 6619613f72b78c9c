/**
 * The weekly digest's moments: every ISO `weekday` at local `time` in the partnership's
 * zone (09:00 stays 09:00 across DST). The catch-up rule of the digest, like the other
 * posts': a run posts the last moment it had not handled yet if it is less than
 * `DIGEST_RELEVANT_HOURS` old, and skips it as `stale` otherwise; a partnership's very
 * first run handles no digest (it was not set up at that moment), so setting up on a
 * Monday at 10:00 does not post Monday's digest.
 */
import { addDays, isLocalTime, isoWeekday, type LocalDate, type LocalTime } from './local-date';
import { localDateOf, zonedInstant } from './zoned-time';

const DIGEST_RELEVANT_HOURS = 24;

export interface DigestMoment {
  date: LocalDate;
  at: Date;
}

/** The latest digest moment at or before `now`, and the first after it; none when `weekday` is 0 (off). */
export function digestMoments(weekday: number, time: LocalTime, timeZone: string, now: Date): { last?: DigestMoment; next?: DigestMoment } {
  if (!Number.isInteger(weekday) || weekday < 1 || weekday > 7 || !isLocalTime(time)) return {};
  const today = localDateOf(now, timeZone);
  const back = (isoWeekday(today) - weekday + 7) % 7;
  const candidate = addDays(today, -back);
  const at = zonedInstant(candidate, time, timeZone);
  const last = at.getTime() <= now.getTime() ? { date: candidate, at } : { date: addDays(candidate, -7), at: zonedInstant(addDays(candidate, -7), time, timeZone) };
  const nextDate = addDays(last.date, 7);
  return { last, next: { date: nextDate, at: zonedInstant(nextDate, time, timeZone) } };
}

/** Whether a run at `now` posts the digest moment `last`, skips it, or had handled it already. */
export function digestDecision(last: DigestMoment | undefined, lastProcessed: Date | undefined, now: Date): 'post' | 'stale' | 'none' {
  if (!last || !lastProcessed || last.at.getTime() <= lastProcessed.getTime()) return 'none';
  return now.getTime() - last.at.getTime() < DIGEST_RELEVANT_HOURS * 3_600_000 ? 'post' : 'stale';
}
