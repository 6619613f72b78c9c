import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { migrationsDir } from '../../adapters/bot';
import { openDatabase } from '../../src/store/database';
import { DatabaseInUseError } from '../../src/store/directory-lock';
import { TurnStore } from '../../src/store/turn-store';

describe('embedded database', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sob-embedded-'));
  const embeddedDir = join(dir, 'nested', 'db');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('creates its folder, keeps data across a restart, and has exactly one owner', async () => {
    const first = await openDatabase({ embeddedDir, migrationsDir });
    await new TurnStore(first).withTenant('slack', 'T1', (scope) => scope.upsertPerson('U1', 'Anne'));
    await expect(openDatabase({ embeddedDir, migrationsDir })).rejects.toThrow(DatabaseInUseError);
    await first.close();

    const second = await openDatabase({ embeddedDir, migrationsDir });
    try {
      expect(await second.prisma.person.findMany({ select: { displayName: true } })).toEqual([{ displayName: 'Anne' }]);
      await second.ping();
    } finally {
      await second.close();
    }
    await expect(second.ping()).rejects.toThrow();
  });
});

describe('PostgreSQL database', () => {
  it('names the problem when the server cannot be reached', async () => {
    await expect(
      openDatabase({ url: 'postgresql://nobody@127.0.0.1:1/none', embeddedDir: '', migrationsDir }),
    ).rejects.toThrow(/ECONNREFUSED|connect/);
  });
});
