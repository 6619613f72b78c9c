import { framework } from '../../domain/framework';
import type { TimelineTexts } from '../sections/timeline';
import { list } from './words';

const milestones: Record<string, string> = {
  'development-oriented.critical-reflection': 'Critical reflection on the four waarborgen',
  'development-oriented.questions': 'Vraagstukken for the panel',
  'development-oriented.participants': 'Who takes part',
  'development-oriented.panel': 'Visiting Onderwijsregio and the panel’s expertise',
  'development-oriented.programme': 'Visit programme',
  'development-oriented.send-to-panel': 'Reflection and programme sent to the panel',
  'development-oriented.visit': 'Peer review: visit with dialogue rounds',
  'development-oriented.joint-close': 'Joint close',
  'development-oriented.report': 'Report to the panel chair',
  'development-oriented.chair-comments': 'Panel chair’s comments',
  'development-oriented.final-report': 'Final report',
  'development-oriented.action-points': 'Action points for the next four years',
  'development-oriented.next-review': 'Next peer review',
  'assessment-oriented.concept-self-evaluation': 'Concept self-evaluation',
  'assessment-oriented.own-questions': 'Own questions for the feedback conversation',
  'assessment-oriented.feedback-conversation': 'Feedback conversation',
  'assessment-oriented.final-dossier': 'Final dossier: self-evaluation, ID document, cooperation agreement',
  'assessment-oriented.panel-pre-meeting': 'Panel pre-meeting',
  'assessment-oriented.visit': 'Visit day: three 45-minute conversations',
  'assessment-oriented.assessment-meeting': 'Assessment meeting',
  'assessment-oriented.advice-letter': 'Advice letter',
  'assessment-oriented.closing-conversation': 'Closing conversation',
};

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const dateFormat = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });
const phaseName = (id: string) => framework.reviews.flatMap((r) => r.phases).find((p) => p.id === id)?.name.en ?? id;

