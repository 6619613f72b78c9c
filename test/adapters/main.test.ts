// `npm start` as a process: SIGTERM ends it within its bound, even while every
// database connection hangs (a failover), and a healthy bot stops at once.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createScratchDatabase } from '../support/databases';
import { startTcpProxy, type TcpProxy } from '../support/tcp-proxy';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

interface Started {
  child: ChildProcess;
  url: string;
  logs: Array<Record<string, unknown>>;
  proxy: TcpProxy;
}

async function startProcess(): Promise<Started> {
  const scratch = await createScratchDatabase();
  cleanups.push(scratch.drop);
  const proxy = await startTcpProxy('127.0.0.1', Number(new URL(scratch.url).port || 5432));
  cleanups.push(proxy.close);
  // Only what the bot needs: no Slack or Teams variables from the outer environment.
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', DATABASE_URL: proxy.url(scratch.url) };
  const child = spawn(process.execPath, ['--import', 'tsx', 'adapters/main.ts'], { cwd: root, env, stdio: ['ignore', 'ignore', 'pipe'] });
  cleanups.push(async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGKILL');
      await once(child, 'exit');
    }
  });
  const logs: Array<Record<string, unknown>> = [];
  let buffered = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    buffered += chunk.toString('utf8');
    const lines = buffered.split('\n');
    buffered = lines.pop()!;
    for (const line of lines) {
      try {
        logs.push(JSON.parse(line) as Record<string, unknown>);
      } catch {
        logs.push({ message: line });
      }
    }
  });
  const until = Date.now() + 30_000;
  while (!logs.some((line) => line.message === 'bot listening')) {
    if (child.exitCode !== null) throw new Error(`bot exited: ${JSON.stringify(logs)}`);
    if (Date.now() > until) throw new Error(`bot did not start: ${JSON.stringify(logs)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const url = String(logs.find((line) => line.message === 'bot listening')!.url);
  return { child, url, logs, proxy };
}

async function stopWith(child: ChildProcess, signal: NodeJS.Signals): Promise<{ ms: number; code: number | null }> {
  const started = performance.now();
  const exited = once(child, 'exit');
  child.kill(signal);
  const [code] = (await exited) as [number | null];
  return { ms: performance.now() - started, code };
}

describe('the bot process', () => {
  it('stops at once on SIGTERM when nothing hangs', async () => {
    const { child, url, logs } = await startProcess();
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    const { ms, code } = await stopWith(child, 'SIGTERM');
    expect(code).toBe(0);
    expect(ms).toBeLessThan(3_000);
    expect(logs.map((line) => line.message)).toEqual(expect.arrayContaining(['stopping', 'stopped']));
  }, 60_000);

  it('ends within 10 s of SIGTERM while every database connection hangs', async () => {
    const { child, url, proxy, logs } = await startProcess();
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    proxy.stall();
    // Health checks give up after 2 s, but their queries stay on the hung connections.
    const checks = await Promise.all(Array.from({ length: 5 }, () => fetch(`${url}/healthz`).then((response) => response.status)));
    expect(checks).toEqual([503, 503, 503, 503, 503]);
    const { ms } = await stopWith(child, 'SIGTERM');
    // 10 s deadline, plus the exit itself on a busy machine.
    expect(ms).toBeLessThan(12_000);
    // Either the bounded close finished, or the deadline ended it and said what was still open.
    const last = logs.at(-1)!;
    expect(['stopped', 'not stopped in time: exiting anyway']).toContain(last.message);
    if (last.message !== 'stopped') expect(last.stillOpen).toEqual(expect.any(Array));
  }, 60_000);
});
