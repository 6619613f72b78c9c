// Loaded into the bench's server processes (node --import): answers the bench
// over IPC with the event loop's delay since the last ask and the V8 heap,
// after a full collection when asked (the process runs with --expose-gc).
// It changes nothing in the process it watches.
import { monitorEventLoopDelay } from 'node:perf_hooks';

const delay = monitorEventLoopDelay({ resolution: 5 });
delay.enable();

process.on('message', (message: { type?: string; id?: number; gc?: boolean; reset?: boolean }) => {
  if (message?.type !== 'probe') return;
  if (message.gc) (globalThis as { gc?: () => void }).gc?.();
  const memory = process.memoryUsage();
  const mib = (bytes: number) => bytes / 2 ** 20;
  process.send?.({
    type: 'probe',
    id: message.id,
    delayP50Ms: delay.percentile(50) / 1e6,
    delayP99Ms: delay.percentile(99) / 1e6,
    delayMaxMs: delay.max / 1e6,
    heapUsedMiB: mib(memory.heapUsed),
    heapTotalMiB: mib(memory.heapTotal),
    externalMiB: mib(memory.external),
    arrayBuffersMiB: mib(memory.arrayBuffers),
  });
  if (message.reset) delay.reset();
});
