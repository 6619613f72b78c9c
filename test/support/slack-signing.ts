// Signs requests the way Slack does (v0 HMAC-SHA256 of `v0:{ts}:{body}` with
// the signing secret) and posts them to the bot: Events API payloads as JSON,
// slash commands and interactivity as form-encoded bodies.
import { createHmac } from 'node:crypto';

export const TEST_SIGNING_SECRET = 'test-signing-secret-8f3a1c';

export function slackSignature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export interface PostOptions {
  secret?: string;
  /** Seconds since the epoch; default now. */
  timestamp?: number;
  /** Overrides the computed signature; `null` leaves the signature headers out. */
  signature?: string | null;
  retryNum?: number;
  headers?: Record<string, string>;
}

export interface PostResult {
  status: number;
  text: string;
  /** When the bot's HTTP answer arrived (performance.now()). */
  answeredAt: number;
  ms: number;
}

export const JSON_TYPE = 'application/json';
const FORM_TYPE = 'application/x-www-form-urlencoded';

/** Posts a raw body to the bot's /slack/events with Slack's headers. */
export async function postSigned(botUrl: string, body: string, contentType: string, options: PostOptions = {}): Promise<PostResult> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const signature = options.signature === undefined ? slackSignature(options.secret ?? TEST_SIGNING_SECRET, timestamp, body) : options.signature;
  const headers: Record<string, string> = { 'content-type': contentType, ...options.headers };
  if (signature !== null) {
    headers['x-slack-request-timestamp'] = String(timestamp);
    headers['x-slack-signature'] = signature;
  }
  if (options.retryNum !== undefined) {
    headers['x-slack-retry-num'] = String(options.retryNum);
    headers['x-slack-retry-reason'] = 'http_timeout';
  }
  const started = performance.now();
  const response = await fetch(`${botUrl}/slack/events`, { method: 'POST', headers, body });
  const answeredAt = performance.now();
  return { status: response.status, text: await response.text(), answeredAt, ms: answeredAt - started };
}

/** An Events API envelope (event_callback, url_verification) as JSON. */
export function postEvent(botUrl: string, payload: unknown, options?: PostOptions): Promise<PostResult> {
  return postSigned(botUrl, JSON.stringify(payload), JSON_TYPE, options);
}

/** A slash command, form-encoded as Slack sends it. */
export function postCommand(botUrl: string, fields: Record<string, string>, options?: PostOptions): Promise<PostResult> {
  return postSigned(botUrl, new URLSearchParams(fields).toString(), FORM_TYPE, options);
}

/** An interactivity payload (block_actions, view_submission): form-encoded `payload=<json>`. */
export function postInteraction(botUrl: string, payload: unknown, options?: PostOptions): Promise<PostResult> {
  return postSigned(botUrl, new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), FORM_TYPE, options);
}
