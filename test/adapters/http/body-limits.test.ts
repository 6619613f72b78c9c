// Request bodies at the server's edge, on raw sockets: a refused body closes its
// connection instead of blocking it, all bodies being read share one memory budget,
// and a body that trickles in is cut long before the 30 s request timeout.
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningBot } from '../../../adapters/bot';
import { DEFAULT_BODY_LIMITS, requestBodyBudget } from '../../../adapters/http/body-guard';
import { startTestBot } from '../../support/bot';
import { startSlackApiStandIn, type SlackApiStandIn } from '../../support/slack-api-stand-in';
import { postSigned, JSON_TYPE, TEST_SIGNING_SECRET } from '../../support/slack-signing';

let bot: RunningBot;
let api: SlackApiStandIn;

beforeAll(async () => {
  api = await startSlackApiStandIn();
  bot = await startTestBot({
    TEAMS_ALLOW_UNAUTHENTICATED: 'true',
    SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
    SLACK_BOT_TOKEN: 'xoxb-test',
    SLACK_API_URL: api.apiUrl,
  });
});

afterAll(async () => {
  await bot?.close();
  await api?.close();
});

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A raw keep-alive connection that records everything the server sends and when it closed. */
interface RawConnection {
  socket: Socket;
  received(): string;
  /** Resolves with ms since opening once the server closed the connection; rejects after `timeoutMs`. */
  closed(timeoutMs: number): Promise<number>;
  /** Resolves once `text` was received. */
  waitFor(text: string, timeoutMs: number): Promise<void>;
}

async function open(port: number): Promise<RawConnection> {
  const socket = connect(port, '127.0.0.1');
  await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
  const started = performance.now();
  let data = '';
  let closedAt: number | undefined;
  socket.on('data', (chunk) => (data += chunk.toString('latin1')));
  // A reset after the answer is a close too; what counts is what arrived before it.
  socket.on('error', () => undefined);
  socket.on('close', () => (closedAt = performance.now()));
  const poll = async (done: () => boolean, timeoutMs: number, what: string) => {
    const until = performance.now() + timeoutMs;
    while (!done()) {
      if (performance.now() > until) throw new Error(`${what} not within ${timeoutMs} ms; received: ${data.slice(0, 400)}`);
      await pause(20);
    }
  };
  return {
    socket,
    received: () => data,
    closed: async (timeoutMs) => {
      await poll(() => closedAt !== undefined, timeoutMs, 'connection close');
      return closedAt! - started;
    },
    waitFor: (text, timeoutMs) => poll(() => data.includes(text), timeoutMs, `"${text}"`),
  };
}

const responses = (raw: string) => raw.match(/HTTP\/1\.1 \d{3}/g) ?? [];
const HEALTHZ = 'GET /healthz HTTP/1.1\r\nHost: bot\r\n\r\n';

async function healthyOnFreshConnection(): Promise<void> {
  const response = await fetch(`${bot.url}/healthz`);
  expect(response.status).toBe(200);
}

describe('a refused body', () => {
  it('over the Teams limit, declared: 413 with Connection: close, then the connection closes (the pipelined request is not taken for body)', async () => {
    const conn = await open(bot.port);
    // The client sends part of its body, sees the 413, and sends its next request on the same connection.
    conn.socket.write(`POST /api/messages HTTP/1.1\r\nHost: bot\r\nContent-Type: application/json\r\nContent-Length: ${300 * 1024}\r\n\r\n`);
    conn.socket.write(`{"text":"${'x'.repeat(8 * 1024)}`);
    conn.socket.write(HEALTHZ);
    const closedAfter = await conn.closed(DEFAULT_BODY_LIMITS.lingerMs + 3_000);
    expect(responses(conn.received())).toEqual(['HTTP/1.1 413']);
    expect(conn.received()).toMatch(/\r\nConnection: close\r\n/i);
    expect(closedAfter).toBeLessThan(DEFAULT_BODY_LIMITS.lingerMs + 2_000);
    await healthyOnFreshConnection();
  });

  it('over the Teams limit, chunked: 413 with Connection: close, then the connection closes', async () => {
    const conn = await open(bot.port);
    const chunk = `{"text":"${'x'.repeat(300 * 1024)}`;
    conn.socket.write(`POST /api/messages HTTP/1.1\r\nHost: bot\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n`);
    conn.socket.write(`${Buffer.byteLength(chunk).toString(16)}\r\n${chunk}\r\n`);
    // No last chunk: the body never ends. The next request follows at once.
    conn.socket.write(HEALTHZ);
    await conn.closed(DEFAULT_BODY_LIMITS.lingerMs + 3_000);
    expect(responses(conn.received())).toEqual(['HTTP/1.1 413']);
    expect(conn.received()).toMatch(/\r\nConnection: close\r\n/i);
    await healthyOnFreshConnection();
  });

  it("over Bolt's limit on the Slack route (chunked): Bolt's 413 closes the connection too", async () => {
    const conn = await open(bot.port);
    const chunk = 'x'.repeat(600 * 1024);
    conn.socket.write(`POST /slack/events HTTP/1.1\r\nHost: bot\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n`);
    conn.socket.write(`${chunk.length.toString(16)}\r\n${chunk}\r\n`);
    conn.socket.write(HEALTHZ);
    await conn.closed(DEFAULT_BODY_LIMITS.lingerMs + 3_000);
    expect(responses(conn.received())).toEqual(['HTTP/1.1 413']);
    expect(conn.received()).toMatch(/\r\nConnection: close\r\n/i);
    await healthyOnFreshConnection();
  });

  it('declared larger than any route accepts: 413 before any route reads it', async () => {
    const conn = await open(bot.port);
    conn.socket.write(`POST /slack/events HTTP/1.1\r\nHost: bot\r\nContent-Type: application/json\r\nContent-Length: ${10 * 1024 * 1024}\r\n\r\n{"a":`);
    conn.socket.write(HEALTHZ);
    await conn.closed(DEFAULT_BODY_LIMITS.lingerMs + 3_000);
    expect(responses(conn.received())).toEqual(['HTTP/1.1 413']);
    expect(conn.received()).toMatch(/\r\nConnection: close\r\n/i);
  });

  it('keeps a connection whose body was read whole alive for the next request', async () => {
    const conn = await open(bot.port);
    const body = '{"type": "message",';
    conn.socket.write(`POST /api/messages HTTP/1.1\r\nHost: bot\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body}${HEALTHZ}`);
    await conn.waitFor('"status":"ok"', 5_000);
    expect(responses(conn.received())).toEqual(['HTTP/1.1 400', 'HTTP/1.1 200']);
    expect(conn.received()).not.toMatch(/Connection: close/i);
    conn.socket.destroy();
  });
});

