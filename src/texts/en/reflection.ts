import type { ReflectionTexts } from '../sections/reflection';
import { perspectiveEn } from './perspectives';
import { list } from './words';

export const reflectionEn: ReflectionTexts = {
  overviewTitle: 'Reflection per waarborg',
  overviewIntro:
    'Choose a waarborg. I walk you through the points that must at least be visible, one question at a time; ' +
    'I store every answer at once.',
  progressTitle: 'Your progress per waarborg',
  waarborgProgress: (waarborg, others) =>
    others === 0 ? waarborg : `${waarborg} (others: ${others} ${others === 1 ? 'contribution' : 'contributions'})`,
  waarborgButton: (waarborg, done, total) => `${waarborg} (${done}/${total})`,
  chooseWaarborg: 'Choose a waarborg:',
  unknownWaarborg: (given) => `I don't know "${given}" as a waarborg. Choose one:`,
  openNow: (waarborg, item, total) => `You are at ${waarborg}, point ${item} of ${total}. Type \`continue\` to carry on.`,
  start: (waarborg, total) =>
    `Let's go through the ${total} points of ${waarborg}. I store every answer at once; ` +
    'type `pause` to carry on later, `back` for the previous point or `progress` for your overview.',

  itemHeading: (waarborg, item, total) => `${waarborg} · point ${item} of ${total}`,
  theme: (names) => `_${names.length > 1 ? 'Themes' : 'Theme'}: ${names.join(' · ')}_`,
  lookFor: (hint) => `**What the committee looks for:** ${hint}`,
  othersWrote: (people) => `Also written about this by: ${list(people)}.`,
  person: (name, role) => `${name} (${role})`,
  yourAnswer: '**Your answer so far.** A new answer replaces it; skip to leave it as it is.',
  answerPrompt: 'Type your answer: what happens today, who does it together, and what does a student notice? Or choose:',
  answerAgainPrompt: 'Type a new answer, or choose:',
  progressLabel: (waarborg) => `Your progress ${waarborg}`,
  skipButton: 'Skip',
  backButton: 'Back',
  pauseButton: 'Pause',
  continueButton: 'Continue',

  saved: (name, role) => `**Saved** as a contribution by ${name} (${role}).`,
  added: '**Addition saved** with your answer.',
  criteriaTitle: 'What your answer shows on the four assessment criteria:',
  criterionLine: (covered, name, reason) => `- ${covered ? '✓' : '✗'} **${name}**: ${reason}`,
  reasons: {
    'specific-details': 'names concretely who, what, when or how many',
    'details-with-student-example': 'concrete details and an example of what a student does or experiences',
    'details-with-example': 'concrete details and an example from practice: who does what, and when',
    'too-general': 'still general; name who, what, when and how many',
    'links-other-waarborg': 'links to another waarborg',
    'no-link': 'no link to the other waarborgen yet',
    'current-practice-with-example': 'describes what happens today, with an example from practice',
    'current-practice-with-detail': 'describes concretely what happens today',
    'only-intentions': 'mostly describes plans, not yet what happens today',
    'no-practice-detail': 'does not yet show what happens in practice today',
    'both-partner-sides': 'school and teacher college carry it out together',
    'joint-wording': 'the partners do it together',
    'separate-work': 'the partners still work separately here',
    'partners-not-together': 'names roles, but not school and teacher college together',
    'no-partners': 'does not yet name who carries it out',
    negated: 'you write that this does not happen; say what does happen, and who does it',
    'not-yet': 'you write that this does not happen yet; what does happen today?',
    'empty-answer': 'no answer yet',
  },
  linkedWith: (waarborgen) => `links to ${list(waarborgen)}`,
  negatedWith: (words) => `you write "${words}": that does not count as what happens; say what does happen, and who does it`,
  notYetWith: (words) => `you write "${words}": an honest gap, not practice yet; what does happen today?`,
  switchAsk: (open, item, wanted) =>
    `${open} is still open here, at item ${item}. Do you want to go on with it, or start ${wanted} now? Your answers on ${open} are kept; you can go on with it later.`,
  switchKeep: (open) => `Go on with ${open}`,
  switchTo: (wanted) => `Start ${wanted}`,
  movedToPrivate:
    "You write a reflection in a personal conversation with me: here in the channel I only hear your answers when you mention me. I sent you a message; we'll go on there.",
  privateStart: (waarborg) =>
    `Write your reflection${waarborg ? ` on ${waarborg}` : ''} here. Only you and I see this conversation; your answers go into the partnership's draft. Click to begin.`,
  privateStartButton: 'Begin here',
  followUpFor: (waarborg, item, total) => `*Follow-up on ${waarborg}, item ${item} of ${total}*`,
  followUpHint: '_What you type now, I add to your answer on this item._',
  dontKnowNoted:
    "Noted: you don't know (yet). That is an answer too: in the overview of the answers the coordinator sees " +
    'where this is not yet visible to you. Let us go on.',
  perspectiveTitle: '*Asked from where you stand*',
  perspective: perspectiveEn,
  declineButton: 'No, continue',
  declined: "Fine, I won't ask about that again.",
  emptyFollowUp: 'I got no answer to the question. Type your addition, or choose "No, continue".',
  tooLongTogether: (max) =>
    `With this addition your answer would be longer than ${max} characters. Make the addition shorter, ` +
    'or rewrite the whole answer with `revise [number]`. Nothing was changed.',

  skipped: (item) => `Point ${item} skipped.`,
  keptAnswer: (item) => `Your answer to point ${item} stays as it was.`,
  firstItem: 'This is the first point; there is nothing before it.',
  paused: (waarborg, item) =>
    `Paused at ${waarborg}, point ${item}. Everything you wrote is saved. ` +
    'Type `continue` or `reflect` whenever you want to carry on, also later.',
  pausedReminder: 'Your reflection is paused, so I did not save this. Type `continue` to carry on.',
  resumed: (waarborg, item) => `Welcome back to ${waarborg}, point ${item}.`,
  stopped: 'Stopped. Your answers are saved; with `reflect` you carry on later at the first open point.',
  notOpen: 'No reflection is open here. Type `reflect` to choose a waarborg.',
  staleButton: 'That button belongs to an earlier question. This is where you are now:',
  staleNoReflection: 'That button belongs to a reflection that is no longer open here. Type `reflect` to carry on.',
  reviseWhich: 'Which point do you want to revise? Type `revise [number]`:',
  reviseBadNumber: (given, total) => `"${given}" is not a point of this waarborg. Choose a number from 1 to ${total}.`,

  conflictTitle: 'You have also changed this point somewhere else in the meantime.',
  conflictStored: '**What is saved now:**',
  conflictYours: '**What you wrote here:**',
  conflictQuestion: 'Which one do you want to keep? Until you choose, the saved text stays.',
  conflictPending: 'First choose which text you want to keep.',
  keepStoredButton: 'Keep the saved text',
  useMineButton: 'Use my text',
  addMineButton: 'Add my addition',
  keepBothButton: 'Keep both',
  keptStored: 'The saved text stays.',
  mergeEditButton: 'Merge and edit',

  editTitle: 'Edit answer',
  editSubmit: 'Save',
  editField: (label, item) => `${label}. ${item}`,
  editTooLong: (max) =>
    `Your answer is longer than ${max} characters, more than the form can show. Here it is in full: copy what you want to keep into the form.`,
  editChoose: 'Edit an answer:',
  editButton: (label) => `Edit ${label}`,
  editNothing: (label) => `You have not written anything on point ${label} yet. Type \`reflect\` to answer it.`,
  editUnchanged: (label) => `Your answer to point ${label} is already saved like this. Nothing changed.`,
  editEmpty: 'The form was empty. Your saved answer stays as it is.',
  editFormSentPrivately: 'You edit your answer in a personal chat with me, not in the channel: I have sent you the form.',
  editSavedPrivately: (label) => `Item ${label} is saved. What I have to say about it, I have sent you personally.`,
  editChangedPrivately: (label) => `Your answer to item ${label} had changed in the meantime. I have sent you both texts personally, to merge.`,

  summaryTitle: (waarborg) => `${waarborg}: overview`,
  summaryCounts: (answered, skipped, open, total) =>
    `You answered ${answered} of the ${total} points` +
    (skipped > 0 ? `, skipped ${skipped}` : '') +
    (open > 0 ? `, ${open} still open` : '') +
    '.',
  summaryItem: (item, text, status) => `- ${item}. ${text}: ${status}`,
  statusSkipped: 'skipped',
  statusOpen: 'not answered yet',
  criterionMark: (covered, name) => `${covered ? '✓' : '✗'} ${name}`,
  criterionShort: { concrete: 'concrete', coherence: 'coherence', practice: 'practice', jointness: 'together' },
  summaryRevise: 'Want to change something? Choose "Edit" next to a point, or type `revise [number]` to answer it again. Pick up skipped points with `continue`.',
  otherWaarborgen: 'Carry on with another waarborg:',
  finishedHint: (waarborg) =>
    `Your reflection on ${waarborg} is complete. Type \`revise [number]\` to change something, or choose another waarborg with \`reflect\`.`,

  list,
};
