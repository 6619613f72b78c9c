// The typed words of the drills: `oefenen [groep] [waarborg]`, `later`,
// `stop oefenen`, `pauze tot <datum>`, `hervat [oefenen]`, `mijn oefening`.
// `stop`, `pauze` and `hervat` are the reflection's words too: without the
// drill's arguments (and, for `hervat`, with a reflection open here) they go
// to the reflection's command as before.
import { say } from '../../core/messages';
import { foldCase, isIsoDate } from '../../core/text';
import { boxCounts, type DrillPersonState, questionsForGroup } from '../../domain/drills';
import type { Command, StepResult, TurnContext } from '../context';
import { loadOpenDrill } from './flow';
import { drillingFor, groupName } from './participant';
import { askNext, postpone, todayOf } from './practice';
import { FLOW } from './render';
import { findGroup, readGroupAndWaarborg } from './words';

const PRACTICE_WORDS = ['oefenen', 'oefening', 'practice', 'practise', 'drills'];

const practiceCommand: Command = {
  names: ['oefenen', 'oefen', 'practice', 'practise'],
  flow: FLOW,
  async run(ctx, args) {
    const found = await drillingFor(ctx);
    if (!found.ok) return found.result;
    const read = readGroupAndWaarborg(args, found.drilling.groups);
    if (read.unknown !== undefined) return { messages: [say(ctx.texts.drills.unknownGroupOrWaarborg(read.unknown.slice(0, 40)))] };
    const groupId = read.groupId ?? found.drilling.groupId;
    const bank = questionsForGroup(groupId, { own: found.drilling.own, groups: found.drilling.groups, ...(read.waarborgId ? { waarborgId: read.waarborgId } : {}) });
    return askNext(ctx, { ...found.drilling, groupId, bank });
  },
};

const laterCommand: Command = {
  names: ['later'],
  flow: FLOW,
  async run(ctx) {
    const open = await loadOpenDrill(ctx);
    const found = await drillingFor(ctx);
    if (!found.ok) return found.result;
    const questionId = open?.questionId ?? (found.drilling.state.openSince ? found.drilling.state.lastQuestionId : null);
    if (!questionId) return { messages: [say(ctx.texts.drills.noOpenQuestion)] };
    return postpone(ctx, found.drilling, questionId);
  },
};

function aboutPractice(args: string): boolean {
  return PRACTICE_WORDS.includes(foldCase(args.trim()));
}

/** `stop oefenen`; `stop` alone is the reflection's. */
function stopCommand(fallback: Command | undefined): Command {
  return {
    names: ['stop', 'stoppen'],
    ...(fallback?.flow ? { flow: fallback.flow } : {}),
    async run(ctx, args) {
      if (!aboutPractice(args)) return runFallback(ctx, fallback, args);
      return setHold(ctx, (s) => ({ ...s, stopped: true, openSince: null }), ctx.texts.drills.stopped);
    },
  };
}

const PAUSE_UNTIL = /^(?:tot|until|till)\s+(\S+)$/i;

/** `pauze tot <datum>`; `pauze` alone is the reflection's. */
function pauseCommand(fallback: Command | undefined): Command {
  return {
    names: ['pauze', 'pause'],
    ...(fallback?.flow ? { flow: fallback.flow } : {}),
    async run(ctx, args) {
      const m = PAUSE_UNTIL.exec(args.trim());
      if (!m) return runFallback(ctx, fallback, args);
      const date = m[1]!;
      if (!isIsoDate(date)) return { messages: [say(ctx.texts.drills.badPauseDate(m[1]!.slice(0, 20)))] };
      return setHold(ctx, (s) => ({ ...s, pausedUntil: date }), ctx.texts.drills.pausedUntil(date));
    },
  };
}

/** `hervat oefenen`, or `hervat` with no reflection open here while the person's drills are held. */
function resumeCommand(fallback: Command | undefined): Command {
  return {
    names: ['hervat', 'resume'],
    ...(fallback?.flow ? { flow: fallback.flow } : {}),
    async run(ctx, args) {
      const state = await ctx.scope.loadState(ctx.person.id, ctx.placeKey);
      const reflectionOpen = state !== null && state.flow !== FLOW;
      if (!aboutPractice(args) && (args.trim() !== '' || reflectionOpen)) return runFallback(ctx, fallback, args);
      const found = await drillingFor(ctx);
      if (!found.ok) return found.result;
      const held = found.drilling.state.stopped || found.drilling.state.pausedUntil !== null;
      if (!held && !aboutPractice(args)) return runFallback(ctx, fallback, args);
      return setHold(ctx, (s) => ({ ...s, stopped: false, pausedUntil: null }), ctx.texts.drills.resumed);
    },
  };
}

