/**
 * Feedback on one drill answer, grounded in the framework and in the partnership's own
 * self-evaluation draft (the panel weighs the consistency between the written self-
 * evaluation and the three conversations, DUS-I verslag 2024). Facts and codes only;
 * `src/texts` words them.
 *
 * - Which "wat moet minimaal zichtbaar zijn" items the answer touches: those whose key
 *   terms (`consistency/key-terms.ts`) it names.
 * - The coaching's facts (`analyseAnswer`): a concrete example of practice, intentions
 *   instead of practice, the partners who carry it, a link to the vision (the vision or
 *   the image of the profession named, or a link to Lerende leraar).
 * - Per relevant item (the question's own items, then the touched ones, at most
 *   `MAX_DRAFT_ITEMS`): what the draft holds there, the key terms answer and draft share,
 *   a note when they share none, and a possible disagreement: one says it is in place, the
 *   other that it is not (yet) or only a plan (the consistency check's stances).
 * - A short model answer made of the strongest practice sentences of the partnership's
 *   own chosen draft text for those items (never a generic text); none without one.
 */
import { limits } from '../../core/limits';
import { analyseAnswer, fold, type NamedRoleId } from '../coaching';
import { keyTermsOf, mentions, readStatements, type KeyTermId, type Stance, type Statement } from '../consistency';
import { listMinimumItems, type WaarborgId, WAARBORG_IDS } from '../framework';
import type { ConversationGroup } from '../partnership';
import { type AnswerGap, answerStrength, type AnswerStrength } from './leitner';

const MAX_DRAFT_ITEMS = 3;
const MODEL_ANSWER_SENTENCES = 3;
const MODEL_ANSWER_MAX_WORDS = 90;

/** The chosen text of one draft item. */
export interface DraftText {
  itemId: string;
  text: string;
}

export interface Disagreement {
  kind: 'answer-in-place-draft-not' | 'draft-in-place-answer-not';
  terms: KeyTermId[];
  answerSentence: string;
  draftSentence: string;
  /** The words that gave the other side's stance away ("nog niet", "willen we"). */
  cue?: string;
}

export type DraftNote =
  | { itemId: string; waarborgId: WaarborgId; draft: 'none' }
  | {
      itemId: string;
      waarborgId: WaarborgId;
      draft: 'chosen';
      /** Key terms of the item both the answer and the draft name. */
      sharedTerms: KeyTermId[];
      /** The draft names key terms of the item and the answer names none of them. */
      noSharedTerms: boolean;
      disagreement?: Disagreement;
    };

export interface ModelAnswer {
  itemIds: string[];
  sentences: string[];
}

export interface DrillFeedback {
  isEmpty: boolean;
  strength: AnswerStrength;
  gaps: AnswerGap[];
  concreteExample: boolean;
  hasStudentExample: boolean;
  /** An example by another actor (a stuurgroep, a mentor, "we"): what the feedback praises when no student's is there. */
  hasPracticeExample: boolean;
  /** The intention phrases as written. */
  intentions: string[];
  /** Roles the answer names (students and joint words left out). */
  partners: NamedRoleId[];
  jointness: boolean;
  linksVision: boolean;
  linkedWaarborgen: WaarborgId[];
  /** Items the answer touches, the question's waarborg first, then framework order. */
  touchedItems: string[];
  notes: DraftNote[];
  modelAnswer?: ModelAnswer;
}

const VISION_TERMS: readonly KeyTermId[] = ['visie', 'beroepsbeeld', 'uitgangspunten'];

function waarborgOfItem(itemId: string): WaarborgId {
  return WAARBORG_IDS.find((w) => itemId.startsWith(`${w}.`)) ?? 'lerende-leraar';
}

function namesTerm(folded: string, termId: KeyTermId): boolean {
  const term = allItems()
    .flatMap((id) => keyTermsOf(id))
    .find((t) => t.id === termId);
  return term !== undefined && mentions(folded, term);
}

function allItems(): string[] {
  return WAARBORG_IDS.flatMap((w) => listMinimumItems(w).map((i) => i.id));
}

/** Items whose key terms the text names; those of `first` first, then framework order. */
export function itemsNamedIn(text: string, first: WaarborgId): string[] {
  const folded = fold(text.slice(0, limits.maxTextLength)).lower;
  const named = allItems().filter((id) => keyTermsOf(id).some((t) => mentions(folded, t)));
  return [...named.filter((id) => waarborgOfItem(id) === first), ...named.filter((id) => waarborgOfItem(id) !== first)];
}

