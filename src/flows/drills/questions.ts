// The partnership's own questions: members propose (`vraag toevoegen <groep>
// <waarborg> <vraag>`), everyone sees them (`vragen`), the coordinator accepts,
// edits or retires them (`vraag accepteer|wijzig|intrekken <nr> [tekst]`).
import { say } from '../../core/messages';
import { foldCase, hasWords } from '../../core/text';
import { decideOwnQuestion, type OwnQuestionDecision } from '../../domain/drills';
import { findWaarborg, getWaarborg } from '../../domain/framework';
import type { Command, StepResult, TurnContext } from '../context';
import { drillingFor, groupName } from './participant';
import { findGroup } from './words';

const MAX_QUESTION_LENGTH = 500;

const DECISIONS: Record<string, OwnQuestionDecision> = {
  accepteer: 'accept',
  accepteren: 'accept',
  accept: 'accept',
  wijzig: 'edit',
  wijzigen: 'edit',
  edit: 'edit',
  intrekken: 'retire',
  trek: 'retire',
  retire: 'retire',
};

const questionCommand: Command = {
  names: ['vraag', 'question'],
  async run(ctx, args) {
    const [first = '', ...rest] = args.trim().split(/\s+/);
    const word = foldCase(first);
    if (word === 'toevoegen' || word === 'add') return propose(ctx, rest);
    const decision = DECISIONS[word];
    if (decision) return decide(ctx, decision, rest);
    return { messages: [say(ctx.texts.drills.proposeUsage)] };
  },
};

async function propose(ctx: TurnContext, words: string[]): Promise<StepResult> {
  const found = await drillingFor(ctx);
  if (!found.ok) return found.result;
  const [g = '', w = '', ...text] = words;
  const groupId = findGroup(g, found.drilling.groups);
  const waarborg = findWaarborg(w);
  const question = text.join(' ').slice(0, MAX_QUESTION_LENGTH);
  if (!groupId || !waarborg || !hasWords(question)) return { messages: [say(ctx.texts.drills.proposeUsage)] };
  const saved = await ctx.scope.drills.proposeQuestion(found.drilling.partnership.id, { groupId, waarborgId: waarborg.id, text: question, proposedById: ctx.person.id });
  return { messages: [say(ctx.texts.drills.proposed(saved.number))] };
}

async function decide(ctx: TurnContext, decision: OwnQuestionDecision, words: string[]): Promise<StepResult> {
  const t = ctx.texts.drills;
  const found = await drillingFor(ctx);
  if (!found.ok) return found.result;
  if (found.drilling.role !== 'coordinator') return { messages: [say(t.notCoordinator)] };
  const [nr = '', ...text] = words;
  const q = found.drilling.own.find((o) => String(o.number) === nr);
  if (!q) return { messages: [say(t.questionUnknown(nr.slice(0, 20)))] };
  const status = decideOwnQuestion(q.status, decision);
  const newText = text.join(' ').slice(0, MAX_QUESTION_LENGTH);
  if (!status || (decision === 'edit' && !hasWords(newText))) return { messages: [say(t.questionNotNow(q.number))] };
  const saved = await ctx.scope.drills.updateQuestion(found.drilling.partnership.id, q.id, q.version, {
    status,
    ...(decision === 'edit' ? { text: newText } : {}),
  });
  if (!saved.ok) return { messages: [say(t.questionConflict(q.number))] };
  return { messages: [say(t.questionDone(q.number, decision))] };
}

const listCommand: Command = {
  names: ['vragen', 'questions'],
  async run(ctx) {
    const found = await drillingFor(ctx);
    if (!found.ok) return found.result;
    const t = ctx.texts.drills;
    const own = found.drilling.own;
    const lines = own.map((q) =>
      t.questionLine({
        number: q.number,
        status: q.status,
        group: groupName(ctx, q.groupId, found.drilling.groups),
        waarborg: getWaarborg(q.waarborgId)?.name[ctx.locale] ?? q.waarborgId,
        text: q.text,
        by: q.proposedByName,
      }),
    );
    return { messages: [{ blocks: [{ type: 'heading', text: t.questionsTitle }, { type: 'text', text: lines.length > 0 ? lines.join('\n') : t.noOwnQuestions }] }] };
  },
};

export const questionCommands: readonly Command[] = [questionCommand, listCommand];
