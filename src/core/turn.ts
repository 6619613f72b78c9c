// The platform-neutral shape of one incoming turn and of the bot's replies.
// Adapters translate Slack and Teams events into a Turn and render Messages
// natively (Block Kit, Adaptive Cards); the core never sees a platform type.

export type Platform = 'slack' | 'teams';
export type Locale = 'nl' | 'en';

export interface Turn {
  platform: Platform;
  /**
   * The platform's workspace: Slack team id or Teams tenant id. Not the store's
   * tenant id (a UUID of ours), which the store finds from this and the platform.
   */
  workspaceId: string;
  /** The platform's own id for this event or activity, used to drop redeliveries. */
  eventId: string;
  user: { id: string; name: string; locale?: Locale };
  place: Place;
  input: TurnInput;
}

export interface Place {
  /** Slack channel id or Teams conversation id. */
  conversationId: string;
  kind: 'dm' | 'channel';
  /** Thread (Slack thread_ts) the turn belongs to, when any. */
  threadId?: string;
  /** Only messages that name the bot reach it here (a Teams channel or group chat): a conversation of several turns cannot live here. */
  mentionOnly?: true;
  /** What a proactive post to this place needs later (Teams: conversation reference with serviceUrl). */
  reference: Record<string, unknown>;
}

/** What a flow is given: a person's text, button press or form. */
export type FlowInput =
  | { kind: 'text'; text: string }
  /** A button press: `action` is `<flow>.<name>`, `value` what the button carried. */
  | { kind: 'action'; action: string; value: string }
  /** A submitted form: `form` is `<flow>.<name>`. */
  | { kind: 'form'; form: string; values: Record<string, string> };

export type TurnInput =
  | FlowInput
  /**
   * The bot arrived here: installed, added to a chat or channel, or its DM opened.
   * The user is the person who did it (where the platform says who).
   */
  | { kind: 'joined' };

export type Block =
  | { type: 'heading'; text: string }
  /** Light markdown: **bold**, _italic_, `code`, lines starting with "- ". */
  | { type: 'text'; text: string }
  | { type: 'choices'; text?: string; choices: Choice[] }
  | { type: 'form'; form: string; title: string; submitLabel: string; fields: FormField[] }
  | { type: 'progress'; label: string; done: number; total: number }
  /**
   * A file to hand over: Slack uploads the bytes; Teams, where a bot cannot attach
   * a document, links to our own download route, which makes it again from
   * `source` (no file is stored).
   */
  | {
      type: 'file';
      name: string;
      mediaType: string;
      data: Buffer;
      title?: string;
      source?: { kind: 'draft'; partnershipId: string; format: 'docx' | 'md'; variant: 'clean' | 'working'; locale: Locale };
    };

export interface Choice {
  label: string;
  action: string;
  value: string;
  style?: 'primary' | 'danger';
}

export interface FormField {
  id: string;
  label: string;
  /** `multiselect`: several options; its value (and `initial`) is the chosen values joined with commas. */
  kind: 'text' | 'multiline' | 'select' | 'multiselect' | 'date';
  required: boolean;
  maxLength?: number;
  initial?: string;
  options?: Array<{ label: string; value: string }>;
}

export interface Message {
  blocks: Block[];
  /** Shown only to the person who asked (Slack ephemeral); a plain reply elsewhere. */
  private?: boolean;
  /**
   * Replies under this message, in its thread (a digest's details, so the channel stays
   * quiet): Slack posts them with the first post's ts; Teams as replies to its activity.
   * Where there is no thread to make (a person's DM), they follow it.
   */
  thread?: Message[];
}

/** `locale` is the language the replies are in, for labels the adapter adds (buttons, modal chrome). */
export type TurnResult = { duplicate: true } | { duplicate: false; messages: Message[]; locale: Locale };

/** The key a person's conversation state is kept under: one per DM, channel or thread. */
export function placeKeyOf(turn: Pick<Turn, 'place'>): string {
  return [turn.place.conversationId, turn.place.threadId ?? ''].join(':');
}
