// What a capability plugs into the engine: commands that start something, and
// flows that carry a multi-turn conversation whose state lives in the database.
// The core knows neither the scope the flows work in (their stores) nor their
// texts: both are type parameters, filled in by src/flows (src/flows/context.ts).
import type { JsonObject } from './json';
import type { FlowState, OutboxWriter, PersonRecord } from './ports';
import type { FlowInput, Locale, Message, Turn } from './turn';

export interface TurnContext<Scope, Texts> {
  turn: Turn;
  person: PersonRecord;
  locale: Locale;
  texts: Texts;
  scope: Scope;
  /** The key flow state is stored under: one conversation per person per DM, channel or thread. */
  placeKey: string;
  /** Messages beyond the reply: a post to a channel, a direct message to someone else. */
  outbox: OutboxWriter;
  /** The engine's clock at the start of the turn. */
  now: Date;
}

export interface StepResult {
  messages: Message[];
  /** The language of `messages` when it is not the person's usual one (`help en`, a new preference). */
  locale?: Locale;
  /** New state for this flow; `null` ends the flow; absent leaves the state as it was. */
  state?: { step: string; data: JsonObject } | null;
}

export interface Command<Scope, Texts> {
  /** Dutch name first, then Dutch and English aliases. */
  names: readonly string[];
  /** The flow whose state `run` may set. */
  flow?: string;
  run(ctx: TurnContext<Scope, Texts>, args: string): Promise<StepResult>;
}

export interface Flow<Scope, Texts> {
  name: string;
  /**
   * Continues the flow with the person's next text, button press or form.
   * `state` is null when a button or form arrives while this flow is not open
   * here (an old message): the flow decides whether it still makes sense.
   */
  resume(ctx: TurnContext<Scope, Texts>, state: FlowState | null, input: FlowInput): Promise<StepResult>;
}
