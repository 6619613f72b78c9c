/**
 * The milestones of both review types as data, dated relative to the visit date.
 *
 * Every milestone cites its source and marks the framework steps
 * (`src/domain/framework/review-phases.ts`) it stands for; their `{ nl, en }` texts say what
 * it is, and `src/texts` words the milestone by its id. Where the source gives a number
 * (`offsetBasis: 'source'`), the offset is that number; where it gives none
 * (`offsetBasis: 'default'`), the comment above the milestone says why we chose ours. The
 * coordinator can move any of them (`TimelineOverrides.moved`).
 */
import { dusiVerslag, kwaliteitskader } from '../framework/sources';
import type { ReviewTypeId, TimelineDefinition } from './types';

const PREPARATION = kwaliteitskader('hoofdstuk 3.2 Het proces, Voorbereidende fase');
const EXECUTION = kwaliteitskader('hoofdstuk 3.2 Het proces, Uitvoerende fase');
const WRAP_UP = kwaliteitskader('hoofdstuk 3.2 Het proces, Afrondende fase');

const developmentOriented: TimelineDefinition = {
  reviewTypeId: 'development-oriented',
  phases: [
    // Default: the source gives the preparation no length; it starts four weeks before its
    // first deadline (the critical reflection), about four months before the visit.
    { phaseId: 'development-oriented.preparation', start: { amount: -16, unit: 'weeks' }, startBasis: 'default' },
    // Source: the execution phase is the visit itself.
    { phaseId: 'development-oriented.execution', start: { amount: 0, unit: 'calendar-days' }, startBasis: 'source' },
    // Source: the wrap-up counts from the peer review ("binnen twee weken na"); it starts the day after.
    { phaseId: 'development-oriented.wrap-up', start: { amount: 1, unit: 'calendar-days' }, startBasis: 'source' },
  ],
  milestones: [
    // Default: the reflection is the basis of everything else in the phase (the vraagstukken
    // are formulated "op basis van dit alles"), so it comes first, three months ahead.
    {
      id: 'development-oriented.critical-reflection',
      phaseId: 'development-oriented.preparation',
      kind: 'deadline',
      offset: { amount: -12, unit: 'weeks' },
      offsetBasis: 'default',
      stepIds: ['development-oriented.preparation.critical-reflection'],
      deliverables: ['critical-reflection'],
      source: PREPARATION,
    },
    // Default: two weeks after the reflection they are drawn from.
    {
      id: 'development-oriented.questions',
      phaseId: 'development-oriented.preparation',
      kind: 'deadline',
      offset: { amount: -10, unit: 'weeks' },
      offsetBasis: 'default',
      stepIds: ['development-oriented.preparation.questions'],
      source: PREPARATION,
    },
    // Default: participants follow from the vraagstukken; eight weeks lets them keep the day free.
    {
      id: 'development-oriented.participants',
      phaseId: 'development-oriented.preparation',
      kind: 'deadline',
      offset: { amount: -8, unit: 'weeks' },
      offsetBasis: 'default',
      stepIds: ['development-oriented.preparation.participants'],
      source: PREPARATION,
    },
    // Default: the panel's expertise follows from the vraagstukken too (same moment as the
    // participants); eight weeks gives the other region time to put the panel together.
    {
      id: 'development-oriented.panel',
      phaseId: 'development-oriented.preparation',
      kind: 'deadline',
      offset: { amount: -8, unit: 'weeks' },
      offsetBasis: 'default',
      stepIds: ['development-oriented.preparation.panel'],
      source: PREPARATION,
    },
    // Default: a month ahead, once participants and panel are known.
    {
      id: 'development-oriented.programme',
      phaseId: 'development-oriented.preparation',
      kind: 'deadline',
      offset: { amount: -4, unit: 'weeks' },
      offsetBasis: 'default',
      stepIds: ['development-oriented.preparation.programme'],
      deliverables: ['programme'],
      source: PREPARATION,
    },
    // Default: ten working days (two weeks) before the visit. The panel still has to discuss
    // reflection and vraagstukken and prepare its questions (the step after it), so a
    // holiday must not eat that time: working days, not calendar weeks.
    {
      id: 'development-oriented.send-to-panel',
      phaseId: 'development-oriented.preparation',
      kind: 'deadline',
      offset: { amount: -10, unit: 'working-days' },
      offsetBasis: 'default',
      stepIds: ['development-oriented.preparation.send', 'development-oriented.preparation.panel-input'],
      deliverables: ['critical-reflection', 'programme'],
      source: PREPARATION,
    },
    // Source: the visit, with its dialogue rounds, is the visit date.
    {
      id: 'development-oriented.visit',
      phaseId: 'development-oriented.execution',
      kind: 'event',
      offset: { amount: 0, unit: 'calendar-days' },
      offsetBasis: 'source',
      stepIds: ['development-oriented.execution.dialogue', 'development-oriented.execution.reflection'],
      source: EXECUTION,
    },
    // Source: the visit ends with the joint close (same day). Default time: 16:00, the end
    // of a visit day; the programme the partnership writes can say otherwise.
    {
      id: 'development-oriented.joint-close',
      phaseId: 'development-oriented.execution',
      kind: 'event',
      offset: { amount: 0, unit: 'calendar-days' },
      offsetBasis: 'source',
      time: '16:00',
      stepIds: ['development-oriented.execution.closing'],
      source: EXECUTION,
    },
    // Source: "binnen twee weken na de peer review een verslag", sent to the panel chair.
    {
      id: 'development-oriented.report',
      phaseId: 'development-oriented.wrap-up',
      kind: 'deadline',
      offset: { amount: 2, unit: 'weeks' },
      offsetBasis: 'source',
      stepIds: ['development-oriented.wrap-up.report'],
      source: WRAP_UP,
    },
    // Default: the chair's comments, additions and feedback two weeks after the report.
    {
      id: 'development-oriented.chair-comments',
      phaseId: 'development-oriented.wrap-up',
      kind: 'event',
      offset: { amount: 4, unit: 'weeks' },
      offsetBasis: 'default',
      stepIds: ['development-oriented.wrap-up.report'],
      source: WRAP_UP,
    },
    // Default: two weeks to work the comments in ("daarna maakt … het verslag definitief").
    {
      id: 'development-oriented.final-report',
      phaseId: 'development-oriented.wrap-up',
      kind: 'deadline',
      offset: { amount: 6, unit: 'weeks' },
      offsetBasis: 'default',
      stepIds: ['development-oriented.wrap-up.final-report', 'development-oriented.wrap-up.share-other-regions'],
      source: WRAP_UP,
    },
    // Default: the action points (for the next four years, a number from the source) are
    // set two weeks after the final report they come from.
    {
      id: 'development-oriented.action-points',
      phaseId: 'development-oriented.wrap-up',
      kind: 'deadline',
      offset: { amount: 8, unit: 'weeks' },
      offsetBasis: 'default',
      stepIds: ['development-oriented.wrap-up.action-points'],
      source: WRAP_UP,
    },
    // Source: "Elke vier jaar voeren Onderwijsregio's een ontwikkelingsgerichte peer review
    // uit" (`timing.every` of the review); the action points run until then.
    {
      id: 'development-oriented.next-review',
      phaseId: 'development-oriented.wrap-up',
      kind: 'event',
      offset: { amount: 4, unit: 'years' },
      offsetBasis: 'source',
      stepIds: ['development-oriented.wrap-up.action-points'],
      source: kwaliteitskader('hoofdstuk 3.1 Ontwikkelingsgerichte peer review'),
    },
  ],
};

