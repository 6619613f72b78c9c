// Composition root: opens the database, builds the core engine and mounts the
// platform adapters that are configured on one HTTP server.
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { Config } from '../src/config';
import { systemClock, type Clock } from '../src/core/clock';
import { createEngine, type Engine } from '../src/core/engine';
import { createLogger, type Logger } from '../src/core/logger';
import type { PlatformSender } from '../src/core/outgoing';
import { createDispatcher, type Dispatcher } from '../src/core/pipeline/dispatcher';
import { createInboxWorker, type InboxWorker } from '../src/core/pipeline/inbox-worker';
import type { Locale, Platform, Turn } from '../src/core/turn';
import { commands, fallback, flows, joined } from '../src/flows';
import { jobs as defaultJobs } from '../src/flows/jobs';
import type { JobHandler } from '../src/core/jobs';
import { openJobQueue, type JobQueue } from '../src/store/job-queue';
import type { TenantScope } from '../src/store/turn-store';
import { scheduleHousekeeping } from '../src/scheduling/housekeeping';
import { scheduleTimelineTicks, tickTimelines } from '../src/scheduling/timeline-tick';
import { scheduleDrillTicks, tickDrills } from '../src/scheduling/drill-tick';
import { drillPlansDue } from '../src/store/drill-store';
import { openDatabase, type Database } from '../src/store/database';
import { createInboxRecorder, INBOX_CHANNEL } from '../src/store/inbox-recorder';
import { PostgresOutboxStore } from '../src/store/outbox-store';
import { TurnStore } from '../src/store/turn-store';
import { textsFor } from '../src/texts';
import { createDownloads, downloadSecret } from './http/downloads';
import { checkHealth } from './http/health';
import type { Route } from './http/route';
import { createHttpServer } from './http/server';
import { createSlackAdapter } from './slack';
import { createTeamsAdapter } from './teams';

export const migrationsDir = fileURLToPath(new URL('../prisma/migrations', import.meta.url));

export interface RunningBot {
  url: string;
  port: number;
  db: Database;
  engine: Engine;
  worker: InboxWorker;
  dispatcher: Dispatcher;
  jobs: JobQueue;
  store: TurnStore;
  /** One timeline tick now, at the clock's time (every minute on its own): how many runs it scheduled. */
  tickTimelines(): Promise<number>;
  /** One drill tick now, at the clock's time (every minute on its own): how many runs it scheduled. */
  tickDrills(): Promise<number>;
  close(): Promise<void>;
}

export interface BotOptions {
  logger?: Logger;
  clock?: Clock;
  /** The timed jobs to work (default: src/flows/jobs.ts). */
  jobs?: ReadonlyArray<JobHandler<TenantScope>>;
  /** Whether the once-a-minute timeline and drill ticks run (default true). Tests that tick by hand turn them off, so a real minute boundary cannot tick at an injected time. */
  ticks?: boolean;
}