async function runFallback(ctx: TurnContext, fallback: Command | undefined, args: string): Promise<StepResult> {
  if (fallback) return fallback.run(ctx, args);
  return { messages: [say(ctx.texts.errors.unknownCommand(ctx.turn.input.kind === 'text' ? ctx.turn.input.text.slice(0, 40) : ''))] };
}

async function setHold(ctx: TurnContext, change: (s: DrillPersonState) => DrillPersonState, reply: string): Promise<StepResult> {
  const found = await drillingFor(ctx);
  if (!found.ok) return found.result;
  await ctx.scope.drills.savePerson(found.drilling.partnership.id, change(found.drilling.state));
  return { messages: [say(reply)] };
}

const mineCommand: Command = {
  names: ['mijn', 'my'],
  async run(ctx, args) {
    const [first = '', ...rest] = args.trim().split(/\s+/);
    if (['groep', 'group'].includes(foldCase(first))) return chooseGroup(ctx, rest.join(' '));
    if (!['oefening', 'oefenen', 'practice'].includes(foldCase(args.trim()))) {
      return { messages: [say(ctx.texts.errors.unknownCommand(`mijn ${args}`.slice(0, 40)))] };
    }
    return myPractice(ctx);
  },
};

const myPracticeCommand: Command = {
  names: ['myprogress', 'mijnoefening'],
  run: (ctx) => myPractice(ctx),
};

/** `mijn groep <naam>`: drill one of the partnership's own groups; `mijn groep standaard`: the role's conversation again. */
async function chooseGroup(ctx: TurnContext, name: string): Promise<StepResult> {
  const found = await drillingFor(ctx);
  if (!found.ok) return found.result;
  const d = found.drilling;
  const reset = ['standaard', 'default', 'rol', 'role'].includes(foldCase(name.trim()));
  const groupId = reset ? null : findGroup(name, d.groups);
  if (!reset && !groupId) return { messages: [say(ctx.texts.drills.unknownGroupOrWaarborg(name.slice(0, 40)))] };
  await ctx.scope.drills.savePerson(d.partnership.id, { ...d.state, assignedGroup: groupId ?? null });
  const now = await drillingFor(ctx);
  if (!now.ok) return now.result;
  return { messages: [say(ctx.texts.drills.mineGroup(groupName(ctx, now.drilling.groupId, now.drilling.groups)))] };
}

async function myPractice(ctx: TurnContext): Promise<StepResult> {
  const found = await drillingFor(ctx);
  if (!found.ok) return found.result;
  const d = found.drilling;
  const t = ctx.texts.drills;
  const bankIds = new Set(d.bank.map((q) => q.id));
  const cards = d.state.cards.filter((c) => bankIds.has(c.questionId));
  const counts = boxCounts(cards, d.bank.length);
  const answers = (await ctx.scope.drills.answers(d.partnership.id)).filter((a) => a.personId === d.personId);
  const status = d.state.stopped ? 'stopped' : d.state.pausedUntil && d.state.pausedUntil > todayOf(d, ctx.now) ? 'paused' : d.plan?.enabled ? 'active' : 'no-plan';
  return {
    messages: [
      {
        blocks: [
          { type: 'heading', text: t.mineTitle },
          { type: 'text', text: `${t.mineGroup(groupName(ctx, d.groupId, d.groups))} ${t.mineStatus(status, d.state.pausedUntil ?? undefined)}` },
          ...counts.boxes.map((n, i) => ({ type: 'progress' as const, label: t.mineBox(i + 1), done: n, total: d.bank.length })),
          { type: 'text', text: `${t.mineUnseen(counts.unseen)} ${t.mineAnswers(answers.length, answers.filter((a) => a.strength === 'strong').length)}` },
        ],
      },
    ],
  };
}

/** The drills' commands; `fallbacks` are the commands whose words `stop`, `pauze` and `hervat` share. */
export function practiceCommands(fallbacks: readonly Command[]): Command[] {
  const byName = (name: string) => fallbacks.find((c) => c.names.includes(name));
  return [practiceCommand, laterCommand, stopCommand(byName('stop')), pauseCommand(byName('pauze')), resumeCommand(byName('hervat')), mineCommand, myPracticeCommand];
}
