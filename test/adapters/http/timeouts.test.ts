// Node checks headersTimeout and requestTimeout only every
// connectionsCheckingInterval (30 s by default): a slow client must be cut
// within a second of the configured timeouts, not up to 30 s later.
import { once } from 'node:events';
import type { Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createHttpServer, type HttpServerOptions } from '../../../adapters/http/server';
import { createLogger } from '../../../src/core/logger';

const silent = createLogger('error', () => undefined);
let server: Server | undefined;
afterEach(async () => {
  const running = server;
  server = undefined;
  if (!running) return;
  running.closeAllConnections();
  await new Promise((resolve) => running.close(resolve));
});

async function start(options: HttpServerOptions = {}): Promise<number> {
  server = createHttpServer(
    [
      {
        method: 'POST',
        path: '/echo',
        handle: async (req, res) => {
          for await (const _ of req) void _;
          res.end('ok');
        },
      },
    ],
    async () => ({ ok: true, body: {} }),
    silent,
    options,
  );
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return (server.address() as AddressInfo).port;
}

/** Writes `head` at once, then one more line every 500 ms; resolves with what was answered and when the socket closed. */
async function trickle(port: number, head: string, line: () => string): Promise<{ ms: number; answer: string }> {
  const socket = connect(port, '127.0.0.1');
  await once(socket, 'connect');
  const started = performance.now();
  socket.write(head);
  const timer = setInterval(() => socket.writable && socket.write(line()), 500);
  let answer = '';
  socket.on('data', (data) => (answer += data.toString('latin1')));
  socket.on('error', () => undefined);
  await once(socket, 'close');
  clearInterval(timer);
  return { ms: performance.now() - started, answer };
}

describe('HTTP server timeouts', () => {
  it('cuts a client that sends its headers slowly within a second of the 10 s headers timeout', async () => {
    const port = await start();
    let n = 0;
    const { ms, answer } = await trickle(port, 'GET /healthz HTTP/1.1\r\nHost: x\r\n', () => `X-Slow-${n++}: y\r\n`);
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
    expect(ms).toBeGreaterThan(9_500);
    expect(ms).toBeLessThan(11_000);
  }, 20_000);

  it('cuts a request whose body never completes within a second of its request timeout', async () => {
    // The body guard's own deadline set far out, so that the server's timeout is what cuts.
    const port = await start({ timeouts: { headersMs: 2_000, requestMs: 3_000 }, bodyLimits: { graceMs: 60_000 } });
    const { ms } = await trickle(port, 'POST /echo HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 1000\r\n\r\n', () => 'a');
    expect(ms).toBeGreaterThan(2_500);
    expect(ms).toBeLessThan(4_000);
  }, 20_000);
});
