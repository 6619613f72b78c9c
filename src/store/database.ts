// Opens the database: PostgreSQL when a URL is given, otherwise the embedded
// PGlite (PostgreSQL compiled to WebAssembly) in a local folder. Both speak the
// same SQL, so one Prisma client and one set of migrations serve both.
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { orAfter } from '../core/timeouts';
import { acquireDirectoryLock } from './directory-lock';
import { PrismaClient } from './generated/client';
import { applyMigrations, type SqlSession } from './migrations';

export interface Database {
  kind: 'postgresql' | 'embedded';
  prisma: PrismaClient;
  /** Cheap round trip for health checks; rejects when the database is unreachable. */
  ping(): Promise<void>;
  /**
   * The inbox's own way in: plain SQL on connections of its own (PostgreSQL) so
   * that an ack never waits for a connection behind turns, nor for Prisma's
   * query path, whose tail under load is several times a bare round trip.
   */
  ingest: SqlQuery;
  /**
   * Calls `onNotify` with the payload of each NOTIFY on `channel` from another
   * process (this one's own inbox writes are left out: it woke itself), on a
   * connection of its own that comes back after a loss (then with undefined:
   * something may have been missed). Embedded: never (one process owns it).
   */
  listen(channel: string, onNotify: (payload: string | undefined) => void): Listening;
  /** What the job queue (pg-boss) connects with: its own pool on PostgreSQL, the one PGlite otherwise. */
  jobConnection(): { kind: 'postgresql'; url: string } | { kind: 'embedded'; pglite: PGlite };
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** postgresql://… ; absent means the embedded database. */
  url?: string;
  /** Folder of the embedded database, or `memory://` for a throw-away one. */
  embeddedDir: string;
  migrationsDir: string;
  /** PostgreSQL only: how long to wait for the server before giving a connection up. */
  timeouts?: Partial<PostgresTimeouts>;
}

export interface PostgresTimeouts {
  /** Opening a connection, or waiting for a free one in the pool. */
  connectMs: number;
  /** The server cancels a statement running longer (statement_timeout). */
  statementMs: number;
  /**
   * No answer to a query for this long (the server or the network hangs, as in a
   * failover): the query fails and its connection is dropped, so that the pool
   * opens a new one instead of queueing behind the hung one for good.
   */
  queryMs: number;
  /** The server ends a session left idle inside a transaction (idle_in_transaction_session_timeout). */
  idleInTransactionMs: number;
  /** TCP keepalive probes start after this much silence, so a dead peer is noticed. */
  keepAliveDelayMs: number;
  /** close(): how long to wait for the pool to finish; then its connections are left behind. */
  closeMs: number;
  /**
   * A pooled connection is closed (once idle) after living this long, so that
   * none outlives a failover or a DNS change for good (pg's maxLifetimeSeconds).
   */
  lifetimeMs: number;
}

const DEFAULT_POSTGRES_TIMEOUTS: PostgresTimeouts = {
  connectMs: 5_000,
  statementMs: 10_000,
  queryMs: 15_000,
  idleInTransactionMs: 30_000,
  keepAliveDelayMs: 10_000,
  closeMs: 5_000,
  lifetimeMs: 30 * 60_000,
};

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  return options.url
    ? openPostgres(options.url, options.migrationsDir, { ...DEFAULT_POSTGRES_TIMEOUTS, ...options.timeouts })
    : openEmbedded(options.embeddedDir, options.migrationsDir);
}

