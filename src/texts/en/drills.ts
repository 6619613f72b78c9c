import type { DrillTexts } from '../sections/drills';
import { listWith, plural } from '../words';
import { list } from './words';

const either = listWith('or');
const DAYS = ['', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const date = (d: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short' }).format(new Date(`${d}T12:00:00Z`));

export const drillsEn: DrillTexts = {
  questionHeading: (waarborg, group) => `Practice question · ${waarborg} · ${group}`,
  source: (section) => `_Source: DUS-I report 2024, ${section}_`,
  ownQuestion: '_A question from your own partnership._',
  answerHint: 'Answer as you would tell the panel on the visit day: with a concrete example, who does it together, and how it fits your vision.',
  answerButton: 'Answer',
  laterButton: 'Later',
  promptIntro: (count) =>
    `${count === 1 ? 'Your practice question for the visit day:' : `Your ${count} practice questions for the visit day:`} _(\`pause until <date>\` or \`stop practice\` to sit out for a while)_`,
  noQuestions: 'There are no practice questions for your group (yet).',
  unknownGroupOrWaarborg: (given) => `I don't know "${given}" as a group or waarborg. Try \`practice\`, \`practice students\` or \`practice leeromgeving\`.`,
  noOpenQuestion: 'No practice question is open. Type `practice` for a new one.',
  later: (d) => `Fine, this question comes back from ${date(d)}.`,
  stopped: 'You will get no more practice questions. Type `resume practice` to join again.',
  resumed: 'You are back in the practice questions.',
  pausedUntil: (d) => `No practice questions until ${date(d)}; from that day on again.`,
  badPauseDate: (given) => `I can't read "${given}" as a date. Write, for example, \`pause until 2027-04-20\`.`,
  feedbackTitle: 'Feedback on your answer',
  strength: {
    strong: 'A strong answer: this is what the panel likes to hear.',
    partial: 'Good going; one thing could be stronger.',
    weak: 'This can be a good deal stronger.',
  },
  gap: {
    'no-example': 'Give a concrete example from practice: who, what, when.',
    'intention-not-practice': 'You say what you want to do; the panel asks what already happens now.',
    'no-partners': 'Name who does it together: school and college, mentor, school-based and institute-based educator.',
  },
  example: (has, by) =>
    has
      ? { student: 'You give an example of a student.', practice: 'You give a concrete example from practice.', details: 'Your answer is concrete.' }[by]
      : 'There is no concrete example in it yet.',
  partners: (names, joint) =>
    names.length > 0 ? `You name ${list(names)}${joint ? ', and that you do it together' : ''}.` : joint ? 'You show that you do it together.' : 'You name no partners yet.',
  vision: (links) => (links ? 'You link it to the vision or the image of the profession.' : 'A link to your vision or image of the profession is still missing.'),
  intentions: (phrases) => `Intentions in your answer: ${list(phrases.map((p) => `"${p}"`))}.`,
  touched: (labels) => `Your answer touches ${labels.length === 1 ? 'item' : 'items'} ${list(labels)} of the framework.`,
  draftNone: (label) => `Nothing is chosen yet for item ${label} in your draft (\`draft\`).`,
  draftShared: (label, terms) => `Your draft also speaks of ${list(terms)} at item ${label}: that fits.`,
  draftNoShared: (label) => `Note: at item ${label} your draft uses other key terms than you. The panel looks for consistency between text and conversation.`,
  draftDisagrees: (label, answer, draft) => `Possible contradiction at item ${label}: you say "${answer}", the draft says "${draft}".`,
  draftDoesNot: (label, answer, draft) => `Possible contradiction at item ${label}: you describe "${answer}" as practice, the draft says "${draft}".`,
  modelTitle: (labels) => `A strong answer could sound like this, from your own draft (item ${list(labels)}):`,
  noModel: 'I will make a model answer once the coordinator has chosen text for these items (`choose`).',
  next: (d) => `This question comes back from ${date(d)}.`,
  mineTitle: 'My practice',
  mineGroup: (group) => `You practise for the ${group.toLowerCase()}.`,
  mineBox: (box) => `Box ${box}`,
  mineUnseen: (count) => `Not practised yet: ${plural(count, 'question', 'questions')}.`,
  mineAnswers: (count, strong) => `You gave ${plural(count, 'answer', 'answers')}, ${strong} of them strong.`,
  mineStatus: (status, d) =>
    status === 'stopped'
      ? 'You stopped the practice questions (`resume practice`).'
      : status === 'paused'
        ? `Paused until ${date(d!)}.`
        : status === 'no-plan'
          ? 'No practice plan is running; `practice` still gives you a question at once.'
          : 'You get practice questions on the practice plan.',
  proposeUsage: 'Write: `vraag toevoegen <group> <waarborg> <question>`, for example `vraag toevoegen students organisatie Who is your contact at school?`',
  proposed: (n) => `Thank you! Your question waits for the coordinator as number ${n}.`,
  questionsTitle: 'Own practice questions',
  noOwnQuestions: 'No own questions were proposed yet (`vraag toevoegen`).',
  questionLine: (q) => `${q.number}. [${q.status}] ${q.group} · ${q.waarborg}: ${q.text} _(${q.by})_`,
  questionDone: (n, what) => `Question ${n} is ${what === 'accept' ? 'accepted' : what === 'retire' ? 'retired' : 'edited'}.`,
  questionUnknown: (given) => `I don't know question "${given}". Type \`questions\` for the list.`,
  questionNotNow: (n) => `That is no longer possible with question ${n}.`,
  questionConflict: (n) => `Question ${n} was just changed by someone else. Type \`questions\` and try again.`,
  notCoordinator: 'Only a coordinator of the partnership can do that.',
  planTitle: 'Practice plan',
  planOff: 'The practice plan is off. Coordinator: `oefenplan aan`.',
  planNoVisitDate: 'First set the visit date on the partnership (`partnership edit`).',
  planSummary: (p) =>
    `From ${date(p.start)} to ${date(p.end)}, on ${list(p.weekdays.map((d) => DAYS[d]!))} at ${p.time} (${p.timeZone}), ${plural(p.perWeek, 'question', 'questions')} a week, ${p.where === 'dm' ? 'by direct message' : 'in the channel'}. Public holidays and holiday periods are skipped.`,
  planNext: (dates) => (dates.length === 0 ? 'No practice moments are left.' : `Next moments: ${list(dates.map(date))}.`),
  planProblems: (problems) => `That plan does not work: ${problems.join(', ')}.`,
  planUsage: 'Coordinator: `oefenplan aan` (on), `oefenplan uit` (off), `oefenplan dagen di do`, `oefenplan tijd 16:00`, `oefenplan per-week 3`, `oefenplan start 2027-03-01`, `oefenplan kanaal` (in a channel) or `oefenplan dm`, per group `practiceplan group students channel` (in the group channel) or `practiceplan group students dm`, `oefenplan holiday 2027-04-24 2027-05-02` (or `holiday clear`), `oefenplan zone Europe/Amsterdam`, `oefenplan good-friday on`, `oefenplan group Career changers students` (a group of your own; members choose it with `mijn groep Career changers`), `practiceplan group educators member Sam` (assign someone) and `practiceplan groups` (who practises where).',
  memberSet: (name, group) => `${name} now practises for the ${group.toLowerCase()}.`,
  memberReset: (name, group) => `${name} practises for their role's group again: the ${group.toLowerCase()}.`,
  memberUnknown: (given, known) => `"${given}" is not among the participants.${known.length > 0 ? ` Participants: ${list(known)}.` : ''}`,
  memberAmbiguous: (given, matches) => `"${given}" could be ${either(matches)}. Type the full name.`,
  memberUsage:
    'Coordinator: `practiceplan group <group> member <name>` puts someone in a group (for example `practiceplan group educators member Sam de Vries`), `practiceplan group default member <name>` puts them back in their role\'s group; `practiceplan groups` shows who practises in which group.',
  groupsTitle: 'Practice groups',
  groupLine: (group, members, where) =>
    `**${group}** (${where === 'dm' ? 'direct message' : 'in the channel'}): ${members.length === 0 ? 'nobody yet' : list(members.map((m) => (m.assigned ? `${m.name} (assigned)` : m.name)))}`,
  planSwitchedOn: 'The practice plan is on.',
  planSwitchedOff: 'The practice plan is off; no more practice questions go out.',
  skipReason: {
    superseded: 'overtaken by a later moment',
    'visit-day-reached': 'the visit day had begun',
    'outside-working-hours': 'missed outside working hours',
  },
  readinessTitle: 'Readiness per group and waarborg',
  readinessBar: (group, waarborg) => `${group} · ${waarborg}`,
  readinessLine: (p) =>
    `${plural(p.answered, 'question', 'questions')} practised by ${plural(p.people, 'person', 'people')}; ${p.strong} strong; ${p.mismatches} times other words than, or a contradiction with, the draft`,
  readinessNone: 'Nobody has practised yet.',
  unreachableReport: (lines) =>
    `I could not send these participants their practice question:\n${lines.map((l) => `- ${l}`).join('\n')}\nAsk them to open the app or send the bot a message; \`delivery\` shows what else did not arrive.`,
  readinessUnreachable: (lines) => `Not reached (the last week, see also \`delivery\`):\n${lines.map((l) => `- ${l}`).join('\n')}`,
  mockTitle: (group) => `Mock visit: ${group.toLowerCase()}`,
  mockIntro: (minutes, endsAt) => `As on the visit day: ${minutes} minutes, until ${endsAt}. Answer the questions here together, each in your own words.`,
  mockQuestion: (n, waarborg, text) => `${n}. _${waarborg}_: ${text}`,
  mockHint: 'Answer with `answer <no> <your answer>`, for example `answer 2 We discuss …`. Done? `mock done`.',
  mockNoted: (n, name) => `Noted: question ${n}, ${name}.`,
  mockUnknownNumber: (given, count) => `"${given}" is not a question of this round (1 to ${count}).`,
  mockNotOpen: 'No mock visit is running here. Start one with `mock [group]`.',
  mockRunning: (endsAt) => `A mock visit is already running here, until ${endsAt}.`,
  mockTimeUp: 'Time is up. Here is the summary:',
  mockSummaryTitle: 'Mock visit summary',
  mockCovered: (names) => (names.length > 0 ? `Waarborgen discussed: ${list(names)}.` : 'No question was answered.'),
  mockNotCovered: (names) => `Not discussed: ${list(names)}.`,
  mockUnanswered: (numbers) => `No answer: ${numbers.length === 1 ? 'question' : 'questions'} ${list(numbers.map(String))}.`,
  mockExamples: (concrete, total, people) => `${plural(people, 'person', 'people')} gave ${plural(total, 'answer', 'answers')}; ${concrete} with a concrete example.`,
  mockDivergence: (n, a, sa, b, sb) => `Question ${n}: ${a} says "${sa}", ${b} says "${sb}". Talk together about how it really is: the panel looks for consistency between the conversations.`,
  mockNoDivergence: 'The answers contradict each other nowhere.',
  date,
};
