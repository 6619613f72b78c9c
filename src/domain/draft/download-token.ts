// A download link's token: which draft, for which tenant, in which format and
// language, until when; signed with HMAC-SHA256 so nobody can forge or alter one.
// "<payload>.<signature>", both base64url. Pure: the caller gives secret and time.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import type { Locale, Platform } from '../../core/turn';
import type { DraftFormat, DraftVariant } from './types';

export interface DownloadRef {
  platform: Platform;
  /** The platform's tenant id (Slack team, Teams tenant), as the store scopes by it. */
  tenantId: string;
  partnershipId: string;
  format: DraftFormat;
  variant: DraftVariant;
  locale: Locale;
  /** Milliseconds since the epoch. */
  expiresAt: number;
}

const payloadSchema = z.strictObject({
  p: z.enum(['slack', 'teams']),
  t: z.string().min(1).max(200),
  // The store's partnership id: anything else names no draft (and would fail as a uuid in SQL).
  i: z.guid(),
  f: z.enum(['docx', 'md']),
  // Absent in links made before there were two versions: those get the clean one.
  v: z.enum(['clean', 'working']).optional(),
  l: z.enum(['nl', 'en']),
  e: z.number().int(),
});

export function signDownloadToken(ref: DownloadRef, secret: string): string {
  const payload = Buffer.from(
    JSON.stringify({ p: ref.platform, t: ref.tenantId, i: ref.partnershipId, f: ref.format, v: ref.variant, l: ref.locale, e: ref.expiresAt }),
  ).toString('base64url');
  return `${payload}.${signature(payload, secret)}`;
}

/** The reference, or null when the token is malformed, forged, altered or expired (the caller never says which). */
export function verifyDownloadToken(token: string, secret: string, now: number): DownloadRef | null {
  if (token.length > 1_000) return null;
  const [payload, given, ...rest] = token.split('.');
  if (!payload || !given || rest.length > 0) return null;
  // Compared as text: base64url has several spellings of the same bytes, a token only one.
  const expected = Buffer.from(signature(payload, secret));
  const actual = Buffer.from(given);
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return null;
  let parsed;
  try {
    parsed = payloadSchema.safeParse(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')));
  } catch {
    return null;
  }
  if (!parsed.success || parsed.data.e <= now) return null;
  const { p, t, i, f, v, l, e } = parsed.data;
  return { platform: p, tenantId: t, partnershipId: i, format: f, variant: v ?? 'clean', locale: l, expiresAt: e };
}

function signature(payload: string, secret: string): string {
  return createHmac('sha256', secret).update(`draft-download.v1.${payload}`).digest('base64url');
}