async function openPostgres(url: string, migrationsDir: string, timeouts: PostgresTimeouts): Promise<Database> {
  const connection = {
    connectionString: url,
    connectionTimeoutMillis: timeouts.connectMs,
    keepAlive: true,
    keepAliveInitialDelayMillis: timeouts.keepAliveDelayMs,
  };
  // Migrations run on a connection of their own, without statement or query
  // timeouts: a migration may take long, and so may waiting for another
  // instance's migrations (the advisory lock).
  const migrator = new pg.Client(connection);
  migrator.on('error', () => undefined);
  try {
    await migrator.connect();
    await applyMigrations(pgSession(migrator), migrationsDir, { lock: true });
  } finally {
    await migrator.end().catch(() => undefined);
  }

  const pool = new pg.Pool({
    ...connection,
    max: 10,
    statement_timeout: timeouts.statementMs,
    query_timeout: timeouts.queryMs,
    idle_in_transaction_session_timeout: timeouts.idleInTransactionMs,
    maxLifetimeSeconds: timeouts.lifetimeMs / 1000,
  });
  const ingestPool = new pg.Pool({
    ...connection,
    max: INGEST_CONNECTIONS,
    statement_timeout: timeouts.statementMs,
    query_timeout: timeouts.queryMs,
    maxLifetimeSeconds: timeouts.lifetimeMs / 1000,
  });
  // An idle client that loses its server must not crash the process.
  pool.on('error', () => undefined);
  ingestPool.on('error', () => undefined);
  // The server processes behind the inbox's own connections: their NOTIFYs are this process's own writes.
  const ingestBackends = new Set<number>();
  ingestPool.on('connect', (client) => {
    const pid = (client as unknown as { processID?: number }).processID;
    if (typeof pid === 'number') {
      ingestBackends.add(pid);
      client.on('end', () => ingestBackends.delete(pid));
    }
  });
  // A client handed back while its query is still unanswered (it timed out, e.g.
  // inside a transaction) is hung: drop its connection rather than reuse it, or
  // every later query on it would queue behind the one that never returns.
  pool.on('release', (error, client) => {
    if (!error && hasUnansweredQuery(client)) client.end().catch(() => undefined);
  });
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  return {
    kind: 'postgresql',
    prisma,
    ingest: async <Row>(sql: string, params: readonly unknown[]) => (await ingestPool.query(sql, [...params])).rows as Row[],
    listen: (channel, onNotify) => listenOn(connection, channel, onNotify, ingestBackends),
    jobConnection: () => ({ kind: 'postgresql', url }),
    ping: async () => {
      await pool.query('SELECT 1');
    },
    close: async () => {
      // Ending the pool waits for every client to come back; a hung one may never.
      await orAfter(
        (async () => {
          await prisma.$disconnect();
          await Promise.all([pool.end().catch(() => undefined), ingestPool.end().catch(() => undefined)]);
        })(),
        timeouts.closeMs,
        undefined,
      );
    },
  };
}

export interface Listening {
  close(): Promise<void>;
}

export type SqlQuery = <Row>(sql: string, params: readonly unknown[]) => Promise<Row[]>;

/** Connections of the inbox's own pool: as many as the recorder writes at once. */
export const INGEST_CONNECTIONS = 2;

/**
 * LISTEN on a client of its own. A lost connection is opened again (after 1 s,
 * doubling to 30 s) and, once back, `onNotify` is called once: what was
 * notified meanwhile is not lost, only late.
 */
const LISTENER_NAME = 'samen-opleiden-bot listener';

function listenOn(connection: pg.ClientConfig, channel: string, onNotify: (payload: string | undefined) => void, own: ReadonlySet<number>): Listening {
  if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new Error(`not a channel name: ${channel}`);
  let closed = false;
  let client: pg.Client | undefined;
  let retry: NodeJS.Timeout | undefined;
  let delayMs = 1_000;
  const open = async () => {
    const next = new pg.Client({ ...connection, application_name: LISTENER_NAME });
    client = next;
    const lost = () => {
      if (client !== next) return;
      client = undefined;
      next.end().catch(() => undefined);
      if (!closed) {
        retry = setTimeout(() => void open(), delayMs);
        delayMs = Math.min(delayMs * 2, 30_000);
      }
    };
    next.on('error', lost);
    next.on('end', lost);
    next.on('notification', (message) => {
      if (message.channel === channel && !own.has(message.processId)) onNotify(message.payload);
    });
    try {
      await next.connect();
      await next.query(`LISTEN ${channel}`);
      if (closed) return void next.end().catch(() => undefined);
      delayMs = 1_000;
      onNotify(undefined);
    } catch {
      lost();
    }
  };
  void open();
  return {
    close: async () => {
      closed = true;
      clearTimeout(retry);
      const last = client;
      client = undefined;
      await last?.end().catch(() => undefined);
    },
  };
}

/** pg keeps the query it waits for as its active query (not public API; absent means "no"). */
function hasUnansweredQuery(client: pg.PoolClient): boolean {
  const active = (client as unknown as { _getActiveQuery?: () => unknown })._getActiveQuery;
  return typeof active === 'function' && Boolean(active.call(client));
}

function pgSession(client: pg.ClientBase): SqlSession {
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
    ingest: async <Row>(sql: string, params: readonly unknown[]) => {
      if (closed) throw new Error('embedded database is closed');
      return (await db.query<Row>(sql, [...params])).rows;
    },
    listen: () => ({ close: async () => undefined }),
    jobConnection: () => ({ kind: 'embedded', pglite: db }),
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
