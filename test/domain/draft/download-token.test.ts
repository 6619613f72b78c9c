import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signDownloadToken, verifyDownloadToken, type DownloadRef } from '../../../src/domain/draft';

const SECRET = 'a-test-secret-that-is-long-enough-000';
const NOW = Date.UTC(2027, 0, 15, 10);
const ref: DownloadRef = {
  platform: 'teams',
  tenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47',
  partnershipId: '00000000-0000-4000-8000-000000000001',
  format: 'docx',
  variant: 'working',
  locale: 'nl',
  expiresAt: NOW + 24 * 3_600_000,
};

describe('download tokens', () => {
  it('round-trips a reference, URL-safe', () => {
    const token = signDownloadToken(ref, SECRET);
    expect(token).toMatch(/^[\w-]+\.[\w-]+$/);
    expect(verifyDownloadToken(token, SECRET, NOW)).toEqual(ref);
  });

  it('reads a token from before the two versions as the clean version', () => {
    // Signed the way old links were: the same HMAC over a payload without `v`.
    const payload = Buffer.from(JSON.stringify({ p: ref.platform, t: ref.tenantId, i: ref.partnershipId, f: ref.format, l: ref.locale, e: ref.expiresAt })).toString('base64url');
    const signature = createHmac('sha256', SECRET).update(`draft-download.v1.${payload}`).digest('base64url');
    expect(verifyDownloadToken(`${payload}.${signature}`, SECRET, NOW)).toEqual({ ...ref, variant: 'clean' });
  });

  it('refuses an expired token', () => {
    const token = signDownloadToken(ref, SECRET);
    expect(verifyDownloadToken(token, SECRET, ref.expiresAt - 1)).toEqual(ref);
    expect(verifyDownloadToken(token, SECRET, ref.expiresAt)).toBeNull();
  });

  it('refuses a signed token whose partnership id is not a UUID (it names no draft)', () => {
    expect(verifyDownloadToken(signDownloadToken({ ...ref, partnershipId: 'not-a-uuid' }, SECRET), SECRET, NOW)).toBeNull();
  });

  it('refuses a token signed with another secret', () => {
    expect(verifyDownloadToken(signDownloadToken(ref, 'another-secret-another-secret-0000'), SECRET, NOW)).toBeNull();
  });

  it('refuses any change to payload or signature', () => {
    const token = signDownloadToken(ref, SECRET);
    const [payload, signature] = token.split('.') as [string, string];
    const otherPartnership = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), i: '00000000-0000-4000-8000-000000000002' }),
    ).toString('base64url');
    expect(verifyDownloadToken(`${otherPartnership}.${signature}`, SECRET, NOW)).toBeNull();
    for (let at = 0; at < token.length; at += 7) {
      if (token[at] === '.') continue;
      const changed = `${token.slice(0, at)}${token[at] === 'A' ? 'B' : 'A'}${token.slice(at + 1)}`;
      expect(verifyDownloadToken(changed, SECRET, NOW)).toBeNull();
    }
    const last = token.at(-1) === 'A' ? 'B' : 'A';
    expect(verifyDownloadToken(`${token.slice(0, -1)}${last}`, SECRET, NOW)).toBeNull();
  });

  it('refuses malformed tokens without throwing', () => {
    for (const bad of ['', '.', 'abc', 'a.b.c', `${'x'.repeat(2_000)}.y`, '%%%.%%%', `${Buffer.from('not json').toString('base64url')}.x`]) {
      expect(verifyDownloadToken(bad, SECRET, NOW)).toBeNull();
    }
  });
});
