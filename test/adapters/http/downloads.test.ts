// GET /downloads/<token>: a validly signed token that names no draft is a 404
// like any other, without a 500, without touching the database when its ids
// cannot be ids, and without creating the tenant it names.
import { once } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningBot } from '../../../adapters/bot';
import { createDownloads } from '../../../adapters/http/downloads';
import { createHttpServer } from '../../../adapters/http/server';
import { silentLogger } from '../../../src/core/logger';
import { signDownloadToken, type DownloadRef } from '../../../src/domain/draft';
import type { TurnStore } from '../../../src/store/turn-store';
import { startTestBot, uniqueId } from '../../support/bot';

const SECRET = 'downloads-test-secret-0123456789abcdef';
const ref = (overrides: Partial<DownloadRef>): DownloadRef => ({
  platform: 'teams',
  tenantId: uniqueId('tenant-'),
  partnershipId: '00000000-0000-4000-8000-000000000001',
  format: 'md',
  variant: 'clean',
  locale: 'nl',
  expiresAt: Date.now() + 3_600_000,
  ...overrides,
});

describe('download tokens that name nothing', () => {
  let bot: RunningBot;
  beforeAll(async () => {
    bot = await startTestBot({ TEAMS_ALLOW_UNAUTHENTICATED: 'true', DOWNLOAD_SIGNING_SECRET: SECRET });
  });
  afterAll(async () => {
    await bot?.close();
  });

  it('answers 404 to a token for an unknown tenant, and creates no tenant row', async () => {
    const tenantId = uniqueId('unknown-');
    const response = await fetch(`${bot.url}/downloads/${signDownloadToken(ref({ tenantId }), SECRET)}`);
    expect(response.status).toBe(404);
    expect(await bot.db.prisma.tenant.count({ where: { externalId: tenantId } })).toBe(0);
  });

  it('answers 404 to a token whose partnership id is not a UUID, for a known tenant too', async () => {
    const tenantId = uniqueId('known-');
    await bot.db.prisma.tenant.create({ data: { platform: 'teams', externalId: tenantId } });
    for (const partnershipId of ['not-a-uuid', '1', "x' OR 1=1 --"]) {
      const response = await fetch(`${bot.url}/downloads/${signDownloadToken(ref({ tenantId, partnershipId }), SECRET)}`);
      expect(response.status, partnershipId).toBe(404);
    }
    expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
  });
});

describe('download tokens with malformed ids', () => {
  let server: Server;
  let url: string;
  const touched: string[] = [];
  beforeAll(async () => {
    const store = new Proxy({}, { get: (_, name) => () => touched.push(String(name)) && Promise.reject(new Error('database touched')) }) as unknown as TurnStore;
    const { route } = createDownloads({ store, secret: SECRET, publicUrl: () => url });
    server = createHttpServer([route], async () => ({ ok: true, body: {} }), silentLogger);
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  it('answers 404 without asking the store', async () => {
    const response = await fetch(`${url}/downloads/${signDownloadToken(ref({ partnershipId: 'not-a-uuid' }), SECRET)}`);
    expect(response.status).toBe(404);
    expect(touched).toEqual([]);
  });
});
