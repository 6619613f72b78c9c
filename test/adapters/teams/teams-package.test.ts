// The Teams app package: built to a temp dir and read back as Teams would.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTeamsPackage, PackageError, pngSize } from '../../../scripts/teams-package';
import { commands as botCommands } from '../../../src/flows';

const APP_ID = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'teams-package-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('teams:package', () => {
  it('zips a manifest with the app id filled in and both icons at their sizes', async () => {
    const file = await buildTeamsPackage({ appId: APP_ID, outFile: join(dir, 'out', 'package.zip') });
    const zip = await JSZip.loadAsync(await readFile(file));
    expect(Object.keys(zip.files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);

    const manifest = JSON.parse(await zip.file('manifest.json')!.async('string'));
    expect(manifest.$schema).toMatch(/teams\/v1\.19\/MicrosoftTeams\.schema\.json$/);
    expect(manifest.manifestVersion).toBe('1.19');
    expect(manifest.id).toBe(APP_ID);
    expect(manifest.bots[0].botId).toBe(APP_ID);
    expect(manifest.bots[0].scopes).toEqual(['personal', 'team', 'groupChat']);
    const commands = manifest.bots[0].commandLists[0].commands.map((command: { title: string }) => command.title);
    // Every suggested command is one the bot knows; Teams shows at most ten.
    const known = new Set(botCommands.flatMap((command) => command.names));
    expect(commands.length).toBeLessThanOrEqual(10);
    expect(commands.filter((title: string) => !known.has(title.split(' ')[0]!))).toEqual([]);
    expect(commands).toEqual(expect.arrayContaining(['hulp', 'reflectie', 'concept']));
    expect(JSON.stringify(manifest)).not.toContain('${{');

    expect(pngSize(await zip.file('color.png')!.async('nodebuffer'))).toEqual({ width: 192, height: 192 });
    expect(pngSize(await zip.file('outline.png')!.async('nodebuffer'))).toEqual({ width: 32, height: 32 });
  });

  it('refuses to build without an app id, or with one that is not a GUID', async () => {
    await expect(buildTeamsPackage({ appId: undefined, outFile: join(dir, 'none.zip') })).rejects.toThrow(/MICROSOFT_APP_ID is not set/);
    await expect(buildTeamsPackage({ appId: 'my-bot', outFile: join(dir, 'bad.zip') })).rejects.toBeInstanceOf(PackageError);
  });
});

describe('pngSize', () => {
  it('reads width and height from IHDR and rejects what is not a PNG', () => {
    const header = Buffer.alloc(24);
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(header);
    header.write('IHDR', 12, 'ascii');
    header.writeUInt32BE(640, 16);
    header.writeUInt32BE(480, 20);
    expect(pngSize(header)).toEqual({ width: 640, height: 480 });
    expect(pngSize(Buffer.from('GIF89a not a png at all'))).toBeUndefined();
  });
});
