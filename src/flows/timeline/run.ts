// One run of a partnership's timeline at `now`: under the settings row's lock
// (one run or change per partnership at a time, on every instance), the
// notifications due since the last run under the catch-up rule
// (src/domain/timeline/notifications.ts), each claimed by its key in
// timeline_notification in the same transaction as its post, so a key is posted
// at most once whoever runs it; then the weekly digest; then lastProcessed,
// the schedule's basis and when to run next.
//
// Skipped moments are recorded with their reason (`skipped:stale`, …) in the
// same table: that row is the log line of the rule, kept with the partnership.
import type { OutboxWriter } from '../../core/ports';
import type { Platform } from '../../core/turn';
import type { Partnership } from '../../domain/partnership';
import { digestDecision, digestMoments, notificationsDue, type Schedule } from '../../domain/timeline';
import type { TimelineSettings } from '../../domain/timeline/repository';
import { textsFor } from '../../texts';
import type { FlowScope } from '../context';
import { CHANNEL_LOCALE, postUpdate } from './deliver';
import { digestMessage } from './digest';
import { publishHomes } from './home-view';
import { notificationMessage } from './render';
import { basisOf, sameBasis, scheduleFrom } from './schedule';

export interface TimelineRunReport {
  posted: string[];
  skipped: Array<{ key: string; reason: string }>;
  nextRunAt: Date | null;
}

const NOTHING: TimelineRunReport = { posted: [], skipped: [], nextRunAt: null };

export async function runTimeline(scope: FlowScope, outbox: OutboxWriter, platform: Platform, partnershipId: string, now: Date): Promise<TimelineRunReport> {
  const settings = await scope.timelines.lock(partnershipId).catch(() => undefined);
  const partnership = settings && (await scope.partnerships.get(partnershipId));
  if (!settings || !partnership) return NOTHING;
  return runLocked(scope, outbox, platform, partnership, settings, now);
}

/**
 * As runTimeline, for a caller that holds the lock already. `changed`: the coordinator just
 * changed the timeline, so the members' home views are published again even if nothing is posted.
 */
export async function runLocked(
  scope: FlowScope,
  outbox: OutboxWriter,
  platform: Platform,
  partnership: Partnership,
  settings: TimelineSettings,
  now: Date,
  changed = false,
): Promise<TimelineRunReport> {
  const basis = basisOf(partnership, settings);
  if (!basis) {
    // No visit date: nothing to post; the next change of it runs again. The home views still follow the answers.
    const homes = changed || settings.homeStaleSince !== null;
    await scope.timelines.update(partnership.id, {
      nextRunAt: null,
      ...(settings.lastProcessed ? {} : { lastProcessed: now }),
      ...(homes ? { homeStaleSince: null } : {}),
    });
    if (homes) await publishHomes(scope, outbox, platform, partnership, now);
    return NOTHING;
  }
  // Another instance's clock may be ahead: never move lastProcessed back.
  const at = settings.lastProcessed && settings.lastProcessed > now ? settings.lastProcessed : now;
  const schedule = scheduleFrom(basis, settings.overrides.done, at);
  const lastProcessed = settings.lastProcessed ?? undefined;
  const previous: Schedule | undefined =
    settings.basis && lastProcessed && !sameBasis(settings.basis, basis) ? scheduleFrom(settings.basis, settings.overrides.done, lastProcessed) : undefined;
  const run = notificationsDue({ schedule, partnershipId: partnership.id, lastProcessed, ...(previous ? { previous } : {}) });

  const report: TimelineRunReport = { posted: [], skipped: [], nextRunAt: null };
  const t = textsFor(CHANNEL_LOCALE).timeline;
  for (const moment of run.due) {
    if (!(await scope.timelines.claim(partnership.id, { key: moment.key, kind: moment.kind, outcome: 'posted', at }))) continue;
    await postUpdate(scope, outbox, partnership, settings, [notificationMessage(t, schedule, moment)], at);
    report.posted.push(moment.key);
  }
  for (const skipped of run.skipped) {
    if (await scope.timelines.claim(partnership.id, { key: skipped.key, kind: skipped.kind, outcome: `skipped:${skipped.reason}`, at })) {
      report.skipped.push({ key: skipped.key, reason: skipped.reason });
    }
  }

  const digest = digestMoments(settings.digest.weekday, settings.digest.time, schedule.timeZone, at);
  const live = schedule.progress !== 'finished';
  const decision = live ? digestDecision(digest.last, lastProcessed, at) : 'none';
  if (decision !== 'none' && digest.last) {
    const key = `${partnership.id}:digest:${digest.last.date}`;
    const outcome = decision === 'post' ? 'posted' : 'skipped:stale';
    if (await scope.timelines.claim(partnership.id, { key, kind: 'digest', outcome, at })) {
      if (decision === 'post') {
        await postUpdate(scope, outbox, partnership, settings, [await digestMessage(scope, partnership, schedule, CHANNEL_LOCALE)], at);
        report.posted.push(key);
      } else report.skipped.push({ key, reason: 'stale' });
    }
  }

  const candidates = [run.next, live ? digest.next?.at : undefined].filter((d): d is Date => d !== undefined);
  report.nextRunAt = candidates.length === 0 ? null : new Date(Math.min(...candidates.map((d) => d.getTime())));
  const homes = changed || report.posted.length > 0 || settings.homeStaleSince !== null;
  await scope.timelines.update(partnership.id, { lastProcessed: at, basis, nextRunAt: report.nextRunAt, ...(homes ? { homeStaleSince: null } : {}) });
  if (homes) await publishHomes(scope, outbox, platform, partnership, at);
  return report;
}
