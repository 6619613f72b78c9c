// What a capability plugs into the engine: commands that start something, and
// flows that carry a multi-turn conversation whose state lives in the database.
import type { Texts } from '../texts';
import type { FlowState, JsonObject, PersonRecord, TenantScope } from '../store/turn-store';
import type { OutboxWriter } from './ports';
import type { Locale, Message, Turn, TurnInput } from './turn';

export interface TurnContext {
  turn: Turn;
  person: PersonRecord;
  locale: Locale;
  texts: Texts;
  scope: TenantScope;
  /** The key flow state is stored under: one conversation per person per DM, channel or thread. */
  placeKey: string;
  /** Messages beyond the reply: a post to a channel, a direct message to someone else. */
  outbox: OutboxWriter;
}

export interface StepResult {
  messages: Message[];
  /** The language of `messages` when it is not the person's usual one (`help en`, a new preference). */
  locale?: Locale;
  /** New state for this flow; `null` ends the flow; absent leaves the state as it was. */
  state?: { step: string; data: JsonObject } | null;
}

export interface Command {
  /** Dutch name first, then Dutch and English aliases. */
  names: readonly string[];
  /** The flow whose state `run` may set. */
  flow?: string;
  run(ctx: TurnContext, args: string): Promise<StepResult>;
}

export interface Flow {
  name: string;
  /**
   * Continues the flow with the person's next text, button press or form.
   * `state` is null when a button or form arrives while this flow is not open
   * here (an old message): the flow decides whether it still makes sense.
   */
  resume(ctx: TurnContext, state: FlowState | null, input: TurnInput): Promise<StepResult>;
}
