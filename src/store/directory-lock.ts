// A lock file beside the embedded database folder, so that a second process
// refuses to open it with a clear message instead of silently losing rows.
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export class DatabaseInUseError extends Error {}

export interface DirectoryLock {
  release(): void;
}

export function acquireDirectoryLock(dir: string): DirectoryLock {
  const folder = resolve(dir);
  const lockPath = `${folder}.lock`;
  // PGlite does not create parent folders.
  mkdirSync(dirname(folder), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      let released = false;
      return {
        release() {
          if (released) return;
          released = true;
          rmSync(lockPath, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number.parseInt(readFileSync(lockPath, 'utf8'), 10);
      if (Number.isInteger(owner) && owner !== process.pid && isAlive(owner)) {
        throw new DatabaseInUseError(
          `The embedded database at ${folder} is in use by process ${owner}. ` +
            'Stop that process first, or set DATABASE_URL to PostgreSQL to run several instances.',
        );
      }
      if (owner === process.pid) {
        throw new DatabaseInUseError(`The embedded database at ${folder} is already open in this process.`);
      }
      // Left behind by a process that is gone: take it over.
      rmSync(lockPath, { force: true });
    }
  }
  throw new DatabaseInUseError(`Could not lock the embedded database at ${folder}.`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