const DUSI_INTRO = dusiVerslag('hoofdstuk 2 Beoordelingsgerichte peer review, Inleiding');

/**
 * DUS-I sets the real dates of each year's round (concept in January, feedback in
 * January/February, visits in April/May); the defaults below put a mid-April visit in that
 * pattern, and the coordinator moves them to the dates DUS-I sends.
 */
const assessmentOriented: TimelineDefinition = {
  reviewTypeId: 'assessment-oriented',
  phases: [
    // Default: a month before the concept is due, as for the development-oriented review.
    { phaseId: 'assessment-oriented.preparation', start: { amount: -4, unit: 'months' }, startBasis: 'default' },
    // Source: the visit day.
    { phaseId: 'assessment-oriented.visit-day', start: { amount: 0, unit: 'calendar-days' }, startBasis: 'source' },
    // Source: the preliminary advice is drawn up at the end of the visit; the decision phase
    // (assessment meeting, letter, closing conversation) starts the day after.
    { phaseId: 'assessment-oriented.decision', start: { amount: 1, unit: 'calendar-days' }, startBasis: 'source' },
  ],
  milestones: [
    // Default: the source says January with visits in April/May; three months before a
    // mid-April visit is mid-January.
    {
      id: 'assessment-oriented.concept-self-evaluation',
      phaseId: 'assessment-oriented.preparation',
      kind: 'deadline',
      offset: { amount: -3, unit: 'months' },
      offsetBasis: 'default',
      stepIds: ['assessment-oriented.preparation.concept'],
      deliverables: ['self-evaluation'],
      source: DUSI_INTRO,
    },
    // Default: the own questions are prepared "voorafgaand aan het gesprek"; a week before
    // it, so the guiding pair can read them.
    {
      id: 'assessment-oriented.own-questions',
      phaseId: 'assessment-oriented.preparation',
      kind: 'deadline',
      offset: { amount: -11, unit: 'weeks' },
      offsetBasis: 'default',
      stepIds: ['assessment-oriented.preparation.own-questions'],
      source: dusiVerslag('hoofdstuk 2, Bevindingen, Feedbackgesprekken, Het feedbackgesprek'),
    },
    // Default: the source says January/February; ten weeks before a mid-April visit is early February.
    {
      id: 'assessment-oriented.feedback-conversation',
      phaseId: 'assessment-oriented.preparation',
      kind: 'event',
      offset: { amount: -10, unit: 'weeks' },
      offsetBasis: 'default',
      stepIds: ['assessment-oriented.preparation.feedback-conversation'],
      source: DUSI_INTRO,
    },
    // Default: the source says only "voorafgaand aan de bezoeken"; six weeks leaves the panel
    // time to read the dossier and hold its pre-meeting.
    {
      id: 'assessment-oriented.final-dossier',
      phaseId: 'assessment-oriented.preparation',
      kind: 'deadline',
      offset: { amount: -6, unit: 'weeks' },
      offsetBasis: 'default',
      stepIds: ['assessment-oriented.preparation.final-dossier'],
      deliverables: ['self-evaluation', 'id-document', 'cooperation-agreement'],
      source: DUSI_INTRO,
    },
    // Default: after the dossiers are in, before the visit; two weeks before it.
    {
      id: 'assessment-oriented.panel-pre-meeting',
      phaseId: 'assessment-oriented.preparation',
      kind: 'event',
      offset: { amount: -2, unit: 'weeks' },
      offsetBasis: 'default',
      stepIds: ['assessment-oriented.preparation.panel-meeting'],
      source: DUSI_INTRO,
    },
    // Source: the visit date; a presentation, three conversations of 45 minutes (students,
    // teacher educators, board members) and a closing without a verdict.
    {
      id: 'assessment-oriented.visit',
      phaseId: 'assessment-oriented.visit-day',
      kind: 'event',
      offset: { amount: 0, unit: 'calendar-days' },
      offsetBasis: 'source',
      stepIds: [
        'assessment-oriented.visit-day.visit',
        'assessment-oriented.visit-day.presentation',
        'assessment-oriented.visit-day.conversation-students',
        'assessment-oriented.visit-day.conversation-teacher-educators',
        'assessment-oriented.visit-day.conversation-board-members',
        'assessment-oriented.visit-day.closing',
      ],
      source: dusiVerslag('hoofdstuk 2, Bevindingen, Bezoekdagen'),
    },
    // Default: the committee meets after all visits of the round (April/May); four weeks after.
    {
      id: 'assessment-oriented.assessment-meeting',
      phaseId: 'assessment-oriented.decision',
      kind: 'event',
      offset: { amount: 4, unit: 'weeks' },
      offsetBasis: 'default',
      stepIds: ['assessment-oriented.decision.assessment-meeting'],
      source: dusiVerslag('hoofdstuk 2, Bevindingen, De beoordelingsvergadering'),
    },
    // Default: the source says "een aantal weken" after the visit day; six.
    {
      id: 'assessment-oriented.advice-letter',
      phaseId: 'assessment-oriented.decision',
      kind: 'event',
      offset: { amount: 6, unit: 'weeks' },
      offsetBasis: 'default',
      stepIds: ['assessment-oriented.decision.minister'],
      source: dusiVerslag('hoofdstuk 2, Bevindingen, De beoordelingsvergadering; hoofdstuk 4 Evaluatie, Bezoekdagen'),
    },
    // Default: after the letter has arrived; two weeks after it.
    {
      id: 'assessment-oriented.closing-conversation',
      phaseId: 'assessment-oriented.decision',
      kind: 'event',
      offset: { amount: 8, unit: 'weeks' },
      offsetBasis: 'default',
      stepIds: ['assessment-oriented.decision.closing-conversation', 'assessment-oriented.decision.recognition'],
      source: dusiVerslag('hoofdstuk 2, Bevindingen, Afrondende adviesgesprekken'),
    },
  ],
};

export const timelines: readonly TimelineDefinition[] = [developmentOriented, assessmentOriented];

export function getTimeline(reviewTypeId: ReviewTypeId): TimelineDefinition {
  const timeline = timelines.find((t) => t.reviewTypeId === reviewTypeId);
  if (!timeline) throw new RangeError(`no timeline for review type "${reviewTypeId}"`);
  return timeline;
}
