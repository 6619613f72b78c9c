// GET /downloads/<token>: the draft as a file, for Teams, where a bot cannot
// attach a document. The token (src/domain/draft/download-token.ts) is signed
// and expires; the file is made again from the database on every request, read
// through the token's tenant scope, so nothing is stored and no tenant can
// reach another's data. Any bad, altered or expired token gets the same 404 page.
import { randomBytes } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import type { Logger } from '../../src/core/logger';
import type { Block, Platform } from '../../src/core/turn';
import { signDownloadToken, verifyDownloadToken } from '../../src/domain/draft';
import { buildDraftFile } from '../../src/flows/draft';
import type { TurnStore } from '../../src/store/turn-store';
import type { Route } from './route';
import { textsFor } from '../../src/texts';

const DOWNLOADS_PATH = '/downloads/';
const LINK_TTL_HOURS = 24;

type FileBlock = Extract<Block, { type: 'file' }>;

export interface DownloadLink {
  url: string;
  /** How long the link works. */
  hours: number;
}

export interface DownloadLinks {
  /** A link that makes `file` again for this tenant; undefined when the file says nothing about how. */
  linkFor(where: { platform: Platform; tenantId: string }, file: FileBlock): DownloadLink | undefined;
}

export interface DownloadsOptions {
  store: TurnStore;
  secret: string;
  /** The bot's public base URL; asked per link, as the port is known only once the server listens. */
  publicUrl: () => string;
  now?: () => number;
}

export function createDownloads({ store, secret, publicUrl, now = Date.now }: DownloadsOptions): { route: Route; links: DownloadLinks } {
  const links: DownloadLinks = {
    linkFor(where, file) {
      if (file.source?.kind !== 'draft') return undefined;
      const token = signDownloadToken(
        {
          platform: where.platform,
          tenantId: where.tenantId,
          partnershipId: file.source.partnershipId,
          format: file.source.format,
          variant: file.source.variant,
          locale: file.source.locale,
          expiresAt: now() + LINK_TTL_HOURS * 3_600_000,
        },
        secret,
      );
      return { url: `${publicUrl().replace(/\/+$/, '')}${DOWNLOADS_PATH}${token}`, hours: LINK_TTL_HOURS };
    },
  };

  const route: Route = {
    method: 'GET',
    path: DOWNLOADS_PATH,
    prefix: true,
    async handle(req, res) {
      const path = (req.url ?? '/').split('?')[0]!;
      const ref = verifyDownloadToken(path.slice(DOWNLOADS_PATH.length), secret, now());
      if (!ref) return notFound(res);
      // A token's tenant is looked up, never created.
      const file = await store.withExistingTenant(ref.platform, ref.tenantId, (scope) => buildDraftFile(scope, ref.partnershipId, { format: ref.format, variant: ref.variant }, ref.locale));
      if (!file) return notFound(res);
      res.writeHead(200, {
        'content-type': file.mediaType,
        'content-length': file.data.length,
        'content-disposition': attachment(file.name),
        // A draft is not for shared caches, and the browser must not guess its type.
        'cache-control': 'private, no-store',
        'x-content-type-options': 'nosniff',
      });
      res.end(file.data);
    },
  };
  return { route, links };
}

/** The configured secret, or a random one for this process only (links then die on restart). */
export function downloadSecret(configured: string | undefined, logger: Logger): string {
  if (configured) return configured;
  logger.warn('DOWNLOAD_SIGNING_SECRET is not set: using a random secret; download links stop working when the bot restarts');
  return randomBytes(32).toString('base64url');
}

/**
 * A person opening an old link reads, in Dutch and then English, what to do;
 * the page is the same for every bad token, so it tells nothing about one.
 */
function notFound(res: ServerResponse): void {
  const [nl, en] = (['nl', 'en'] as const).map((locale) => textsFor(locale).platform.downloadGone);
  const section = (lang: string, text: { title: string; body: string }) =>
    `<section lang="${lang}"><h1>${escapeHtml(text.title)}</h1><p>${escapeHtml(text.body).replace(/`([^`]+)`/g, '<code>$1</code>')}</p></section>`;
  const page =
    `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${escapeHtml(nl!.title)}</title><style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.5}` +
    `section+section{margin-top:2rem;color:#555}</style></head><body>${section('nl', nl!)}${section('en', en!)}</body></html>`;
  res.writeHead(404, {
    'content-type': 'text/html; charset=utf-8',
    'content-length': Buffer.byteLength(page),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
  });
  res.end(page);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function attachment(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
