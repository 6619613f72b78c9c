import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { CONFIG_VARIABLES, ConfigError, loadConfig } from '../src/config';

describe('loadConfig', () => {
  it('runs with nothing set: embedded database, port 3978, no platforms', () => {
    expect(loadConfig({})).toMatchObject({ port: 3978, host: '0.0.0.0', embeddedDbDir: '.data/pglite' });
    expect(loadConfig({}).slack).toBeUndefined();
    expect(loadConfig({}).teams).toBeUndefined();
  });

  it('turns Slack on with both variables, and names the missing one otherwise', () => {
    const slack = loadConfig({ SLACK_SIGNING_SECRET: 'abcdefgh12', SLACK_BOT_TOKEN: 'xoxb-1', SLACK_API_URL: 'http://127.0.0.1:9/api/' });
    expect(slack.slack).toEqual({ signingSecret: 'abcdefgh12', botToken: 'xoxb-1', apiUrl: 'http://127.0.0.1:9/api/' });
    expect(() => loadConfig({ SLACK_SIGNING_SECRET: 'abcdefgh12' })).toThrow('SLACK_BOT_TOKEN is missing');
    expect(() => loadConfig({ SLACK_SIGNING_SECRET: 'abcdefgh12', SLACK_BOT_TOKEN: 'xoxp-1' })).toThrow(/SLACK_BOT_TOKEN must be a bot token/);
  });

  it('turns Teams on with all four Microsoft variables', () => {
    const env = { MICROSOFT_APP_ID: 'id', MICROSOFT_APP_PASSWORD: 'pw', MICROSOFT_APP_TENANT_ID: 'tid', MICROSOFT_APP_TYPE: 'SingleTenant' };
    expect(loadConfig(env).teams).toEqual({ authenticated: true, appId: 'id', appPassword: 'pw', tenantId: 'tid', appType: 'SingleTenant' });
    expect(() => loadConfig({ ...env, MICROSOFT_APP_TYPE: '' })).toThrow('MICROSOFT_APP_TYPE is missing');
    expect(() => loadConfig({ ...env, MICROSOFT_APP_TYPE: 'Other' })).toThrow(/^MICROSOFT_APP_TYPE/);
    expect(() => loadConfig({ ...env, MICROSOFT_APP_PASSWORD: '' })).toThrow('MICROSOFT_APP_PASSWORD is missing');
    // A user-assigned managed identity has no secret.
    const msi = loadConfig({ ...env, MICROSOFT_APP_PASSWORD: '', MICROSOFT_APP_TYPE: 'UserAssignedMSI' });
    expect(msi.teams).toMatchObject({ authenticated: true, appType: 'UserAssignedMSI', appPassword: '' });
  });

  it('accepts unauthenticated Teams traffic only when asked, and then only on loopback', () => {
    expect(loadConfig({ MICROSOFT_APP_ID: '' }).teams).toBeUndefined();
    const local = loadConfig({ MICROSOFT_APP_ID: '', TEAMS_ALLOW_UNAUTHENTICATED: 'true' });
    expect(local.teams).toEqual({ authenticated: false });
    expect(local.host).toBe('127.0.0.1');
    expect(() => loadConfig({ TEAMS_ALLOW_UNAUTHENTICATED: 'true', HOST: '0.0.0.0' })).toThrow(/HOST must be a loopback/);
  });

  it('splits receivers from workers only on PostgreSQL, with one download secret for Teams', () => {
    const url = 'postgresql://localhost/x';
    expect(loadConfig({ DATABASE_URL: url }).role).toBe('all');
    expect(loadConfig({ DATABASE_URL: url, BOT_ROLE: 'receiver' }).role).toBe('receiver');
    expect(loadConfig({ DATABASE_URL: url, BOT_ROLE: 'worker' }).role).toBe('worker');
    expect(() => loadConfig({ BOT_ROLE: 'worker' })).toThrow(/^DATABASE_URL is missing \(needed because BOT_ROLE=worker/);
    expect(() => loadConfig({ DATABASE_URL: url, BOT_ROLE: 'both' })).toThrow(/^BOT_ROLE/);
    expect(() => loadConfig({ DATABASE_URL: url, BOT_ROLE: 'receiver', TEAMS_ALLOW_UNAUTHENTICATED: 'true' })).toThrow(/^DOWNLOAD_SIGNING_SECRET is missing/);
    expect(loadConfig({ DATABASE_URL: url, BOT_ROLE: 'receiver', TEAMS_ALLOW_UNAUTHENTICATED: 'true', DOWNLOAD_SIGNING_SECRET: 'x'.repeat(32) }).role).toBe('receiver');
  });

  it('names a bad variable in one line', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/^PORT /);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow('DATABASE_URL must start with postgresql://');
    expect(() => loadConfig({ TEAMS_ALLOW_UNAUTHENTICATED: 'yes' })).toThrow(/^TEAMS_ALLOW_UNAUTHENTICATED/);
    expect(() => loadConfig({ TICK_CRON: 'every minute' })).toThrow('TICK_CRON is not a cron expression');
  });

  it('ticks each minute unless TICK_CRON says otherwise', () => {
    expect(loadConfig({}).tickCron).toBe('* * * * *');
    expect(loadConfig({ TICK_CRON: '*/2 * * * * *' }).tickCron).toBe('*/2 * * * * *');
  });

  it('stops the real process with exit code 1 and one line naming the variable', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'adapters/main.ts'], {
      env: { PATH: process.env.PATH, SLACK_SIGNING_SECRET: 'abcdefgh12' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual(['Configuration error: SLACK_BOT_TOKEN is missing (needed because SLACK_SIGNING_SECRET is set)']);
  });

  it('documents every variable in .env.example with a comment line above it', () => {
    const lines = readFileSync('.env.example', 'utf8').split('\n');
    for (const name of CONFIG_VARIABLES) {
      const at = lines.findIndex((line) => line.startsWith(`${name}=`));
      expect(at, name).toBeGreaterThan(0);
      expect(lines[at - 1], name).toMatch(/^# \S/);
    }
  });
});
