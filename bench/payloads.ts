// What the bench sends: signed Slack DM and app_mention events, Teams personal-chat messages.
import { slackSignature } from '../test/support/slack-signing';
import type { PreparedRequest } from './load';

export function slackDm(secret: string, team: string, i: number, channel: string, text = 'hulp'): PreparedRequest {
  const body = JSON.stringify({
    type: 'event_callback',
    team_id: team,
    api_app_id: 'ABENCH',
    event_id: `EvBench${team}${i}`,
    event_time: Math.floor(Date.now() / 1000),
    event: { type: 'message', channel_type: 'im', channel, user: `U${i % 50}`, text, ts: `${Date.now() / 1000}`, event_ts: `${i}` },
  });
  const timestamp = Math.floor(Date.now() / 1000);
  return {
    path: '/slack/events',
    headers: {
      'content-type': 'application/json',
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': slackSignature(secret, timestamp, body),
    },
    body,
  };
}

/** An @mention of the bot in a channel, as Slack sends it (the reply goes to a thread under it). */
export function slackMention(secret: string, team: string, i: number, channel: string, text = 'hulp'): PreparedRequest {
  const ts = `${Math.floor(Date.now() / 1000)}.${String(i % 1_000_000).padStart(6, '0')}`;
  const body = JSON.stringify({
    type: 'event_callback',
    team_id: team,
    api_app_id: 'ABENCH',
    event_id: `EvMention${team}${i}`,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ user_id: 'UBOT', is_bot: true }],
    event: { type: 'app_mention', channel, user: `U${i % 50}`, text: `<@UBOT> ${text}`, ts, event_ts: ts },
  });
  return signed(secret, body);
}

function signed(secret: string, body: string): PreparedRequest {
  const timestamp = Math.floor(Date.now() / 1000);
  return {
    path: '/slack/events',
    headers: {
      'content-type': 'application/json',
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': slackSignature(secret, timestamp, body),
    },
    body,
  };
}

export function teamsMessage(serviceUrl: string, tenant: string, i: number, conversationId: string, text = 'hulp'): PreparedRequest {
  const body = JSON.stringify({
    type: 'message',
    id: `act-${i}`,
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl,
    from: { id: `29:user-${i % 50}`, name: `Bench ${i % 50}`, aadObjectId: `aad-${i % 50}` },
    recipient: { id: '28:bot', name: 'Samen Opleiden' },
    conversation: { id: conversationId, conversationType: 'personal', tenantId: tenant },
    channelData: { tenant: { id: tenant } },
    locale: 'nl-NL',
    text,
  });
  return { path: '/api/messages', headers: { 'content-type': 'application/json' }, body };
}
