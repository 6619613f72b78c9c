// Requests that are not provably from Slack, or too big, are refused before
// anything is processed; the bot keeps serving afterwards.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nl } from '../../../src/texts/nl';
import { JSON_TYPE, postEvent, postSigned, slackSignature, TEST_SIGNING_SECRET } from '../../support/slack-signing';
import { directMessage, forTeam, headerOf, newTeam, startSlackHarness, type SlackHarness } from './harness';

let h: SlackHarness;
beforeAll(async () => {
  h = await startSlackHarness();
});
afterAll(async () => {
  await h?.close();
});

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const now = () => Math.floor(Date.now() / 1000);

describe('Slack request verification', () => {
  // Every bad request carries a valid DM `hulp` for its own team: accepted, it would be answered.
  const teams: string[] = [];
  const dm = () => {
    const teamId = newTeam();
    teams.push(teamId);
    return JSON.stringify(directMessage({ teamId }, { channel: 'DSEC', user: 'USEC', text: 'hulp' }));
  };
  let callsBefore = 0;

  beforeAll(() => {
    callsBefore = h.api.calls.length;
  });

  it('refuses an unsigned request (401)', async () => {
    expect((await postSigned(h.bot.url, dm(), JSON_TYPE, { signature: null })).status).toBe(401);
  });

  it('refuses a stale request, signed more than 5 minutes ago (401)', async () => {
    expect((await postSigned(h.bot.url, dm(), JSON_TYPE, { timestamp: now() - 6 * 60 })).status).toBe(401);
  });

  it('refuses a body changed after signing (401)', async () => {
    const body = dm();
    const timestamp = now();
    const signature = slackSignature(TEST_SIGNING_SECRET, timestamp, body);
    const tampered = body.replace('"hulp"', '"taal"');
    expect(tampered).not.toBe(body);
    expect((await postSigned(h.bot.url, tampered, JSON_TYPE, { timestamp, signature })).status).toBe(401);
  });

  it('refuses a signature made with another secret (401)', async () => {
    expect((await postSigned(h.bot.url, dm(), JSON_TYPE, { secret: 'not-the-signing-secret' })).status).toBe(401);
  });

  it('refuses a request signed more than 5 minutes in the future, like a stale one (401)', async () => {
    expect((await postSigned(h.bot.url, dm(), JSON_TYPE, { timestamp: now() + 6 * 60 })).status).toBe(401);
    expect((await postSigned(h.bot.url, dm(), JSON_TYPE, { timestamp: now() + 365 * 24 * 3600 })).status).toBe(401);
  });

  it('refuses a timestamp signed as one value but sent as another (401)', async () => {
    const body = dm();
    const signature = slackSignature(TEST_SIGNING_SECRET, now() - 1, body);
    expect((await postSigned(h.bot.url, body, JSON_TYPE, { timestamp: now() + 1, signature })).status).toBe(401);
  });

  it('refuses malformed JSON even with a valid signature (400)', async () => {
    expect((await postSigned(h.bot.url, '{"type":"event_callback",', JSON_TYPE)).status).toBe(400);
  });

  it('refuses a body over 512 KiB (413), well below Bolt’s 4 MB default', async () => {
    const teamId = newTeam();
    teams.push(teamId);
    const payload = directMessage({ teamId }, { channel: 'DSEC', user: 'USEC', text: `hulp ${'x'.repeat(600 * 1024)}` });
    expect((await postEvent(h.bot.url, payload)).status).toBe(413);
  });

  it('made no Web API call and processed nothing for any of them', async () => {
    await pause(300);
    expect(h.api.calls.slice(callsBefore)).toEqual([]);
    expect(await h.bot.db.prisma.inboxEvent.count({ where: { workspaceId: { in: teams } } })).toBe(0);
    expect(teams.length).toBeGreaterThanOrEqual(6);
  });

  it('still reports healthy and answers a valid request afterwards', async () => {
    const health = await fetch(`${h.bot.url}/healthz`);
    expect(health.status).toBe(200);
    const teamId = newTeam();
    expect((await postEvent(h.bot.url, directMessage({ teamId }, { channel: 'DOK', user: 'UOK', text: 'hulp' }))).status).toBe(200);
    const [reply] = await h.api.waitForCalls(forTeam('chat.postMessage', teamId));
    expect(headerOf(reply!.body.blocks)).toBe(nl.help.title);
  });

  it('accepts a clock a minute ahead (within the window either way)', async () => {
    const teamId = newTeam();
    const body = JSON.stringify(directMessage({ teamId }, { channel: 'DSKW', user: 'USKW', text: 'hulp' }));
    expect((await postSigned(h.bot.url, body, JSON_TYPE, { timestamp: now() + 60 })).status).toBe(200);
    await h.api.waitForCalls(forTeam('chat.postMessage', teamId));
  });
});