export const timelineEn: TimelineTexts = {
  milestone: (id, ownTitle) => ownTitle ?? milestones[id] ?? id,
  phase: phaseName,
  reviewType: (id) => framework.reviews.find((r) => r.id === id)?.name.en ?? id,
  date: (date) => dateFormat.format(new Date(`${date}T12:00:00Z`)),
  weekday: (n) => WEEKDAYS[n - 1] ?? '',
  weekdayWords: WEEKDAYS.map((day) => day.toLowerCase()),
  notification: {
    post: (kind, subject, date) => {
      switch (kind) {
        case 'phase-started':
          return `📣 The **${subject}** starts today.`;
        case 'deadline-in-7-days':
          return `⏳ In a week, ${date}: **${subject}**.`;
        case 'deadline-in-1-day':
          return `⏰ Tomorrow, ${date}: **${subject}**.`;
        case 'deadline-passed':
          return `⚠️ **${subject}** was due on ${date} and has not been marked done. Done? The coordinator types \`timeline done\` with its number.`;
      }
    },
    done: (milestone, by) => `✅ **${milestone}** is done (marked by ${by}).`,
    viaDm: (partnership) => `_For ${partnership}; there is no updates channel yet._`,
    channelHint:
      'I am sending the timeline’s updates to you because your partnership has no channel for them yet. ' +
      'Invite me to the partnership’s channel and type `@peerreview timeline channel` there; they will go there from then on.',
  },
  onlyCoordinator: (coordinators) =>
    coordinators.length === 0
      ? 'Only a coordinator of the partnership can change the timeline.'
      : `Only a coordinator of the partnership can change the timeline: ask ${list(coordinators)}.`,
  planning: {
    title: (name) => `Timeline of ${name}`,
    summary: (type, visit, zone) => `${type}. Visit: **${visit}** (time zone ${zone}).`,
    noVisitDate: 'There is no visit date yet. The coordinator sets it with `timeline visit 2027-05-11`.',
    done: 'done',
    overdue: 'overdue',
    movedFrom: (date) => `moved, was ${date}`,
    own: 'own milestone',
    holidays: (periods) => (periods.length === 0 ? 'Holidays: none.' : `Holidays: ${periods.join('; ')}.`),
    channel: (id) => (id ? `Updates go to channel <#${id}>.` : 'Updates go to the coordinators (no channel yet).'),
    digest: (weekday, time) => (weekday === 0 ? 'Weekly digest: off.' : `Weekly digest: every ${WEEKDAYS[weekday - 1]} at ${time}.`),
    coordinatorHelp:
      'To change (coordinator): `timeline move <nr> <date>`, `timeline done <nr>`, `timeline add <date> <title>`, ' +
      '`timeline visit <date>`, `timeline type development|assessment`, `timeline zone <zone>`, ' +
      '`timeline holiday <from> <to>` (or `timeline holiday clear`), `timeline channel` (in the channel), `timeline digest <day> <time>` (or `off`).',
    usage: 'I do not know that after `timeline`. Type `timeline` for the timeline and what you can change.',
    moved: (m, date) => `**${m}** is now on ${date}.`,
    markedDone: (m) => `**${m}** is marked done.`,
    alreadyDone: (m) => `**${m}** was done already.`,
    added: (title, date, phase) => `Added: **${title}** on ${date} (${phase}).`,
    visitDateSet: (date) => `The visit date is now ${date}; every date has been recalculated.`,
    reviewTypeSet: (type) => `The review type is now: ${type}.`,
    timeZoneSet: (zone) => `The time zone is now ${zone}.`,
    holidayAdded: (from, to) => `Holiday added: ${from} to ${to}, both included. Working days skip it.`,
    holidaysCleared: 'Every holiday has been cleared.',
    channelSet: 'This channel gets the timeline’s updates from now on.',
    channelInDm: 'Type this in the channel that should get the updates (with @peerreview in front).',
    digestSet: (weekday, time) => `The weekly digest comes every ${WEEKDAYS[weekday - 1]} at ${time} from now on.`,
    digestOff: 'There will be no weekly digest any more.',
    unknownMilestone: (given) => `I do not know milestone "${given}". Type \`timeline\` for the numbers.`,
    badDate: (given) => `"${given}" is not a date. Write, for example, 2027-05-11 or 11-5-2027.`,
    badZone: (given) => `"${given}" is not a time zone I know. For example: Europe/Amsterdam.`,
    badReviewType: (given) => `"${given}" is not a review type: choose development or assessment.`,
    badDigest: (given) => `I do not understand "${given}". Write, for example, \`timeline digest monday 09:00\` or \`timeline digest off\`.`,
    badHoliday: 'Write a holiday as `timeline holiday 2027-02-15 2027-02-19` (first and last day, both included).',
    needsVisitDate: 'Set the visit date first: `timeline visit <date>`.',
    noTitle: 'Give the milestone a title: `timeline add 2027-03-01 Dress rehearsal`.',
  },
  status: {
    title: (name) => `Status of ${name}`,
    phase: (phase) => `Phase: **${phase}**`,
    notStarted: (date) => `The review starts ${date}.`,
    finished: 'The review is finished.',
    noVisitDate: 'There is no visit date yet, so no timeline. The coordinator sets it with `timeline visit <date>`.',
    nextDeadlines: 'Next deadlines',
    noDeadlines: 'No open deadlines left.',
    deadline: (m, date, overdue) => `- ${date}: ${m}${overdue ? ' (overdue)' : ''}`,
    progress: 'Progress',
    waarborgBar: (n, name) => `${n}. ${name}: items answered`,
    groupBar: (group) => `${group}: items answered`,
    words: (words, limit) => `${words} of ${limit} words`,
    empty: (labels) => `Still empty: ${labels.join(', ')}`,
    noneEmpty: 'No empty items left.',
    readiness: 'Readiness: chosen texts per assessment criterion',
    criteria: ['concrete', 'coherence', 'practice', 'jointness'],
    readinessRow: (n, name, cells, chosen) => `**${n} ${name}**: ${cells.join(' · ')} (of ${chosen} chosen)`,
    vraagstukken: 'Vraagstukken for the panel',
    region: (region, count) => `${region}: ${count === 1 ? '1 partnership' : `${count} partnerships`}`,
    regionLine: (name, phase, next, chosen, items) => `- **${name}**: ${phase}; next: ${next}; ${chosen} of ${items} items chosen`,
    notRegionLead:
      'The region view is for the Onderwijsregio’s quality lead. A coordinator of a partnership in the region appoints them with `status region appoint <name>`.',
    regionAppointed: (name, region) => `${name} now follows every partnership of ${region} with \`status region\`.`,
    regionUnknownPerson: (name) => `I do not know exactly one person called "${name}" in this workspace. Have them say something to me first, and use their name as Slack or Teams shows it.`,
    regionOnlyCoordinator: (coordinators) =>
      coordinators.length === 0 ? 'Only a coordinator appoints the region’s quality lead.' : `Only a coordinator appoints the region’s quality lead: ask ${list(coordinators)}.`,
    none: 'none',
    noDates: 'no visit date yet',
    noneInRegion: 'I know no partnerships in your region.',
    open: 'open',
    buttons: { planning: 'Timeline', digest: 'Digest now' },
  },
  digest: {
    top: (name, phase, open, overdue) =>
      `🗓️ Weekly digest ${name}: phase ${phase}, ${open === 1 ? '1 open milestone' : `${open} open milestones`}${overdue > 0 ? `, ${overdue} overdue` : ''}. Details in the thread.`,
    details: 'Details',
    openMilestones: 'Open milestones',
    sentNow: (where) => (where === 'channel' ? 'The weekly digest is in the channel now.' : 'The weekly digest went to the coordinators (there is no channel yet).'),
  },
  vraagstuk: {
    proposed: (n) => `Vraagstuk ${n} is on the list. The coordinator selects and orders them with \`vraagstuk choose <nrs>\`.`,
    list: 'Vraagstukken',
    none: 'There are no vraagstukken yet. Propose one with `vraagstuk <text>`.',
    selected: 'selected',
    usage: 'Write `vraagstuk <your question for the panel>`; `vraagstukken` shows the list.',
    onlyDevelopment: 'Vraagstukken belong to the development-oriented peer review.',
    ordered: (numbers) => `Selected, in this order: ${numbers.join(', ')}.`,
    badOrder: (given) => `"${given}" are not numbers of vraagstukken on the list.`,
    exportHeading: 'Vraagstukken for the visiting panel',
    onlyCoordinatorChooses: (coordinators) =>
      coordinators.length === 0 ? 'Only a coordinator selects the vraagstukken.' : `Only a coordinator selects the vraagstukken: ask ${list(coordinators)}.`,
    line: (n, text, by, position) => `${n}. ${text} _(${by})_${position === null ? '' : ` · **selected as ${position}**`}`,
  },
};
