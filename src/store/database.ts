// Opens the database: PostgreSQL when a URL is given, otherwise the embedded
// PGlite (PostgreSQL compiled to WebAssembly) in a local folder. Both speak the
// same SQL, so one Prisma client and one set of migrations serve both.
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { acquireDirectoryLock } from './directory-lock';
import { PrismaClient } from './generated/client';
import { applyMigrations, type SqlSession } from './migrations';

export interface Database {
  kind: 'postgresql' | 'embedded';
  prisma: PrismaClient;
  /** Cheap round trip for health checks; rejects when the database is unreachable. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** postgresql://… ; absent means the embedded database. */
  url?: string;
  /** Folder of the embedded database, or `memory://` for a throw-away one. */
  embeddedDir: string;
  migrationsDir: string;
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  return options.url ? openPostgres(options.url, options.migrationsDir) : openEmbedded(options.embeddedDir, options.migrationsDir);
}

async function openPostgres(url: string, migrationsDir: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 5_000 });
  // An idle client that loses its server must not crash the process.
  pool.on('error', () => undefined);
  try {
    const client = await pool.connect();
    try {
      await applyMigrations(pgSession(client), migrationsDir, { lock: true });
    } finally {
      client.release();
    }
  } catch (error) {
    await pool.end();
    throw error;
  }
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  return {
    kind: 'postgresql',
    prisma,
    ping: async () => {
      await pool.query('SELECT 1');
    },
    close: async () => {
      await prisma.$disconnect();
      await pool.end().catch(() => undefined);
    },
  };
}

function pgSession(client: pg.PoolClient): SqlSession {
  return {
    query: async (sql, params = []) => (await client.query(sql, params)).rows,
    exec: async (sql) => {
      await client.query(sql);
    },
  };
}

async function openEmbedded(dir: string, migrationsDir: string): Promise<Database> {
  const inMemory = dir.startsWith('memory://');
  // Two processes on one PGlite folder lose rows silently: exactly one owner.
  const lock = inMemory ? undefined : acquireDirectoryLock(dir);
  let pglite: PGlite | undefined;
  try {
    pglite = new PGlite(dir);
    await pglite.waitReady;
    const db = pglite;
    await applyMigrations(
      {
        query: async (sql, params = []) => (await db.query<Record<string, unknown>>(sql, params)).rows,
        exec: async (sql) => {
          await db.exec(sql);
        },
      },
      migrationsDir,
      { lock: false },
    );
  } catch (error) {
    await pglite?.close().catch(() => undefined);
    lock?.release();
    throw error;
  }
  const db = pglite;
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(db) });
  let closed = false;
  return {
    kind: 'embedded',
    prisma,
    ping: async () => {
      if (closed) throw new Error('embedded database is closed');
      await db.query('SELECT 1');
    },
    close: async () => {
      if (closed) return;
      closed = true;
      await prisma.$disconnect();
      // PGlite keeps the process alive until closed.
      await db.close();
      lock?.release();
    },
  };
}
