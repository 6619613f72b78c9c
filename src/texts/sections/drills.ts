// Practice drills before the visit day: prompts, feedback, the person's own
// progress, own questions, the plan and readiness. The domain
// (src/domain/drills) returns facts and codes; these word them.
import type { AnswerGap, AnswerStrength, DrillPlanProblem, MissedPromptReason } from '../../domain/drills';

export interface DrillTexts {
  /** The question as it is asked: the group, the waarborg, the question and its source. */
  questionHeading: (waarborgName: string, groupName: string) => string;
  /** Where a framework question comes from (DUS-I verslag, bijlage 4). */
  source: (section: string) => string;
  ownQuestion: string;
  answerHint: string;
  answerButton: string;
  laterButton: string;
  /** The job's prompt: how many questions follow. */
  promptIntro: (count: number) => string;
  noQuestions: string;
  unknownGroupOrWaarborg: (given: string) => string;
  noOpenQuestion: string;
  later: (date: string) => string;
  stopped: string;
  resumed: string;
  pausedUntil: (date: string) => string;
  badPauseDate: (given: string) => string;
  /** Feedback on an answer. */
  feedbackTitle: string;
  strength: Record<AnswerStrength, string>;
  gap: Record<AnswerGap, string>;
  /** `by`: a student's example, another actor's, or only concrete details. */
  example: (has: boolean, by: 'student' | 'practice' | 'details') => string;
  partners: (names: readonly string[], jointness: boolean) => string;
  vision: (links: boolean) => string;
  intentions: (phrases: readonly string[]) => string;
  touched: (labels: readonly string[]) => string;
  draftNone: (label: string) => string;
  draftShared: (label: string, terms: readonly string[]) => string;
  draftNoShared: (label: string) => string;
  draftDisagrees: (label: string, answerSentence: string, draftSentence: string) => string;
  draftDoesNot: (label: string, answerSentence: string, draftSentence: string) => string;
  modelTitle: (labels: readonly string[]) => string;
  noModel: string;
  next: (date: string) => string;
  /** `mijn oefening`. */
  mineTitle: string;
  mineGroup: (groupName: string) => string;
  mineBox: (box: number) => string;
  mineUnseen: (count: number) => string;
  mineAnswers: (count: number, strong: number) => string;
  mineStatus: (status: 'active' | 'stopped' | 'paused' | 'no-plan', date?: string) => string;
  /** Own questions. */
  proposeUsage: string;
  proposed: (number: number) => string;
  questionsTitle: string;
  noOwnQuestions: string;
  questionLine: (q: { number: number; status: 'proposed' | 'accepted' | 'retired'; group: string; waarborg: string; text: string; by: string }) => string;
  questionDone: (number: number, what: 'accept' | 'retire' | 'edit') => string;
  questionUnknown: (given: string) => string;
  questionNotNow: (number: number) => string;
  questionConflict: (number: number) => string;
  notCoordinator: string;
  /** The plan. */
  planTitle: string;
  planOff: string;
  planNoVisitDate: string;
  planSummary: (p: { start: string; end: string; weekdays: readonly number[]; time: string; timeZone: string; perWeek: number; where: 'dm' | 'channel' }) => string;
  planNext: (dates: readonly string[]) => string;
  planProblems: (problems: readonly DrillPlanProblem[]) => string;
  planUsage: string;
  planSwitchedOn: string;
  /** Group membership by the coordinator (`oefenplan groep <g> lid <naam>`, `oefenplan groepen`). */
  memberSet: (name: string, group: string) => string;
  memberReset: (name: string, group: string) => string;
  memberUnknown: (given: string, known: readonly string[]) => string;
  memberAmbiguous: (given: string, matches: readonly string[]) => string;
  memberUsage: string;
  groupsTitle: string;
  /** One group: its members, `assigned` those put there by choice rather than by role; `where` where its prompts go. */
  groupLine: (group: string, members: readonly { name: string; assigned: boolean }[], where: 'dm' | 'channel') => string;
  planSwitchedOff: string;
  /** Why a missed prompt was skipped (the coordinator's view of a run). */
  skipReason: Record<MissedPromptReason, string>;
  /** `oefenstand`. */
  readinessTitle: string;
  readinessBar: (groupName: string, waarborgName: string) => string;
  readinessLine: (p: { answered: number; strong: number; mismatches: number; people: number }) => string;
  readinessNone: string;
  /** Participants the bot could not reach in the last days (their prompts failed), each with why. */
  readinessUnreachable: (lines: readonly string[]) => string;
  /** To the coordinators: people whose drill prompt could not be delivered, with why (once a day each). */
  unreachableReport: (lines: readonly string[]) => string;
  /** `proefbezoek`: a timed round in one thread or chat. */
  mockTitle: (groupName: string) => string;
  mockIntro: (minutes: number, endsAt: string) => string;
  mockQuestion: (number: number, waarborgName: string, text: string) => string;
  mockHint: string;
  mockNoted: (number: number, name: string) => string;
  mockUnknownNumber: (given: string, count: number) => string;
  mockNotOpen: string;
  mockRunning: (endsAt: string) => string;
  mockTimeUp: string;
  mockSummaryTitle: string;
  mockCovered: (names: readonly string[]) => string;
  mockNotCovered: (names: readonly string[]) => string;
  mockUnanswered: (numbers: readonly number[]) => string;
  mockExamples: (concrete: number, total: number, people: number) => string;
  mockDivergence: (number: number, a: string, aSentence: string, b: string, bSentence: string) => string;
  mockNoDivergence: string;
  /** A local date in words ("di 6 apr"). */
  date: (date: string) => string;
}
