// `npm run teams:package`: the Teams app package (manifest + icons) with the bot's
// Microsoft app id filled in, checked, zipped to dist/teams-app-package.zip for upload.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import JSZip from 'jszip';
import { z } from 'zod';

export const appPackageDir = fileURLToPath(new URL('../adapters/teams/app-package', import.meta.url));
export const defaultOutFile = fileURLToPath(new URL('../dist/teams-app-package.zip', import.meta.url));

const ICONS = { color: 192, outline: 32 } as const;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const https = z.url({ protocol: /^https$/ });
// The fields Teams requires (schema v1.19) plus the bot this package is for.
const manifestSchema = z.looseObject({
  manifestVersion: z.string().min(1),
  version: z.string().regex(/^\d+\.\d+\.\d+$/),
  id: z.string().regex(GUID),
  developer: z.looseObject({ name: z.string().min(1).max(32), websiteUrl: https, privacyUrl: https, termsOfUseUrl: https }),
  name: z.looseObject({ short: z.string().min(1).max(30), full: z.string().max(100).optional() }),
  description: z.looseObject({ short: z.string().min(1).max(80), full: z.string().min(1).max(4000) }),
  icons: z.looseObject({ color: z.literal('color.png'), outline: z.literal('outline.png') }),
  accentColor: z.string().regex(/^#[0-9a-f]{6}$/i),
  bots: z.array(z.looseObject({ botId: z.string().regex(GUID), scopes: z.array(z.enum(['personal', 'team', 'groupChat'])).min(1) })).min(1),
});

export class PackageError extends Error {}

export async function buildTeamsPackage(options: { appId: string | undefined; outFile?: string; packageDir?: string }): Promise<string> {
  const { appId, outFile = defaultOutFile, packageDir = appPackageDir } = options;
  if (!appId?.trim()) throw new PackageError('MICROSOFT_APP_ID is not set: it is the bot\'s Microsoft app id (a GUID) from its Azure Bot registration.');
  if (!GUID.test(appId.trim())) throw new PackageError(`MICROSOFT_APP_ID must be a GUID (got "${appId}")`);

  const template = await readFile(join(packageDir, 'manifest.json'), 'utf8');
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the manifest's own placeholder syntax, not a template literal
  const filled = template.replaceAll('${{MICROSOFT_APP_ID}}', appId.trim());
  const leftover = /\$\{\{(\w+)\}\}/.exec(filled);
  if (leftover) throw new PackageError(`manifest.json has a placeholder this script does not fill: ${leftover[0]}`);
  const checked = manifestSchema.safeParse(JSON.parse(filled));
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    throw new PackageError(`manifest.json: ${issue.path.join('.')} ${issue.message}`);
  }

  const zip = new JSZip();
  zip.file('manifest.json', filled);
  for (const [icon, size] of Object.entries(ICONS)) {
    const png = await readFile(join(packageDir, `${icon}.png`));
    const found = pngSize(png);
    if (!found || found.width !== size || found.height !== size) throw new PackageError(`${icon}.png must be a ${size}×${size} PNG`);
    zip.file(`${icon}.png`, png);
  }
  await mkdir(dirname(outFile), { recursive: true });
  await writeFile(outFile, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return outFile;
}

/** Width and height from a PNG's IHDR chunk, or undefined when it is not a PNG. */
export function pngSize(png: Buffer): { width: number; height: number } | undefined {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (png.length < 24 || !png.subarray(0, 8).equals(signature) || png.toString('ascii', 12, 16) !== 'IHDR') return undefined;
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    const file = await buildTeamsPackage({ appId: process.env.MICROSOFT_APP_ID });
    console.log(`Teams app package written to ${file}`);
  } catch (error) {
    if (!(error instanceof PackageError)) throw error;
    console.error(`teams:package: ${error.message}`);
    process.exit(1);
  }
}
