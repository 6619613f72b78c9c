// Entry point: `npm start`.
import { existsSync } from 'node:fs';
import { ConfigError, loadConfig } from '../src/config';
import { createLogger, errorFields } from '../src/core/logger';
import { DatabaseInUseError } from '../src/store/directory-lock';
import { MigrationError } from '../src/store/migrations';
import { startBot } from './bot';

async function main(): Promise<void> {
  // Values already in the environment win over the file.
  if (existsSync('.env')) process.loadEnvFile('.env');
  let config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`Configuration error: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  let bot;
  try {
    bot = await startBot(config, { logger });
  } catch (error) {
    if (error instanceof DatabaseInUseError || error instanceof MigrationError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  if (!config.slack && !config.teams) {
    logger.warn('neither Slack nor Teams is configured; only /healthz answers. See .env.example.');
  }
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) {
      // A second signal: the operator does not want to wait.
      logger.warn('stopping at once', { signal });
      process.exit(1);
    }
    stopping = true;
    logger.info('stopping', { signal, deadlineMs: STOP_DEADLINE_MS });
    // Whatever hangs (a database that stopped answering, a stuck socket), the process ends in time.
    setTimeout(() => {
      logger.error('not stopped in time: exiting anyway', { deadlineMs: STOP_DEADLINE_MS, stillOpen: process.getActiveResourcesInfo() });
      process.exit(1);
    }, STOP_DEADLINE_MS);
    try {
      await bot.close();
    } catch (error) {
      logger.error('stopping failed', errorFields(error));
      process.exit(1);
    }
    logger.info('stopped', { signal });
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

/** SIGTERM/SIGINT end the process within this, however the close goes (orchestrators kill at 30 s). */
const STOP_DEADLINE_MS = 10_000;

await main();