describe('request bodies still being read', () => {
  it('share one budget: slow 500 KiB Slack bodies past it get 503 with Retry-After, and the reserved bytes stay within it', async () => {
    const declared = 500 * 1024;
    const count = 100;
    const fits = Math.floor(requestBodyBudget.capacity / declared);
    expect(count).toBeGreaterThan(fits);
    requestBodyBudget.peak = requestBodyBudget.inUse;
    const refusedBefore = requestBodyBudget.refused;
    const conns: RawConnection[] = [];
    try {
      for (let i = 0; i < count; i++) {
        const conn = await open(bot.port);
        conns.push(conn);
        // Headers and most of the body, then nothing more: a slow client (or an attacker).
        conn.socket.write(
          `POST /slack/events HTTP/1.1\r\nHost: bot\r\nContent-Type: application/json\r\nContent-Length: ${declared}\r\n` +
            `X-Slack-Request-Timestamp: ${Math.floor(Date.now() / 1000)}\r\nX-Slack-Signature: v0=00\r\n\r\n`,
        );
        conn.socket.write('x'.repeat(declared - 10 * 1024));
      }
      await expect.poll(() => conns.filter((conn) => conn.received().startsWith('HTTP/1.1 503')).length, { timeout: 10_000 }).toBe(count - fits);
      const answer = conns.find((conn) => conn.received().startsWith('HTTP/1.1 503'))!.received();
      expect(answer).toMatch(/\r\nRetry-After: \d+\r\n/i);
      expect(answer).toMatch(/\r\nConnection: close\r\n/i);
      expect(requestBodyBudget.refused - refusedBefore).toBe(count - fits);
      // What the bodies being read may hold never passed the budget.
      expect(requestBodyBudget.peak).toBeLessThanOrEqual(requestBodyBudget.capacity);
      expect(requestBodyBudget.inUse).toBe(fits * declared);

      // Meanwhile a small, real Slack request still fits.
      for (const conn of conns) if (!conn.received()) conn.socket.destroy();
      await expect.poll(() => requestBodyBudget.inUse, { timeout: 5_000 }).toBe(0);
      const ok = await postSigned(bot.url, JSON.stringify({ type: 'url_verification', challenge: 'c1' }), JSON_TYPE);
      expect(ok.status).toBe(200);
    } finally {
      for (const conn of conns) conn.socket.destroy();
    }
    await expect.poll(() => requestBodyBudget.inUse, { timeout: 5_000 }).toBe(0);
  }, 60_000);

  it.each([
    ['/api/messages', 'Teams'],
    ['/slack/events', 'Slack (read by Bolt)'],
  ])('cuts a body that trickles in on %s (%s) after its deadline, with 408, long before the 30 s request timeout', async (path) => {
    const conn = await open(bot.port);
    const declared = 2_000;
    conn.socket.write(`POST ${path} HTTP/1.1\r\nHost: bot\r\nContent-Type: application/json\r\nContent-Length: ${declared}\r\n\r\n{"a":"`);
    const trickle = setInterval(() => {
      if (!conn.socket.destroyed) conn.socket.write('x');
    }, 500);
    try {
      const closedAfter = await conn.closed(15_000);
      const deadline = DEFAULT_BODY_LIMITS.graceMs + (declared / DEFAULT_BODY_LIMITS.minBytesPerSecond) * 1000;
      expect(closedAfter).toBeGreaterThan(deadline - 500);
      expect(closedAfter).toBeLessThan(deadline + 2_000);
      expect(responses(conn.received())).toEqual(['HTTP/1.1 408']);
    } finally {
      clearInterval(trickle);
      conn.socket.destroy();
    }
    await expect.poll(() => requestBodyBudget.inUse, { timeout: 5_000 }).toBe(0);
    await healthyOnFreshConnection();
  }, 30_000);
});
