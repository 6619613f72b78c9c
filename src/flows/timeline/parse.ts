// What people type after `planning`: dates, milestone references, weekdays.
import { foldCase, isIsoDate } from '../../core/text';
import type { Schedule, ScheduledMilestone } from '../../domain/timeline';

/** `2027-05-11`, `11-5-2027` or `11/5/2027` as a local date; undefined when it is none. */
export function parseDate(text: string | undefined): string | undefined {
  if (!text) return undefined;
  if (isIsoDate(text)) return text;
  const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text);
  if (!dutch) return undefined;
  const iso = `${dutch[3]}-${dutch[2]!.padStart(2, '0')}-${dutch[1]!.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : undefined;
}

/** A milestone by its number in `planning`, its id, or its id without the review type (`final-dossier`). */
export function findMilestone(schedule: Schedule, given: string | undefined): ScheduledMilestone | undefined {
  if (!given) return undefined;
  if (/^\d+$/.test(given)) return schedule.milestones[Number(given) - 1];
  const wanted = foldCase(given);
  return schedule.milestones.find((m) => m.id === wanted || m.id.slice(m.id.indexOf('.') + 1) === wanted);
}

/** `maandag` / `monday` / `ma` / `mon` as an ISO weekday, from the words of both languages. */
export function parseWeekday(given: string, ...wordLists: ReadonlyArray<readonly string[]>): number | undefined {
  const wanted = foldCase(given);
  if (wanted.length < 2) return undefined;
  for (const words of wordLists) {
    const index = words.findIndex((word) => word === wanted || word.startsWith(wanted));
    if (index >= 0) return index + 1;
  }
  return undefined;
}

/** A kebab-case id for a coordinator's own milestone, unique among `taken`. */
export function ownMilestoneId(title: string, taken: ReadonlySet<string>): string {
  const slug = foldCase(title).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40).replace(/-+$/, '') || 'milestone';
  let id = `own.${slug}`;
  for (let n = 2; taken.has(id); n++) id = `own.${slug}-${n}`;
  return id;
}
