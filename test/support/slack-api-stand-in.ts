// A loopback stand-in for Slack's Web API and response_urls. It records every
// call (method from /api/<method>, body parsed from form or JSON) and answers
// like Slack for the methods the bot uses. Tests read what the bot sent here.
// File uploads work as in Slack: files.getUploadURLExternal hands out an
// upload_url on this stand-in, whose POSTed bytes are recorded as method `upload`.
import { once } from 'node:events';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedCall {
  /** Web API method (`chat.postMessage`), or `response` for a POST to a response_url. */
  method: string;
  /** For `response`: the id in /response/<id>. */
  responseId?: string;
  /** For `upload`: the file's bytes as they arrived at the upload_url. */
  data?: Buffer;
  body: Record<string, any>;
  /** performance.now() when the call arrived. */
  at: number;
}

export type Failure = { error: string } | { status: 429; retryAfterSeconds: number };

export interface SlackApiStandIn {
  /** Base URL for SLACK_API_URL, ending in /api/. */
  apiUrl: string;
  calls: RecordedCall[];
  /** A response_url whose POSTs are recorded as method `response`. */
  responseUrl(id: string): string;
  /** Display names users.info answers with; unknown users get `Person <id>`. */
  userNames: Map<string, string>;
  /** The next call of `method` (that `when` holds for: a user's conversations.open) fails this way (once). */
  failNext(method: string, failure: Failure, when?: (body: Record<string, any>) => boolean): void;
  /**
   * Calls of `method` are never answered from now on (a platform that hangs):
   * `accepted` records them first, as a platform that took the post and whose
   * answer never arrived; otherwise they are not recorded. `release` ends it
   * for later calls.
   */
  hold(method: string, options?: { accepted?: boolean }): void;
  release(method: string): void;
  /** Resolves with the first `count` matching calls, waiting up to `timeoutMs` for them. */
  waitForCalls(match: string | ((call: RecordedCall) => boolean), count?: number, timeoutMs?: number): Promise<RecordedCall[]>;
  close(): Promise<void>;
}

