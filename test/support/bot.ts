// Starts the real bot (HTTP server, engine, database) for a test, on a free
// loopback port, with the configuration parsed from an env-like object exactly
// as in production.
import { inject } from 'vitest';
import { startBot, type BotOptions, type RunningBot } from '../../adapters/bot';
import { loadConfig } from '../../src/config';
import { createLogger, silentLogger, type Logger } from '../../src/core/logger';
import { createDatabaseOn } from './scratch-database';

export function testDatabaseUrl(): string {
  return inject('databaseUrl');
}

let fileDatabase: Promise<string> | undefined;

/**
 * The database the bots of this test file share, copied from the run's
 * migrated template on first use: a bot's worker and dispatcher take any row
 * of their database, so bots of different files (running at the same time)
 * must not share one. Restarts within a file keep it.
 */
function botDatabaseUrl(): Promise<string> {
  fileDatabase ??= createDatabaseOn(inject('postgresServerUrl'), inject('botDatabasePrefix'), inject('templateDatabase')).then((db) => db.url);
  return fileDatabase;
}

/** Silent, unless TEST_LOG=debug|info|warn|error asks to see the bot's log lines while a test runs. */
function testLogger(): Logger {
  const level = process.env.TEST_LOG;
  return level === 'debug' || level === 'info' || level === 'warn' || level === 'error' ? createLogger(level) : silentLogger;
}

export async function startTestBot(env: Record<string, string | undefined>, options: BotOptions = {}): Promise<RunningBot> {
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', DATABASE_URL: await botDatabaseUrl(), ...env });
  // Tests tick by hand (bot.tickTimelines / tickDrills): a cron tick at a real minute
  // boundary would run the timeline or drills at the injected clock's time, at random.
  return startBot(config, { logger: testLogger(), ticks: false, ...options });
}

/** A tenant id no other test uses, so tests can share one database. */
export function uniqueId(prefix: string): string {
  return `${prefix}${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`.toUpperCase();
}
