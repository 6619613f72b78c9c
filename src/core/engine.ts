// The conversation engine: one recorded turn in, outgoing messages out. It
// routes the turn to a command or to the person's open flow, saves the flow's
// new state and writes the replies to the outbox, all in the turn's one
// transaction (the store's `runInboxTurn`).
import { parseCommand } from './command-parser';
import type { Command, Flow, StepResult, TurnContext } from './flow';
import { limits } from './limits';
import { COMMAND_ACTION, say } from './messages';
import type { ReplyAddress } from './outgoing';
import type { ClaimedTurn, FlowState, InboxRecorder, OutboxWriter, PersonRecord, TurnRun, TurnScope } from './ports';
import { placeKeyOf, type Locale, type Message, type Turn, type TurnResult } from './turn';

export interface Engine<Scope extends TurnScope = TurnScope> {
  /** Decides one claimed turn inside its transaction; the replies are already in the outbox when it returns. */
  decide(claimed: ClaimedTurn, scope: Scope, person: PersonRecord, state: FlowState | null): Promise<Decision>;
  /**
   * Records a turn and runs it at once, answering with what it wrote to the
   * outbox: the direct way in for tests and tools, through the same inbox and
   * transaction as the workers.
   */
  handle(turn: Turn, replyTo?: ReplyAddress): Promise<TurnResult>;
}

export interface Decision {
  messages: Message[];
  locale: Locale;
}

/** The store the engine runs turns in (src/store/turn-store.ts). */
export interface TurnRunner<Scope extends TurnScope> {
  runInboxTurn<T>(
    pick: { inboxId: string; now: Date },
    work: (claimed: ClaimedTurn, scope: Scope, person: PersonRecord, state: FlowState | null) => Promise<T>,
  ): Promise<TurnRun<T> | null>;
  findInboxId(turn: Pick<Turn, 'platform' | 'workspaceId' | 'eventId'>): Promise<string | null>;
}

/** The sentences the engine answers with itself, in the person's language (src/texts). */
export interface EngineErrors {
  unknownCommand: (given: string) => string;
  emptyInput: string;
  tooLong: (max: number) => string;
  /** A button or form of a flow that no longer exists. */
  staleAction: string;
  /** A turn given up after its retries (the inbox worker's `internalError`). */
  internal: string;
}

/**
 * `Scope` is what the store opens per turn, `Texts` what the flows read their
 * sentences from: the engine only hands both on, in the TurnContext.
 */
export interface EngineParts<Scope extends TurnScope, Texts> {
  store: TurnRunner<Scope>;
  inbox: InboxRecorder;
  commands: readonly Command<Scope, Texts>[];
  flows: readonly Flow<Scope, Texts>[];
  texts: (locale: Locale) => Texts;
  errors: (locale: Locale) => EngineErrors;
  /** Text that is no command and meets no open flow ("hallo", a sentence); undefined: "I don't know that". */
  fallback?: (ctx: TurnContext<Scope, Texts>, text: string) => Promise<StepResult | undefined>;
  /** The bot arrived in this conversation (a `joined` turn); without it such a turn is answered with nothing. */
  joined?: (ctx: TurnContext<Scope, Texts>) => Promise<StepResult>;
  now?: () => Date;
}

/** A command is a word and a few arguments ("kies leeromgeving 2"), or anything typed with a slash. */
const MAX_COMMAND_WORDS = 4;

function looksLikeCommand(text: string): boolean {
  return text.startsWith('/') || text.split(/\s+/).length <= MAX_COMMAND_WORDS;
}

/** Dutch first: many Dutch users run an English Teams or Slack, so only the person's own choice (`taal en`) switches. */
function localeOf(person: { locale: string | null }): Locale {
  return person.locale === 'en' ? 'en' : 'nl';
}

export function replyTarget(claimed: Pick<ClaimedTurn, 'turn' | 'replyTo'>) {
  const { turn, replyTo } = claimed;
  return { kind: 'reply' as const, address: replyTo, conversationId: turn.place.conversationId, userId: turn.user.id };
}

