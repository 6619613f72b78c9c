// Child processes and scratch databases for the bench.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer } from 'node:net';

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * `probe`: also load bench/probe.ts (event loop delay and heap over IPC; see probeOf).
 * `nodeArgs`: more options for node (BENCH_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" for the bot).
 */
export function startTs(script: string, env: Record<string, string>, { probe = false, nodeArgs = [] }: { probe?: boolean; nodeArgs?: string[] } = {}): ChildProcess {
  const probeArgs = probe ? ['--expose-gc', '--import', join(import.meta.dirname, 'probe.ts')] : [];
  return spawn(process.execPath, [...nodeArgs, '--import', 'tsx', ...probeArgs, script], {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
}

/** Polls `check` until it holds; gives up at once when `child` (the process being waited for) has exited. */
export async function waitUntil(check: () => Promise<boolean>, what: string, timeoutMs = 60_000, child?: ChildProcess): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`${what} exited with code ${child.exitCode} before it came up`);
    try {
      if (await check()) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${what} did not come up within ${timeoutMs} ms`);
}

export async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
}

/** CPU time (ms) and resident memory (MiB) of a process, where /proc tells (Linux); undefined elsewhere. */
export function processStats(pid: number | undefined): { cpuMs: number; rssMiB: number } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    const ticks = Number(stat[11]) + Number(stat[12]);
    const rssPages = Number(stat[21]);
    return { cpuMs: ticks * 10, rssMiB: (rssPages * 4096) / 2 ** 20 };
  } catch {
    return undefined;
  }
}

/** Resident memory (MiB) from /proc/<pid>/status VmRSS; NaN when /proc does not tell. */
function vmRssMiB(pid: number | undefined): number {
  try {
    const line = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return line ? Number(line[1]) / 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

export interface Probe {
  delayP50Ms: number;
  delayP99Ms: number;
  delayMaxMs: number;
  heapUsedMiB: number;
  heapTotalMiB: number;
  externalMiB: number;
  arrayBuffersMiB: number;
}

let probes = 0;

/** Asks a process started with `probe: true`; undefined when it does not answer within 5 s. */
export function probeOf(child: ChildProcess, options: { gc?: boolean; reset?: boolean } = {}): Promise<Probe | undefined> {
  if (!child.connected) return Promise.resolve(undefined);
  const id = ++probes;
  return new Promise((resolve) => {
    const timer = setTimeout(() => done(undefined), 5_000);
    const listen = (message: { type?: string; id?: number } & Probe) => {
      if (message?.type === 'probe' && message.id === id) done(message);
    };
    const done = (value: Probe | undefined) => {
      clearTimeout(timer);
      child.off('message', listen);
      resolve(value);
    };
    child.on('message', listen);
    child.send({ type: 'probe', id, ...options });
  });
}

export interface RssSeries {
  /** Seconds since the sampler started, MiB, and the V8 heap in use when the process was probed. */
  samples: Array<{ atS: number; mib: number; phase: string; heapMiB?: number }>;
  /** Everything sampled from now on is labelled `phase`. */
  mark(phase: string): void;
  stop(): void;
}

/** Samples a process's VmRSS every `everyMs` (and once at once). */
export function sampleRss(child: ChildProcess, { everyMs = 1_000, phase = 'before', heap = false }: { everyMs?: number; phase?: string; heap?: boolean } = {}): RssSeries {
  const started = performance.now();
  const samples: RssSeries['samples'] = [];
  let current = phase;
  const take = () => {
    const sample: RssSeries['samples'][number] = { atS: (performance.now() - started) / 1000, mib: vmRssMiB(child.pid), phase: current };
    samples.push(sample);
    if (heap) void probeOf(child).then((p) => p && (sample.heapMiB = p.heapUsedMiB));
  };
  take();
  const timer = setInterval(take, everyMs);
  return {
    samples,
    mark(next) {
      current = next;
    },
    stop: () => clearInterval(timer),
  };
}
