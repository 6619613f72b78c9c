// Writes incoming turns to the inbox before the platform is acknowledged.
// Entries that arrive while a write is under way go together in the next one
// (one INSERT for many events), so the database sees few statements under load.
// Duplicates (a Slack retry, a Teams redelivery) are recognised on the platform's
// event id by the table's unique key and reported as such.
import { InboxEntryError, InboxUnavailableError, type InboxEntry, type InboxRecorder, type Recorded } from '../core/ports';
import { withTimeout } from '../core/timeouts';
import { placeKeyOf } from '../core/turn';
import { INGEST_CONNECTIONS, type Database } from './database';
import { jsonText } from './json-text';
import { utc } from './sql-time';

/** The NOTIFY channel of new inbox rows. */
export const INBOX_CHANNEL = 'sob_inbox';

export interface RecorderOptions {
  /** Entries waiting beyond this are refused at once (the platform will retry). */
  maxWaiting?: number;
  maxBatch?: number;
  /** Writes in flight at once. */
  parallel?: number;
  /** A write that takes longer is reported as failed (it may still land: a retry then finds it). */
  timeoutMs?: number;
  /** Called after each write with the number of new entries, to wake the workers. */
  onRecorded?: (count: number) => void;
}

interface Waiting {
  entry: InboxEntry;
  key: string;
  /** The entry as jsonb text, made when it arrives: one entry that cannot be written fails alone, not its batch. */
  json: string;
  resolve(result: Recorded): void;
  reject(error: Error): void;
}

function inboxOrderKey(entry: InboxEntry): string {
  const { turn } = entry;
  return [turn.platform, turn.workspaceId, turn.user.id, placeKeyOf(turn)].join(':');
}

export function createInboxRecorder(db: Database, options: RecorderOptions = {}): InboxRecorder {
  const { maxWaiting = 5_000, maxBatch = 500, parallel = INGEST_CONNECTIONS, timeoutMs = 2_000, onRecorded } = options;
  let queue: Waiting[] = [];
  let inFlight = 0;
  let idleWaiters: Array<() => void> = [];

  const flush = async () => {
    if (inFlight >= parallel || queue.length === 0) return;
    const batch = queue.slice(0, maxBatch);
    queue = queue.slice(batch.length);
    inFlight++;
    try {
      const inserted = await withTimeout(insert(db, batch), timeoutMs);
      for (const waiting of batch) waiting.resolve(inserted.has(waiting.key) ? 'recorded' : 'duplicate');
      if (inserted.size > 0) onRecorded?.(inserted.size);
    } catch (error) {
      const refusal = new InboxUnavailableError(`inbox write failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
      for (const waiting of batch) waiting.reject(refusal);
    } finally {
      inFlight--;
      void flush();
      if (queue.length === 0 && inFlight === 0 && idleWaiters.length > 0) {
        const waiters = idleWaiters;
        idleWaiters = [];
        for (const resolve of waiters) resolve();
      }
    }
  };

  return {
    get waiting() {
      return queue.length;
    },
    whenIdle() {
      if (queue.length === 0 && inFlight === 0) return null;
      return new Promise<void>((resolve) => idleWaiters.push(resolve));
    },
    record(entry) {
      if (queue.length >= maxWaiting) return Promise.reject(new InboxUnavailableError('inbox is full'));
      let json: string;
      try {
        // The key columns are text, where a NUL fails the whole batch: such an entry is refused alone.
        if ([entry.turn.workspaceId, entry.turn.eventId, inboxOrderKey(entry)].some((text) => text.includes('\u0000'))) {
          throw new Error('an id holds a NUL character');
        }
        json = jsonText({ turn: entry.turn, replyTo: entry.replyTo });
      } catch (error) {
        return Promise.reject(new InboxEntryError(`entry cannot be stored: ${error instanceof Error ? error.message : String(error)}`, { cause: error }));
      }
      return new Promise<Recorded>((resolve, reject) => {
        queue.push({ entry, json, key: eventKey(entry.turn.platform, entry.turn.workspaceId, entry.turn.eventId), resolve, reject });
        void flush();
      });
    },
  };
}

function eventKey(platform: string, workspaceId: string, eventId: string): string {
  return `${platform}\u0000${workspaceId}\u0000${eventId}`;
}

/** One statement for the whole batch; returns the keys that were new. */
async function insert(db: Database, batch: readonly Waiting[]): Promise<Set<string>> {
  // The same event twice in one batch (a retry racing the original): write it once.
  const unique = new Map(batch.map((waiting) => [waiting.key, waiting]));
  const waiting = [...unique.values()];
  const entries = waiting.map((one) => one.entry);
  const rows = await db.ingest<{ platform: string; workspace_id: string; event_id: string }>(
    // pg_notify wakes the workers of every other process at commit, once per write with new rows, with their number.
    `WITH new AS (
       INSERT INTO inbox_event (platform, workspace_id, event_id, order_key, turn, received_at, available_at)
       SELECT p::"Platform", w, e, o, t::jsonb, r::timestamp, r::timestamp
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[]) AS x(p, w, e, o, t, r)
       ON CONFLICT (platform, workspace_id, event_id) DO NOTHING
       RETURNING platform::text AS platform, workspace_id, event_id)
     SELECT platform, workspace_id, event_id, (SELECT pg_notify('${INBOX_CHANNEL}', (SELECT count(*) FROM new)::text)) IS NULL AS notified FROM new`,
    [
      entries.map((entry) => entry.turn.platform),
      entries.map((entry) => entry.turn.workspaceId),
      entries.map((entry) => entry.turn.eventId),
      entries.map(inboxOrderKey),
      waiting.map((one) => one.json),
      entries.map((entry) => utc(entry.receivedAt)),
    ],
  );
  return new Set(rows.map((row) => eventKey(row.platform, row.workspace_id, row.event_id)));
}