/**
 * The items a question is about: those of its waarborg whose key terms it names; when it
 * names none (“Hoe onderhoud je je expertise?”), every item of its waarborg.
 */
export function itemsOfQuestion(questionText: string, waarborgId: WaarborgId): string[] {
  const own = itemsNamedIn(questionText, waarborgId).filter((id) => waarborgOfItem(id) === waarborgId);
  return own.length > 0 ? own : listMinimumItems(waarborgId).map((i) => i.id);
}

/** A student who writes "ik" or "we" tells their own experience: a student's example. */
const FIRST_PERSON = /^(ik|wij|we|i)$/i;

export function drillFeedback(input: {
  question: { waarborgId: WaarborgId; text: string };
  answer: string;
  /** The drilling person's conversation (only labels the statements). */
  group: ConversationGroup;
  draft: readonly DraftText[];
}): DrillFeedback {
  const { waarborgId } = input.question;
  const answer = input.answer.slice(0, limits.maxTextLength);
  const a = analyseAnswer(answer, { waarborgId });
  const missing = new Set(a.missingCriteria.map((c) => c.id));
  const partners = a.partnersNamed.filter((r): r is NamedRoleId => r !== 'joint' && r !== 'student');
  const jointness = !missing.has('jointness');
  const concreteExample = a.hasStudentExample || !missing.has('concrete');
  const gaps: AnswerGap[] = [];
  if (!concreteExample) gaps.push('no-example');
  if (a.intentions.length > 0 && missing.has('practice')) gaps.push('intention-not-practice');
  if (!jointness && partners.length === 0) gaps.push('no-partners');
  const folded = fold(a.text).lower;
  const linksVision = VISION_TERMS.some((t) => namesTerm(folded, t)) || a.linkedWaarborgen.includes('lerende-leraar');

  const touchedItems = a.isEmpty ? [] : itemsNamedIn(answer, waarborgId);
  const questionItems = itemsOfQuestion(input.question.text, waarborgId);
  const relevant = [...new Set([...questionItems.filter((id) => touchedItems.includes(id)), ...questionItems, ...touchedItems])].slice(
    0,
    MAX_DRAFT_ITEMS,
  );
  const draftOf = new Map(input.draft.filter((d) => d.text.trim().length > 0).map((d) => [d.itemId, d.text]));
  const notes = relevant.map((itemId) => noteOn(itemId, answer, draftOf.get(itemId), input.group, a.isEmpty));
  const modelAnswer = buildModelAnswer(relevant.filter((id) => draftOf.has(id)).map((id) => ({ itemId: id, text: draftOf.get(id)! })));

  return {
    isEmpty: a.isEmpty,
    strength: answerStrength({ isEmpty: a.isEmpty, gaps }),
    gaps,
    concreteExample,
    // The example is a student's (not another actor's): the feedback says which it praises.
    hasStudentExample: a.studentExamples.some((e) => e.reason !== 'activity' || (input.group === 'students' && FIRST_PERSON.test(e.student.text.trim()))),
    hasPracticeExample: a.hasStudentExample,
    intentions: a.intentions.map((i) => i.phrase),
    partners,
    jointness,
    linksVision,
    linkedWaarborgen: a.linkedWaarborgen,
    touchedItems,
    notes,
    ...(modelAnswer ? { modelAnswer } : {}),
  };
}

function noteOn(itemId: string, answer: string, draft: string | undefined, group: ConversationGroup, answerEmpty: boolean): DraftNote {
  const waarborgId = waarborgOfItem(itemId);
  if (draft === undefined) return { itemId, waarborgId, draft: 'none' };
  const terms = keyTermsOf(itemId);
  const inAnswer = fold(answer).lower;
  const inDraft = fold(draft.slice(0, limits.maxTextLength)).lower;
  const draftTerms = terms.filter((t) => mentions(inDraft, t));
  const sharedTerms = draftTerms.filter((t) => mentions(inAnswer, t)).map((t) => t.id);
  const disagreement = answerEmpty ? undefined : findDisagreement(itemId, waarborgId, answer, draft, group);
  return {
    itemId,
    waarborgId,
    draft: 'chosen',
    sharedTerms,
    noSharedTerms: !answerEmpty && draftTerms.length > 0 && sharedTerms.length === 0,
    ...(disagreement ? { disagreement } : {}),
  };
}

