// Open-loop load: requests leave at a fixed rate whether or not earlier ones
// have been answered, so a slow server shows up as latency, not as a lower rate.
import { Agent, request } from 'node:http';

export interface LoadResult {
  sent: number;
  ok: number;
  failed: number;
  seconds: number;
  latenciesMs: number[];
}

export interface PreparedRequest {
  path: string;
  headers: Record<string, string>;
  body: string;
}

export async function runOpenLoop(
  baseUrl: string,
  ratePerSecond: number,
  seconds: number,
  make: (i: number) => PreparedRequest,
): Promise<LoadResult> {
  const url = new URL(baseUrl);
  const agent = new Agent({ keepAlive: true, maxSockets: 256 });
  const total = Math.round(ratePerSecond * seconds);
  const latenciesMs: number[] = [];
  let ok = 0;
  let failed = 0;
  const started = performance.now();
  const inFlight: Array<Promise<void>> = [];
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / ratePerSecond;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    const prepared = make(i);
    inFlight.push(
      new Promise<void>((resolve) => {
        const sentAt = performance.now();
        const req = request(
          { host: url.hostname, port: url.port, path: prepared.path, method: 'POST', agent, headers: { ...prepared.headers, 'content-length': Buffer.byteLength(prepared.body) } },
          (res) => {
            res.resume();
            res.on('end', () => {
              latenciesMs.push(performance.now() - sentAt);
              if (res.statusCode && res.statusCode < 300) ok++;
              else failed++;
              resolve();
            });
          },
        );
        req.on('error', () => {
          failed++;
          resolve();
        });
        req.end(prepared.body);
      }),
    );
  }
  await Promise.all(inFlight);
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  return { sent: total, ok, failed, seconds: elapsed, latenciesMs };
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