export function createEngine<Scope extends TurnScope, Texts>(parts: EngineParts<Scope, Texts>): Engine<Scope> {
  const { store, inbox, commands, flows, texts, errors, now = () => new Date() } = parts;
  type Context = TurnContext<Scope, Texts>;
  const commandByName = new Map<string, Command<Scope, Texts>>();
  for (const command of commands) for (const name of command.names) commandByName.set(name, command);
  const flowByName = new Map(flows.map((flow) => [flow.name, flow]));

  const decide: Engine<Scope>['decide'] = async (claimed, scope, person, state) => {
    const { turn } = claimed;
    const locale = localeOf(person);
    const placeKey = placeKeyOf(turn);
    const outbox: OutboxWriter = scope.outbox;
    const ctx: Context = { turn, person, locale, texts: texts(locale), scope, placeKey, outbox, now: now() };
    const { owner, result } = await route(ctx, state);
    if (owner && result.state !== undefined) {
      // Saved against what the turn read: a conflict (a job or another instance
      // wrote in between) fails the turn, which the worker runs again on what is there now.
      const expected = state ? (state.version ?? 0) : 'absent';
      const saved =
        result.state === null
          ? await scope.clearState(person.id, placeKey, owner, expected)
          : await scope.saveState(person.id, placeKey, { flow: owner, ...result.state }, expected);
      if (!saved.ok) throw new FlowStateConflict(placeKey);
    }
    const replyLocale = result.locale ?? locale;
    await outbox.enqueue(replyTarget(claimed), result.messages, replyLocale);
    return { messages: result.messages, locale: replyLocale };
  };

  return {
    decide,
    async handle(turn, replyTo = {}) {
      const recorded = await inbox.record({ turn, replyTo, receivedAt: now() });
      if (recorded === 'duplicate') return { duplicate: true };
      const inboxId = await store.findInboxId(turn);
      if (!inboxId) throw new Error(`turn ${turn.eventId} was recorded but is not in the inbox`);
      const ran = await store.runInboxTurn({ inboxId, now: now() }, decide);
      // A worker took it first: it is answered there, once.
      if (!ran) return { duplicate: true };
      if (ran.outcome !== 'done') throw ran.error;
      return { duplicate: false, messages: ran.value.messages, locale: ran.value.locale };
    },
  };

  async function route(ctx: Context, state: FlowState | null): Promise<{ owner?: string; result: StepResult }> {
    const { input } = ctx.turn;
    const said = errors(ctx.locale);
    if (input.kind === 'text') {
      const text = input.text.trim();
      if (text.length === 0) return { result: { messages: [say(said.emptyInput)] } };
      if (text.length > limits.maxTextLength) return { result: { messages: [say(said.tooLong(limits.maxTextLength))] } };
      const parsed = parseCommand(text);
      const command = parsed && commandByName.get(parsed.word);
      const flow = state && flowByName.get(state.flow);
      // While a flow waits for an answer, a sentence that happens to start with a
      // command word ("Rol van de mentor is …") is that answer, not a command.
      if (command && parsed && (!flow || looksLikeCommand(text))) return { owner: command.flow, result: await command.run(ctx, parsed.args) };
      if (state && flow) return { owner: flow.name, result: await flow.resume(ctx, state, { kind: 'text', text }) };
      const answered = await parts.fallback?.(ctx, text);
      if (answered) return { result: answered };
      return { result: { messages: [say(said.unknownCommand(parsed?.word ?? text.slice(0, 40)))] } };
    }
    if (input.kind === 'joined') return { result: parts.joined ? await parts.joined(ctx) : { messages: [] } };
    // A button that stands for a typed command (help, a welcome card, a next step) runs that command.
    if (input.kind === 'action' && input.action === COMMAND_ACTION) {
      const parsed = parseCommand(input.value);
      const command = parsed && commandByName.get(parsed.word);
      if (!command || !parsed) return { result: { messages: [say(said.staleAction)] } };
      return { owner: command.flow, result: await command.run(ctx, parsed.args) };
    }
    // Buttons and forms name their flow: "<flow>.<what>".
    const target = input.kind === 'action' ? input.action : input.form;
    const flow = flowByName.get(target.split('.')[0] ?? '');
    if (!flow) return { result: { messages: [say(said.staleAction)] } };
    return { owner: flow.name, result: await flow.resume(ctx, state?.flow === flow.name ? state : null, input) };
  }
}

/** The conversation state changed between the turn's read and its save. */
export class FlowStateConflict extends Error {
  constructor(placeKey: string) {
    super(`conversation state at ${placeKey} changed during the turn`);
  }
}
