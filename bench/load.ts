// Load generators. Open loop: requests leave at a fixed rate whether or not
// earlier ones have been answered, so a slow server shows up as latency, not as
// a lower rate. Closed loop: a fixed number of connections, each sending its
// next request as soon as the previous one is answered, so the server's pace
// sets the rate (saturated throughput).
import { Agent, request } from 'node:http';

export interface LoadResult {
  sent: number;
  /** Answered 2xx. */
  ok: number;
  /** Answered otherwise, or no answer (connection error). */
  failed: number;
  /** Answers by HTTP status; 0 = no answer (connection error). */
  statuses: Record<number, number>;
  /** Requests without an answer, by error code (ECONNRESET, …). */
  errors: Record<string, number>;
  seconds: number;
  /** Latency of every answer that arrived, in the order they were sent (ms). */
  latenciesMs: number[];
  /** For each entry of latenciesMs, when its request left, in seconds from the start. */
  sentAtS: number[];
}

export interface PreparedRequest {
  path: string;
  headers: Record<string, string>;
  body: string;
}

function emptyResult(): LoadResult {
  return { sent: 0, ok: 0, failed: 0, statuses: {}, errors: {}, seconds: 0, latenciesMs: [], sentAtS: [] };
}

/** One request; resolves with its status (0 when no answer came) once the answer has been read. */
function send(url: URL, agent: Agent, prepared: PreparedRequest, result: LoadResult): Promise<number> {
  return new Promise<number>((resolve) => {
    const failed = (error: Error & { code?: string }) => {
      const code = error.code ?? error.message;
      result.errors[code] = (result.errors[code] ?? 0) + 1;
      resolve(0);
    };
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path: prepared.path,
        method: 'POST',
        agent,
        headers: { ...prepared.headers, 'content-length': Buffer.byteLength(prepared.body) },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', failed);
      },
    );
    req.on('error', failed);
    req.end(prepared.body);
  });
}

function count(result: LoadResult, status: number, sentAt: number, started: number): void {
  result.statuses[status] = (result.statuses[status] ?? 0) + 1;
  if (status >= 200 && status < 300) result.ok++;
  else result.failed++;
  if (status !== 0) {
    result.latenciesMs.push(performance.now() - sentAt);
    result.sentAtS.push((sentAt - started) / 1000);
  }
}

export async function runOpenLoop(
  baseUrl: string,
  ratePerSecond: number,
  seconds: number,
  make: (i: number) => PreparedRequest,
  { total = Math.round(ratePerSecond * seconds) }: { total?: number } = {},
): Promise<LoadResult> {
  const url = new URL(baseUrl);
  const agent = new Agent({ keepAlive: true, maxSockets: 256 });
  const result = emptyResult();
  const started = performance.now();
  const inFlight: Array<Promise<void>> = [];
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / ratePerSecond;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    const prepared = make(i);
    const sentAt = performance.now();
    result.sent++;
    inFlight.push(send(url, agent, prepared, result).then((status) => count(result, status, sentAt, started)));
  }
  await Promise.all(inFlight);
  result.seconds = (performance.now() - started) / 1000;
  agent.destroy();
  return result;
}

/** `connections` loops, each sending its next request when the last was answered, for `seconds`. */
export async function runClosedLoop(
  baseUrl: string,
  connections: number,
  seconds: number,
  make: (i: number) => PreparedRequest,
): Promise<LoadResult> {
  const url = new URL(baseUrl);
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const result = emptyResult();
  const started = performance.now();
  const deadline = started + seconds * 1000;
  let next = 0;
  const loop = async () => {
    while (performance.now() < deadline) {
      const prepared = make(next++);
      const sentAt = performance.now();
      result.sent++;
      count(result, await send(url, agent, prepared, result), sentAt, started);
    }
  };
  await Promise.all(Array.from({ length: connections }, loop));
  result.seconds = (performance.now() - started) / 1000;
  agent.destroy();
  return result;
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = Float64Array.from(values).sort();
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export function max(values: number[]): number {
  let m = Number.NaN;
  for (const v of values) if (!(v <= m)) m = v;
  return m;
}

/** p99 of the latencies of requests sent in each `chunkS`-second slice of the run. */
export function p99BySlice(result: LoadResult, chunkS: number): number[] {
  const slices: number[][] = [];
  result.sentAtS.forEach((at, i) => {
    (slices[Math.floor(at / chunkS)] ??= []).push(result.latenciesMs[i]!);
  });
  return [...slices].map((slice) => (slice ? percentile(slice, 99) : Number.NaN));
}
