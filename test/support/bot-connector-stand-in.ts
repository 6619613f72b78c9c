// A loopback stand-in for the Bot Framework connector (an activity's serviceUrl):
// records every reply or post the bot makes and answers like the real service.
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedPost {
  conversationId: string;
  /** The activity replied to (POST …/activities/:replyToId); absent for a new post. */
  replyToId?: string;
  activity: Record<string, any>;
  headers: Record<string, string | string[] | undefined>;
  /** performance.now() when the post arrived. */
  at: number;
}

export interface ConnectorStandIn {
  /** Use as the activity's serviceUrl. */
  url: string;
  posts: RecordedPost[];
  /** Posts to one conversation (test files share no stand-in, but tests in a file do). */
  postsTo(conversationId: string): RecordedPost[];
  /** The next post to this conversation is refused with 429 and this Retry-After (seconds), unrecorded. */
  throttleNext(conversationId: string, retryAfterSeconds: number): void;
  /** How many posts were refused with 429. */
  throttled: number;
  /** Posts to this conversation are refused with `status` from now on (bot removed, chat gone). */
  refuse(conversationId: string, status: number): void;
  /** Conversations the bot created (POST /v3/conversations): their parameters and the id handed out. */
  created: Array<{ id: string; parameters: Record<string, any> }>;
  /** Resolves once `count` posts to the conversation were recorded; rejects after `timeoutMs`. */
  waitForPosts(conversationId: string, count: number, timeoutMs?: number): Promise<RecordedPost[]>;
  close(): Promise<void>;
}

const ROUTE = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?\/?$/;

export async function startConnectorStandIn(): Promise<ConnectorStandIn> {
  const posts: RecordedPost[] = [];
  const waiters = new Set<() => void>();
  const throttles = new Map<string, number>();
  const refusals = new Map<string, number>();
  const created: Array<{ id: string; parameters: Record<string, any> }> = [];
  let nextId = 1;

  const server = createServer(async (req, res) => {
    const path = (req.url ?? '').split('?')[0]!;
    if (req.method === 'POST' && /^\/v3\/conversations\/?$/.test(path)) {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const id = `a:created-${nextId++}`;
      created.push({ id, parameters: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, any> });
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id, serviceUrl: standIn.url }));
      return;
    }
    const match = ROUTE.exec(path);
    if (req.method !== 'POST' || !match) {
      res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { code: 'NotFound' } }));
      return;
    }
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const conversationId = decodeURIComponent(match[1]!);
    const refused = refusals.get(conversationId.split(';')[0]!);
    if (refused !== undefined) {
      res.writeHead(refused, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { code: 'BotNotInConversationRoster', message: 'The bot is not part of the conversation roster.' } }));
      return;
    }
    const retryAfter = throttles.get(conversationId);
    if (retryAfter !== undefined) {
      throttles.delete(conversationId);
      standIn.throttled++;
      res.writeHead(429, { 'content-type': 'application/json', 'retry-after': String(retryAfter) });
      res.end(JSON.stringify({ error: { code: 'TooManyRequests', message: 'throttled' } }));
      return;
    }
    posts.push({
      conversationId: decodeURIComponent(match[1]!),
      replyToId: match[2] === undefined ? undefined : decodeURIComponent(match[2]),
      activity: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, any>,
      headers: req.headers,
      at: performance.now(),
    });
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: `stand-in-${nextId++}` }));
    for (const wake of waiters) wake();
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;

  const postsTo = (conversationId: string) => posts.filter((post) => post.conversationId === conversationId);

  const standIn: ConnectorStandIn = {
    url: `http://127.0.0.1:${port}/`,
    posts,
    postsTo,
    throttled: 0,
    created,
    refuse(conversationId, status) {
      refusals.set(conversationId, status);
    },
    throttleNext(conversationId, retryAfterSeconds) {
      throttles.set(conversationId, retryAfterSeconds);
    },
    waitForPosts(conversationId, count, timeoutMs = 5_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = postsTo(conversationId);
          if (found.length < count) return;
          cleanup();
          resolve(found);
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`expected ${count} posts to ${conversationId}, got ${postsTo(conversationId).length}`));
        }, timeoutMs);
        const cleanup = () => {
          clearTimeout(timer);
          waiters.delete(check);
        };
        waiters.add(check);
        check();
      });
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return standIn;
}