export async function startSlackApiStandIn(): Promise<SlackApiStandIn> {
  const calls: RecordedCall[] = [];
  const waiters = new Set<() => void>();
  const failures = new Map<string, Array<{ failure: Failure; when?: (body: Record<string, any>) => boolean }>>();
  const userNames = new Map<string, string>();
  const held = new Map<string, { accepted: boolean }>();
  let counter = 0;

  const server = createServer(async (req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    const uploadMatch = /^\/upload\/([\w-]+)$/.exec(path);
    if (uploadMatch && req.method === 'POST') {
      const { filename, data } = await readUpload(req);
      calls.push({ method: 'upload', body: { file_id: uploadMatch[1]!, filename, length: data.length }, data, at: performance.now() });
      for (const wake of waiters) wake();
      res.writeHead(200, { 'content-type': 'text/plain' });
      return res.end(`OK - ${data.length}`);
    }
    const body = await readBody(req);
    const reply = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(payload));
    };
    const responseMatch = /^\/response\/([^/]+)$/.exec(path);
    const apiMatch = /^\/api\/([\w.]+)$/.exec(path);
    if (req.method !== 'POST' || (!responseMatch && !apiMatch)) return reply(404, { ok: false, error: 'not_found' });
    const method = responseMatch ? 'response' : apiMatch![1]!;
    const holding = held.get(method);
    if (holding) {
      if (holding.accepted) {
        calls.push({ method, body, at: performance.now() });
        for (const wake of waiters) wake();
      }
      // Never answered: the caller waits until its own timeout or until it dies.
      return;
    }
    const pending = failures.get(method) ?? [];
    const at = pending.findIndex((f) => !f.when || f.when(body));
    const failure = at >= 0 ? pending.splice(at, 1)[0]!.failure : undefined;
    if (failure && 'status' in failure) {
      // Not recorded: the bot is expected to try again after Retry-After.
      return reply(429, { ok: false, error: 'ratelimited' }, { 'retry-after': String(failure.retryAfterSeconds) });
    }
    calls.push({ method, ...(responseMatch ? { responseId: decodeURIComponent(responseMatch[1]!) } : {}), body, at: performance.now() });
    for (const wake of waiters) wake();
    if (failure) return reply(200, { ok: false, error: failure.error });
    if (method === 'response') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      return res.end('ok');
    }
    reply(200, answer(method, body, ++counter, userNames, base));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    apiUrl: `${base}/api/`,
    calls,
    userNames,
    responseUrl: (id) => `${base}/response/${encodeURIComponent(id)}`,
    failNext(method, failure, when) {
      failures.set(method, [...(failures.get(method) ?? []), { failure, ...(when ? { when } : {}) }]);
    },
    hold(method, options = {}) {
      held.set(method, { accepted: options.accepted === true });
    },
    release(method) {
      held.delete(method);
    },
    waitForCalls(match, count = 1, timeoutMs = 10_000) {
      const test = typeof match === 'string' ? (call: RecordedCall) => call.method === match : match;
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = calls.filter(test);
          if (found.length < count) return false;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(found.slice(0, count));
          return true;
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`expected ${count} matching Slack API call(s); got ${calls.filter(test).length}. All calls: ${calls.map((c) => c.method).join(', ') || 'none'}`));
        }, timeoutMs);
        if (!check()) waiters.add(check);
      });
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function answer(method: string, body: Record<string, any>, n: number, userNames: Map<string, string>, base: string): Record<string, unknown> {
  const ts = `1700000000.${String(n).padStart(6, '0')}`;
  switch (method) {
    case 'auth.test':
      return { ok: true, url: 'https://stand-in.slack.com/', team: 'Stand-in', user: 'peerreview', team_id: 'TSTANDIN', user_id: 'UBOT', bot_id: 'BBOT' };
    case 'chat.postMessage':
      return { ok: true, channel: body.channel, ts, message: { text: body.text, ts } };
    case 'chat.postEphemeral':
      return { ok: true, message_ts: ts };
    case 'views.open':
    case 'views.publish':
      return { ok: true, view: { id: `V${n}`, hash: `hash-${n}` } };
    case 'users.info': {
      const id = String(body.user);
      const name = userNames.get(id) ?? `Person ${id}`;
      return { ok: true, user: { id, name: id.toLowerCase(), real_name: name, profile: { display_name: name, real_name: name } } };
    }
    case 'conversations.open':
      return { ok: true, channel: { id: `D${String(body.users).split(',')[0]}` } };
    case 'files.getUploadURLExternal':
      return { ok: true, upload_url: `${base}/upload/F${n}`, file_id: `F${n}` };
    case 'files.completeUploadExternal': {
      const files = Array.isArray(body.files) ? (body.files as Array<{ id: string; title?: string }>) : [];
      return { ok: true, files: files.map((file) => ({ id: file.id, title: file.title ?? '' })) };
    }
    default:
      return { ok: false, error: 'unknown_method' };
  }
}

/** The Web API client POSTs the bytes as multipart form data (field `body`); anything else is taken as raw bytes. */
async function readUpload(req: IncomingMessage): Promise<{ filename?: string; data: Buffer }> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks);
  const type = String(req.headers['content-type'] ?? '');
  if (!type.startsWith('multipart/form-data')) return { data: raw };
  const form = await new Response(raw, { headers: { 'content-type': type } }).formData();
  for (const value of form.values()) {
    if (typeof value !== 'string') return { filename: value.name, data: Buffer.from(await value.arrayBuffer()) };
  }
  return { data: Buffer.alloc(0) };
}

async function readBody(req: IncomingMessage): Promise<Record<string, any>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text) return {};
  if (String(req.headers['content-type'] ?? '').includes('application/json')) return JSON.parse(text) as Record<string, any>;
  // The Web API client form-encodes, with blocks and other structures as JSON strings.
  const body: Record<string, any> = {};
  for (const [key, value] of new URLSearchParams(text)) {
    body[key] = /^[[{]/.test(value) ? tryJson(value) : value;
  }
  return body;
}

function tryJson(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}
