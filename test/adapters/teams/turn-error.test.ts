// When the engine fails mid-turn the person gets the "something went wrong" text,
// in their client's language, and the endpoint still answers 200 (Teams must not retry).
import { once } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createHttpServer } from '../../../adapters/http/server';
import { createTeamsAdapter } from '../../../adapters/teams';
import type { Engine } from '../../../src/core/engine';
import { createLogger } from '../../../src/core/logger';
import { en } from '../../../src/texts/en';
import { startConnectorStandIn, type ConnectorStandIn } from '../../support/bot-connector-stand-in';
import { personalChat, textActivity } from './teams-client';

const logLines: string[] = [];
const failingEngine: Engine = {
  handle: async () => {
    throw new Error('database went away');
  },
};
let connector: ConnectorStandIn;
let server: Server;
let url: string;

beforeAll(async () => {
  connector = await startConnectorStandIn();
  const logger = createLogger('debug', (line) => logLines.push(line));
  const teams = createTeamsAdapter({ engine: failingEngine, config: { authenticated: false }, logger });
  server = createHttpServer([teams.route], async () => ({ ok: true, body: {} }), logger);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server?.closeAllConnections();
  await new Promise<void>((resolve) => server?.close(() => resolve()));
  await connector?.close();
});

it('replies with the internal-error text and logs the failure', async () => {
  const chat = personalChat('TENANT-ERROR', connector.url, 'en-GB');
  const response = await fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(textActivity(chat, 'hulp')),
  });
  expect(response.status).toBe(200);
  const [reply] = await connector.waitForPosts(chat.conversationId, 1);
  expect(reply!.activity.text).toBe(en.errors.internal);
  const logged = logLines.map((line) => JSON.parse(line) as Record<string, unknown>);
  expect(logged).toContainEqual(expect.objectContaining({ level: 'error', message: 'teams turn failed', error: 'Error: database went away' }));
});
