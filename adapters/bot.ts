// Composition root: opens the database, builds the core engine and mounts the
// platform adapters that are configured on one HTTP server.
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { Config } from '../src/config';
import { createEngine, type Engine } from '../src/core/engine';
import { createLogger, type Logger } from '../src/core/logger';
import { commands, flows } from '../src/flows';
import { scheduleHousekeeping } from '../src/scheduling/housekeeping';
import { openDatabase, type Database } from '../src/store/database';
import { TurnStore } from '../src/store/turn-store';
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
  close(): Promise<void>;
}

export async function startBot(config: Config, logger: Logger = createLogger(config.logLevel)): Promise<RunningBot> {
  const db = await openDatabase({ url: config.databaseUrl, embeddedDir: config.embeddedDbDir, migrationsDir });
  const store = new TurnStore(db);
  const engine = createEngine({ store, commands, flows });

  const routes: Route[] = [];
  const closers: Array<() => Promise<void>> = [];
  if (config.slack) {
    const slack = createSlackAdapter({ engine, config: config.slack, logger });
    routes.push(slack.route);
    closers.push(slack.close);
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
    const teams = createTeamsAdapter({ engine, config: config.teams, logger, links: downloads.links });
    routes.push(teams.route, downloads.route);
    closers.push(teams.close);
  }

  const server = createHttpServer(
    routes,
    () => checkHealth(db, logger),
    logger,
  );
  const housekeeping = scheduleHousekeeping(store, logger);
  try {
    server.listen(config.port, config.host);
    await once(server, 'listening');
  } catch (error) {
    housekeeping.stop();
    await db.close();
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  const shownHost = config.host === '0.0.0.0' ? '127.0.0.1' : config.host;
  const url = `http://${shownHost.includes(':') ? `[${shownHost}]` : shownHost}:${port}`;
  localUrl = url;
  if (config.teams?.authenticated && !config.publicUrl) {
    logger.warn('PUBLIC_URL is not set: Teams download links point at this machine only', { url });
  }
  logger.info('bot listening', {
    url: `http://${shownHost}:${port}`,
    database: db.kind,
    slack: Boolean(config.slack),
    teams: config.teams ? (config.teams.authenticated ? 'authenticated' : 'unauthenticated (loopback only)') : false,
  });

  let closing: Promise<void> | undefined;
  return {
    url,
    port,
    db,
    engine,
    close: () =>
      (closing ??= (async () => {
        housekeeping.stop();
        server.closeAllConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
        for (const close of closers) await close();
        await db.close();
      })()),
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
