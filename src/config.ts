// Configuration from the environment, validated once at start. A bad or
// missing variable stops the process with one line that names it.
import cron from 'node-cron';
import { z } from 'zod';

const blankIsUnset = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const optional = <T extends z.ZodTypeAny>(schema: T) => z.preprocess(blankIsUnset, schema.optional());

const env = z.object({
  PORT: z.preprocess(blankIsUnset, z.coerce.number().int().min(0).max(65535).default(3978)),
  HOST: optional(z.string()),
  LOG_LEVEL: z.preprocess(blankIsUnset, z.enum(['debug', 'info', 'warn', 'error']).default('info')),
  DATABASE_URL: optional(z.string().regex(/^postgres(ql)?:\/\//, 'must start with postgresql://')),
  EMBEDDED_DB_DIR: z.preprocess(blankIsUnset, z.string().default('.data/pglite')),
  SLACK_SIGNING_SECRET: optional(z.string().min(8, 'is too short to be a Slack signing secret')),
  SLACK_BOT_TOKEN: optional(z.string().startsWith('xoxb-', 'must be a bot token starting with "xoxb-"')),
  SLACK_API_URL: optional(z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' })),
  MICROSOFT_APP_ID: optional(z.string()),
  MICROSOFT_APP_PASSWORD: optional(z.string()),
  MICROSOFT_APP_TENANT_ID: optional(z.string()),
  MICROSOFT_APP_TYPE: optional(z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI'])),
  TEAMS_ALLOW_UNAUTHENTICATED: z.preprocess(blankIsUnset, z.enum(['true', 'false']).default('false')),
  PUBLIC_URL: optional(z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' })),
  DOWNLOAD_SIGNING_SECRET: optional(z.string().min(32, 'is too short: use at least 32 random characters')),
  BOT_ROLE: z.preprocess(blankIsUnset, z.enum(['all', 'receiver', 'worker']).default('all')),
  INBOX_WORKERS: z.preprocess(blankIsUnset, z.coerce.number().int().min(1).max(64).default(4)),
  OUTBOX_LEASE_MS: z.preprocess(blankIsUnset, z.coerce.number().int().min(1_000).max(3_600_000).default(60_000)),
  OUTBOX_GIVE_UP_MS: z.preprocess(blankIsUnset, z.coerce.number().int().min(10_000).default(3_600_000)),
  TICK_CRON: z.preprocess(blankIsUnset, z.string().refine((value) => cron.validate(value), 'is not a cron expression').default('* * * * *')),
});

/** Every variable the bot reads; .env.example documents each (test/config.test.ts checks). */
export const CONFIG_VARIABLES = Object.keys(env.shape);

export interface SlackConfig {
  signingSecret: string;
  botToken: string;
  apiUrl?: string;
}

export type TeamsConfig =
  | { authenticated: true; appId: string; appPassword: string; tenantId: string; appType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI' }
  | { authenticated: false };

export interface Config {
  port: number;
  host: string;
  logLevel: 'debug' | 'info' | 'warn' | 'error';
  databaseUrl?: string;
  embeddedDbDir: string;
  slack?: SlackConfig;
  teams?: TeamsConfig;
  /** Where people reach the bot from outside, for download links; default http://127.0.0.1:<port>. */
  publicUrl?: string;
  /** Signs download links; unset: a random secret per process. */
  downloadSigningSecret?: string;
  /**
   * What this process does: `all` (receive and work), `receiver` (the HTTP
   * routes only: verify, record, ack) or `worker` (turns, deliveries, jobs; only
   * /healthz answers). Receivers and workers meet in the database.
   */
  role: 'all' | 'receiver' | 'worker';
  pipeline: {
    /** Turns run at once by this process. */
    inboxWorkers: number;
    /** A message a dispatcher claimed and did not mark within this time is sent by another (its process died). */
    outboxLeaseMs: number;
    /** A message not delivered this long after it was decided is marked failed. */
    outboxGiveUpMs: number;
  };
  /** When every instance asks the database which timelines and drills are due (node-cron; default each minute). */
  tickCron: string;
}

export class ConfigError extends Error {}

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

export function loadConfig(source: NodeJS.ProcessEnv): Config {
  const parsed = env.safeParse(source);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigError(`${issue.path.join('.')} ${issue.message}`);
  }
  const e = parsed.data;
  const slack = pair('SLACK_SIGNING_SECRET', e.SLACK_SIGNING_SECRET, 'SLACK_BOT_TOKEN', e.SLACK_BOT_TOKEN);
  const teams = teamsConfig(e);
  // The unauthenticated Teams mode is for the local Agents Playground only.
  const host = e.HOST ?? (teams && !teams.authenticated ? '127.0.0.1' : '0.0.0.0');
  if (teams && !teams.authenticated && !LOOPBACK.has(host)) {
    throw new ConfigError(`HOST must be a loopback address while TEAMS_ALLOW_UNAUTHENTICATED=true (got ${host})`);
  }
  if (e.BOT_ROLE !== 'all' && !e.DATABASE_URL) {
    throw new ConfigError(`DATABASE_URL is missing (needed because BOT_ROLE=${e.BOT_ROLE}: receivers and workers are processes of their own, and the embedded database has one owner)`);
  }
  // Workers sign the download links that receivers serve: both need the same secret.
  if (e.BOT_ROLE !== 'all' && teams && !e.DOWNLOAD_SIGNING_SECRET) {
    throw new ConfigError(`DOWNLOAD_SIGNING_SECRET is missing (needed because BOT_ROLE=${e.BOT_ROLE} with Teams: workers sign the links receivers serve)`);
  }
  return {
    port: e.PORT,
    host,
    logLevel: e.LOG_LEVEL,
    databaseUrl: e.DATABASE_URL,
    embeddedDbDir: e.EMBEDDED_DB_DIR,
    slack: slack && { signingSecret: slack[0], botToken: slack[1], apiUrl: e.SLACK_API_URL },
    teams,
    publicUrl: e.PUBLIC_URL?.replace(/\/+$/, ''),
    downloadSigningSecret: e.DOWNLOAD_SIGNING_SECRET,
    role: e.BOT_ROLE,
    pipeline: { inboxWorkers: e.INBOX_WORKERS, outboxLeaseMs: e.OUTBOX_LEASE_MS, outboxGiveUpMs: e.OUTBOX_GIVE_UP_MS },
    tickCron: e.TICK_CRON,
  };
}

function pair(nameA: string, a: string | undefined, nameB: string, b: string | undefined): [string, string] | undefined {
  if (a && b) return [a, b];
  if (a) throw new ConfigError(`${nameB} is missing (needed because ${nameA} is set)`);
  if (b) throw new ConfigError(`${nameA} is missing (needed because ${nameB} is set)`);
  return undefined;
}

function teamsConfig(e: z.infer<typeof env>): TeamsConfig | undefined {
  if (!e.MICROSOFT_APP_ID) {
    for (const name of ['MICROSOFT_APP_PASSWORD', 'MICROSOFT_APP_TENANT_ID'] as const) {
      if (e[name]) throw new ConfigError(`MICROSOFT_APP_ID is missing (needed because ${name} is set)`);
    }
    return e.TEAMS_ALLOW_UNAUTHENTICATED === 'true' ? { authenticated: false } : undefined;
  }
  for (const name of ['MICROSOFT_APP_TENANT_ID', 'MICROSOFT_APP_TYPE'] as const) {
    if (!e[name]) throw new ConfigError(`${name} is missing (needed because MICROSOFT_APP_ID is set)`);
  }
  // A managed identity has no secret; every other app type needs one.
  if (e.MICROSOFT_APP_TYPE !== 'UserAssignedMSI' && !e.MICROSOFT_APP_PASSWORD) {
    throw new ConfigError('MICROSOFT_APP_PASSWORD is missing (needed because MICROSOFT_APP_ID is set)');
  }
  return {
    authenticated: true,
    appId: e.MICROSOFT_APP_ID,
    appPassword: e.MICROSOFT_APP_PASSWORD ?? '',
    tenantId: e.MICROSOFT_APP_TENANT_ID!,
    appType: e.MICROSOFT_APP_TYPE!,
  };
}
