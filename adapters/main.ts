// Entry point: `npm start`.
import { existsSync } from 'node:fs';
import { ConfigError, loadConfig } from '../src/config';
import { createLogger } from '../src/core/logger';
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
    bot = await startBot(config, logger);
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
  const stop = async (signal: string) => {
    logger.info('stopping', { signal });
    await bot.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

await main();