export async function startBot(config: Config, options: BotOptions = {}): Promise<RunningBot> {
  const { logger = createLogger(config.logLevel), clock = systemClock, jobs: jobHandlers = defaultJobs, ticks = true } = options;
  const db = await openDatabase({ url: config.databaseUrl, embeddedDir: config.embeddedDbDir, migrationsDir });
  const store = new TurnStore(db);
  let jobs: JobQueue;
  try {
    jobs = await openJobQueue(db, logger);
  } catch (error) {
    await db.close();
    throw error;
  }
  store.jobs = jobs;
  // receiver → inbox → worker (engine) → outbox → dispatcher → platform sender.
  // BOT_ROLE=receiver runs the first two, BOT_ROLE=worker the rest; they meet in the database.
  const receives = config.role !== 'worker';
  const works = config.role !== 'receiver';
  let worker: InboxWorker | undefined;
  let dispatcher: Dispatcher | undefined;
  const inbox = createInboxRecorder(db, { onRecorded: (count) => worker?.wake(count) });
  const errors = (locale: Locale) => textsFor(locale).errors;
  const engine = createEngine({ store, inbox, commands, flows, fallback, joined, texts: textsFor, errors, now: () => clock.now() });

  const routes: Route[] = [];
  const senders: Partial<Record<Platform, PlatformSender>> = {};
  let prepareSlack: ((turn: Turn) => Promise<Turn>) | undefined;
  if (config.slack) {
    const slack = createSlackAdapter({ inbox, config: config.slack, logger, clock });
    if (receives) routes.push(slack.route);
    senders.slack = slack.sender;
    prepareSlack = slack.prepare;
  }
  // Filled in once the server listens (the port may be 0 until then).
  let localUrl = '';
  if (config.teams) {
    // Teams gets files as download links from our own server (a bot cannot attach a document there).
    const downloads = createDownloads({
      store,
      secret: downloadSecret(config.downloadSigningSecret, logger),
      publicUrl: () => config.publicUrl ?? localUrl,
    });
    const teams = createTeamsAdapter({ inbox, config: config.teams, logger, clock, links: downloads.links });
    if (receives) routes.push(teams.route, downloads.route);
    senders.teams = teams.sender;
  }
  const { pipeline } = config;
  const outbox = new PostgresOutboxStore(db);
  // The embedded database has one owner: whatever is marked sending was left by a process that died.
  if (db.kind === 'embedded') {
    const released = await outbox.releaseLeases(new Date(clock.now().getTime() - 1));
    if (released > 0) logger.info('outgoing messages left by a stopped process go out now', { released });
  }
  dispatcher = createDispatcher({
    store: outbox,
    senders,
    clock,
    logger,
    leaseMs: pipeline.outboxLeaseMs,
    giveUpAfterMs: pipeline.outboxGiveUpMs,
  });
  worker = createInboxWorker({
    runNext: (now, options) => store.runInboxTurn({ next: true, now }, engine.decide, options),
    prepare: async (turn) => (turn.platform === 'slack' && prepareSlack ? prepareSlack(turn) : turn),
    internalError: (locale) => errors(locale).internal,
    concurrency: pipeline.inboxWorkers,
    clock,
    logger,
    onWritten: () => dispatcher?.wake(),
    // Under a burst the acks go first; the turns follow from the inbox.
    ingest: inbox,
  });

  const dueDrills = (now: Date, limit: number) => drillPlansDue(db.prisma, now, limit);
  const server = createHttpServer(
    routes,
    () => checkHealth(db, logger),
    logger,
  );
  const housekeeping = works ? scheduleHousekeeping(store, logger) : undefined;
  const timelineTicks = works && ticks ? scheduleTimelineTicks(store, jobs, clock, logger, config.tickCron) : undefined;
  const drillTicks = works && ticks ? scheduleDrillTicks(dueDrills, jobs, clock, logger, config.tickCron) : undefined;
  try {
    server.listen(config.port, config.host);
    await once(server, 'listening');
  } catch (error) {
    housekeeping?.stop();
    timelineTicks?.stop();
    drillTicks?.stop();
    await jobs.stop();
    await db.close();
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  const shownHost = config.host === '0.0.0.0' ? '127.0.0.1' : config.host;
  const url = `http://${shownHost.includes(':') ? `[${shownHost}]` : shownHost}:${port}`;
  localUrl = url;
  // Turns recorded by receivers in other processes (or instances) wake the workers at once.
  const listening = works
    ? db.listen(INBOX_CHANNEL, (payload) => worker?.wake(payload === undefined ? pipeline.inboxWorkers : Number(payload) || 1))
    : undefined;
  if (works) {
    // Turns recorded before a crash or by another instance are picked up at once.
    worker.start();
    dispatcher.start();
    await jobs.work(jobHandlers, store, { now: () => clock.now(), afterRun: () => dispatcher?.wake() });
  }
  if (config.teams?.authenticated && !config.publicUrl) {
    logger.warn('PUBLIC_URL is not set: Teams download links point at this machine only', { url });
  }
  logger.info('bot listening', {
    url: `http://${shownHost}:${port}`,
    database: db.kind,
    role: config.role,
    slack: Boolean(config.slack),
    teams: config.teams ? (config.teams.authenticated ? 'authenticated' : 'unauthenticated (loopback only)') : false,
  });

  let closing: Promise<void> | undefined;
  return {
    url,
    port,
    db,
    engine,
    worker,
    dispatcher,
    jobs,
    store,
    tickTimelines: () => tickTimelines(store, jobs, clock.now()),
    tickDrills: () => tickDrills(dueDrills, jobs, clock.now()),
    close: () =>
      (closing ??= (async () => {
        housekeeping?.stop();
        timelineTicks?.stop();
        drillTicks?.stop();
        await listening?.close();
        server.closeAllConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
        // Turns under way finish and their replies go out; what is left waits in the database.
        await worker.stop(5_000);
        await jobs.stop();
        await dispatcher.stop(5_000);
        await db.close();
      })()),
  };
}