function findDisagreement(itemId: string, waarborgId: WaarborgId, answer: string, draft: string, group: ConversationGroup): Disagreement | undefined {
  const terms = keyTermsOf(itemId);
  const fromAnswer = readStatements({ group, author: 'answer', text: answer }, waarborgId, terms);
  const fromDraft = readStatements({ group, author: 'draft', text: draft }, waarborgId, terms);
  const first = (statements: Statement[], termId: KeyTermId, stance: Stance) =>
    statements.find((s) => s.stance === stance && s.termIds.includes(termId));
  const positionOf = (statements: Statement[], termId: KeyTermId): 'present' | 'not' | 'mixed' | 'silent' => {
    const present = first(statements, termId, 'present');
    const not = first(statements, termId, 'absent') ?? first(statements, termId, 'intention');
    return present ? (not ? 'mixed' : 'present') : not ? 'not' : 'silent';
  };
  let found: Disagreement | undefined;
  for (const term of terms) {
    const pa = positionOf(fromAnswer, term.id);
    const pd = positionOf(fromDraft, term.id);
    const kind = pa === 'present' && pd === 'not' ? 'answer-in-place-draft-not' : pa === 'not' && pd === 'present' ? 'draft-in-place-answer-not' : undefined;
    if (!kind) continue;
    if (found && found.kind === kind) {
      found.terms.push(term.id);
      continue;
    }
    if (found) continue;
    const notOf = (s: Statement[]) => first(s, term.id, 'absent') ?? first(s, term.id, 'intention')!;
    const answerStatement = kind === 'answer-in-place-draft-not' ? first(fromAnswer, term.id, 'present')! : notOf(fromAnswer);
    const draftStatement = kind === 'answer-in-place-draft-not' ? notOf(fromDraft) : first(fromDraft, term.id, 'present')!;
    const cue = kind === 'answer-in-place-draft-not' ? draftStatement.cue : answerStatement.cue;
    found = {
      kind,
      terms: [term.id],
      answerSentence: answerStatement.sentence,
      draftSentence: draftStatement.sentence,
      ...(cue !== undefined ? { cue } : {}),
    };
  }
  return found;
}

/** The strongest practice sentences of the chosen draft texts, in their own order, within the limits. */
function buildModelAnswer(texts: ReadonlyArray<{ itemId: string; text: string }>): ModelAnswer | undefined {
  const candidates: Array<{ itemId: string; rank: number; order: number; text: string; words: number; score: number }> = [];
  texts.forEach(({ itemId, text }, rank) => {
    const a = analyseAnswer(text.slice(0, limits.maxTextLength), { waarborgId: waarborgOfItem(itemId) });
    const intention = new Set(a.intentions.map((i) => i.sentenceIndex));
    const example = new Set(a.studentExamples.flatMap((e) => e.sentences.map((s) => s.index)));
    const folded = fold(a.text).lower;
    for (const s of a.sentences) {
      const sentence = s.text.trim();
      if (intention.has(s.index) || sentence.endsWith('?') || sentence.length === 0) continue;
      const kinds = new Set(a.details.filter((d) => d.sentenceIndex === s.index).map((d) => d.kind));
      const partner = a.partnerMentions.some((p) => p.sentenceIndex === s.index && p.role !== 'student');
      const terms = keyTermsOf(itemId).some((t) => mentions(folded.slice(s.start, s.end), t));
      const score = (example.has(s.index) ? 3 : 0) + kinds.size + (partner ? 1 : 0) + (terms ? 1 : 0);
      if (score === 0) continue;
      candidates.push({ itemId, rank, order: s.index, text: sentence, words: sentence.split(/\s+/).length, score });
    }
  });
  const picked: typeof candidates = [];
  let words = 0;
  for (const c of [...candidates].sort((x, y) => y.score - x.score || x.rank - y.rank || x.order - y.order)) {
    if (picked.length === MODEL_ANSWER_SENTENCES) break;
    if (words + c.words > MODEL_ANSWER_MAX_WORDS && picked.length > 0) continue;
    picked.push(c);
    words += c.words;
  }
  if (picked.length === 0) return undefined;
  picked.sort((x, y) => x.rank - y.rank || x.order - y.order);
  return { itemIds: [...new Set(picked.map((p) => p.itemId))], sentences: picked.map((p) => p.text) };
}
