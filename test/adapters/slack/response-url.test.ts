// A signed payload's response_url is followed only to Slack's own hosts (and,
// in tests, to the configured SLACK_API_URL's host, the stand-in): any other is
// dropped when the request is received; the turn still runs and its answer
// goes to the channel or DM instead. Nothing is ever sent to the other host.
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { responseUrlPolicy } from '../../../adapters/slack/response-url';
import { nl } from '../../../src/texts/nl';
import { postCommand, postInteraction } from '../../support/slack-signing';
import { blockActions, headerOf, newTeam, slashCommand, startSlackHarness, viewSubmission, type SlackHarness } from './harness';

let h: SlackHarness;
let trap: Server;
let trapUrl: string;
const trapped: string[] = [];
beforeAll(async () => {
  h = await startSlackHarness();
  trap = createServer((req, res) => {
    trapped.push(`${req.method} ${req.url}`);
    res.end('ok');
  });
  trap.listen(0, '127.0.0.1');
  await once(trap, 'listening');
  trapUrl = `http://127.0.0.1:${(trap.address() as AddressInfo).port}/hook`;
});
afterAll(async () => {
  await h?.close();
  await new Promise((resolve) => trap?.close(resolve));
});

const teamCalls = (teamId: string) => h.api.calls.filter((call) => call.body.team_id === teamId);

describe('Slack response_url', () => {
  for (const [what, url] of [
    ['another loopback service', () => trapUrl],
    ['the cloud metadata address', () => 'http://169.254.169.254/latest/meta-data/'],
    ['a host that only starts like Slack’s', () => 'https://hooks.slack.com.evil.test/commands/x'],
  ] as const) {
    it(`drops a slash command's response_url to ${what}: the turn runs, the answer goes to the channel`, async () => {
      const teamId = newTeam();
      const answer = await postCommand(h.bot.url, slashCommand({ teamId, user: 'UANN', channel: 'CGENERAL', text: 'hulp', responseUrl: url() }));
      expect(answer.status).toBe(200);
      const [reply] = await h.api.waitForCalls((call) => call.body.team_id === teamId && (call.method === 'chat.postMessage' || call.method === 'chat.postEphemeral'));
      expect(reply!.body.channel).toBe('CGENERAL');
      expect(headerOf(reply!.body.blocks)).toBe(nl.help.title);
      expect(h.api.calls.filter((call) => call.method === 'response')).toEqual([]);
    });
  }

  it('drops it on a button of an ephemeral message and in a form’s metadata too', async () => {
    const teamId = newTeam();
    await postInteraction(
      h.bot.url,
      blockActions({ teamId, user: 'UCAS', channel: 'CGENERAL', button: { action_id: 'language.set', value: 'en' }, ephemeral: true, responseUrl: trapUrl }),
    );
    const submitted = viewSubmission({ teamId, user: 'UCAS', callbackId: 'partnership', privateMetadata: JSON.stringify({ c: 'CGENERAL', r: trapUrl }), values: { name: 'x' } });
    expect((await postInteraction(h.bot.url, submitted)).status).toBeLessThan(500);
    await h.api.waitForCalls((call) => call.body.team_id === teamId && call.method.startsWith('chat.'));
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(teamCalls(teamId).length).toBeGreaterThan(0);
  });

  it('sent nothing to the other host, ever', async () => {
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(trapped).toEqual([]);
    expect((await fetch(`${h.bot.url}/healthz`)).status).toBe(200);
  });
});

describe('which response_urls are followed', () => {
  const slackOnly = responseUrlPolicy(undefined);
  const withStandIn = responseUrlPolicy('http://127.0.0.1:5555/api/');

  it('Slack’s own hosts, over https only', () => {
    expect(slackOnly('https://hooks.slack.com/commands/T1/123/abc')).toBe(true);
    expect(slackOnly('https://hooks.slack.com:443/actions/T1/123/abc')).toBe(true);
    expect(slackOnly('https://acme.enterprise.slack.com/x')).toBe(true);
    for (const url of [
      'http://hooks.slack.com/commands/T1/123/abc',
      'https://hooks.slack.com:8443/x',
      'https://slack.com.evil.test/x',
      'https://evilslack.com/x',
      'https://hooks.slack.com@evil.test/x',
      'https://169.254.169.254/x',
      'http://127.0.0.1:5555/response/x',
      'not a url',
      '',
    ]) {
      expect(slackOnly(url), url).toBe(false);
    }
  });

  it('and the configured SLACK_API_URL’s origin, nothing else on that machine', () => {
    expect(withStandIn('http://127.0.0.1:5555/response/x')).toBe(true);
    expect(withStandIn('https://hooks.slack.com/commands/T1/123/abc')).toBe(true);
    expect(withStandIn('http://127.0.0.1:9/')).toBe(false);
    expect(withStandIn('http://localhost:5555/response/x')).toBe(false);
  });
});
