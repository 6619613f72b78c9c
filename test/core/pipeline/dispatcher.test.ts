// The dispatcher on a real PostgreSQL outbox with a scripted sender and a
// manual clock: pacing per channel across instances, order, 429s that hold a
// channel, refusals, give-up, and a sender that died holding a message.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/core/logger';
import type { OutgoingMessage, SendOutcome, Target } from '../../../src/core/outgoing';
import { createDispatcher, type Dispatcher } from '../../../src/core/pipeline/dispatcher';
import type { Database } from '../../../src/store/database';
import { OutboxRows, PostgresOutboxStore } from '../../../src/store/outbox-store';
import { uniqueId } from '../../support/bot';
import { openScratchDatabase } from '../../support/databases';
import { manualClock, until, type ManualClock } from '../../support/manual-clock';

// A database of its own: a dispatcher claims from the whole outbox, and other test files' bots write there too.
let db: Database;
let dispose: () => Promise<void>;
beforeAll(async () => {
  ({ db, dispose } = await openScratchDatabase());
});
afterAll(() => dispose?.());

/** Moves the clock once every dispatcher waits for it (moving it while one is between reading the time and sleeping would strand it). */
async function tick(clock: ManualClock, ms: number, dispatchers = 1): Promise<void> {
  await until(() => clock.sleeping >= dispatchers, 'the dispatchers wait');
  clock.advance(ms);
}

interface Delivery {
  text: string;
  channel: string;
  at: number;
  by: number;
}

/** A sender that records what it delivered and answers as `script` says (by the message's text). */
function scriptedSender(clock: ManualClock, deliveries: Delivery[], script: (text: string, attempt: number) => SendOutcome = () => ({ kind: 'sent' }), by = 0) {
  return {
    async send(message: OutgoingMessage): Promise<SendOutcome> {
      const text = message.message.blocks[0]?.type === 'text' ? message.message.blocks[0].text : '';
      const outcome = script(text, message.attempts + 1);
      const channel = message.target.kind === 'conversation' ? message.target.conversationId : '?';
      if (outcome.kind === 'sent') deliveries.push({ text, channel, at: clock.now().getTime(), by });
      return outcome;
    },
  };
}

async function enqueue(workspaceId: string, conversationId: string, texts: string[], clock: ManualClock): Promise<void> {
  await db.prisma.$transaction(async (tx) => {
    const rows = new OutboxRows(tx, { platform: 'slack', workspaceId, tenantId: '00000000-0000-0000-0000-000000000000', origin: 'test', now: clock.now() });
    const target: Target = { kind: 'conversation', conversationId, reference: {} };
    await rows.enqueue(target, texts.map((text) => ({ blocks: [{ type: 'text' as const, text }] })), 'nl');
  });
}

function start(clock: ManualClock, sender: ReturnType<typeof scriptedSender>, extra: Partial<Parameters<typeof createDispatcher>[0]> = {}): Dispatcher {
  const dispatcher = createDispatcher({ store: new PostgresOutboxStore(db), senders: { slack: sender }, clock, logger: silentLogger, random: () => 0.5, ...extra });
  dispatcher.start();
  return dispatcher;
}

const statusOf = async (workspaceId: string) =>
  db.prisma.outboxMessage.findMany({ where: { workspaceId }, orderBy: { id: 'asc' }, select: { status: true, failure: true, attempts: true, platformMessageId: true } });

describe('dispatcher', () => {
  it('sends a burst of four to a channel, then one a second, while another channel goes at once; in order', async () => {
    const clock = manualClock();
    const deliveries: Delivery[] = [];
    const team = uniqueId('T');
    await enqueue(team, 'CBUSY', ['1', '2', '3', '4', '5', '6', '7'], clock);
    const dispatcher = start(clock, scriptedSender(clock, deliveries));
    try {
      await until(() => deliveries.length === 4, 'the burst is sent');
      await enqueue(team, 'CQUIET', ['q'], clock);
      dispatcher.wake();
      await until(() => deliveries.some((d) => d.channel === 'CQUIET'), 'the quiet channel is served');
      // Nothing more for the busy channel until a second has passed.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(deliveries.filter((d) => d.channel === 'CBUSY')).toHaveLength(4);
      for (let second = 1; second <= 3; second++) {
        await tick(clock, 1_000);
        await until(() => deliveries.filter((d) => d.channel === 'CBUSY').length === 4 + second, `message ${4 + second} is sent`);
      }
      expect(deliveries.filter((d) => d.channel === 'CBUSY').map((d) => d.text)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
      await until(async () => (await statusOf(team)).every((row) => row.status === 'sent'), 'all are marked sent');
    } finally {
      await dispatcher.stop();
    }
  });

  it('holds the whole channel for a 429’s Retry-After, then delivers everything once', async () => {
    const clock = manualClock();
    const deliveries: Delivery[] = [];
    const team = uniqueId('T');
    await enqueue(team, 'CLIMIT', ['a', 'b', 'c'], clock);
    let throttled = 0;
    const sender = scriptedSender(clock, deliveries, (text, attempt) => {
      if (text === 'b' && attempt === 1) {
        throttled++;
        return { kind: 'retry', reason: 'rate limited (429)', afterMs: 20_000, throttled: true };
      }
      return { kind: 'sent' };
    });
    const dispatcher = start(clock, sender);
    try {
      await until(() => throttled === 1, 'b is throttled');
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(deliveries.map((d) => d.text)).toEqual(['a']);
      await tick(clock, 19_000);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(deliveries.map((d) => d.text)).toEqual(['a']);
      await tick(clock, 2_000);
      await until(() => deliveries.length === 3, 'b and c are sent');
      await until(async () => (await statusOf(team)).every((row) => row.status === 'sent'), 'all are marked sent');
      expect(deliveries.map((d) => d.text)).toEqual(['a', 'b', 'c']);
      expect(await statusOf(team)).toMatchObject([{ status: 'sent', attempts: 1 }, { status: 'sent', attempts: 2 }, { status: 'sent', attempts: 1 }]);
    } finally {
      await dispatcher.stop();
    }
  });

  it('marks a message for someone unreachable failed with the reason, and goes on with the channel', async () => {
    const clock = manualClock();
    const deliveries: Delivery[] = [];
    const team = uniqueId('T');
    await enqueue(team, 'CGONE', ['gone', 'next'], clock);
    const sender = scriptedSender(clock, deliveries, (text) => (text === 'gone' ? { kind: 'unreachable', reason: 'not_in_channel' } : { kind: 'sent' }));
    const dispatcher = start(clock, sender);
    try {
      await until(() => deliveries.length === 1, 'the next message is sent');
      await until(async () => (await statusOf(team))[1]!.status === 'sent', 'it is marked sent');
      expect(await statusOf(team)).toMatchObject([
        { status: 'failed', failure: 'unreachable: not_in_channel' },
        { status: 'sent', failure: null },
      ]);
    } finally {
      await dispatcher.stop();
    }
  });

  it('retries a flaky platform with growing pauses and gives up after the bound, with the reason', async () => {
    const clock = manualClock();
    const deliveries: Delivery[] = [];
    const team = uniqueId('T');
    await enqueue(team, 'CDOWN', ['never'], clock);
    let attempts = 0;
    const sender = scriptedSender(clock, deliveries, () => {
      attempts++;
      return { kind: 'retry', reason: 'HTTP 503' };
    });
    const dispatcher = start(clock, sender, { giveUpAfterMs: 60_000 });
    try {
      // Five seconds at a time, until it is given up (a minute after it was decided).
      for (let step = 0; step < 100 && (await statusOf(team))[0]!.status !== 'failed'; step++) {
        await tick(clock, 5_000);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      const [row] = await statusOf(team);
      expect(row).toMatchObject({ status: 'failed', failure: 'gave up: HTTP 503' });
      // 1 s, 2 s, 4 s … apart: a minute allows only a handful.
      expect(attempts).toBeGreaterThanOrEqual(3);
      expect(attempts).toBeLessThanOrEqual(8);
      expect(deliveries).toHaveLength(0);
    } finally {
      await dispatcher.stop();
    }
  });

  it('takes over a message whose dispatcher died while sending it, once its lease is over', async () => {
    const clock = manualClock();
    const team = uniqueId('T');
    await enqueue(team, 'CLEASE', ['held'], clock);
    // A dispatcher claims it and dies (never marks it).
    const claimed = await new PostgresOutboxStore(db).claim(clock.now(), { limit: 100, leaseMs: 30_000, pace: { burst: 4, intervalMs: 1_000 } });
    expect(claimed.filter((m) => m.workspaceId === team)).toHaveLength(1);
    const deliveries: Delivery[] = [];
    const dispatcher = start(clock, scriptedSender(clock, deliveries), { leaseMs: 30_000 });
    try {
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(deliveries.filter((d) => d.channel === 'CLEASE')).toHaveLength(0);
      await tick(clock, 31_000);
      await until(() => deliveries.some((d) => d.channel === 'CLEASE'), 'the held message is sent');
      await until(async () => (await statusOf(team))[0]!.status === 'sent', 'it is marked sent');
      expect(deliveries.filter((d) => d.channel === 'CLEASE')).toHaveLength(1);
    } finally {
      await dispatcher.stop();
    }
  });

  it('three dispatchers on one database deliver 300 messages over 12 channels exactly once, in order, none faster than its pace', async () => {
    const clock = manualClock();
    const deliveries: Delivery[] = [];
    const team = uniqueId('T');
    const channels = Array.from({ length: 12 }, (_, i) => `CFAN${i}`);
    for (const channel of channels) await enqueue(team, channel, Array.from({ length: 25 }, (_, i) => `${channel}:${i}`), clock);
    // Every seventh first attempt is throttled for 3 s.
    const script = (text: string, attempt: number): SendOutcome =>
      attempt === 1 && Number(text.split(':')[1]) % 7 === 3 ? { kind: 'retry', reason: '429', afterMs: 3_000, throttled: true } : { kind: 'sent' };
    const dispatchers = [0, 1, 2].map((by) => start(clock, scriptedSender(clock, deliveries, script, by)));
    try {
      // Time moves on a quarter second whenever all three wait for it.
      for (let step = 0; step < 400 && deliveries.length < 300; step++) {
        if (deliveries.length < 300) await tick(clock, 250, 3);
      }
      expect(deliveries).toHaveLength(300);
      expect(new Set(deliveries.map((d) => d.text)).size).toBe(300);
      expect(new Set(deliveries.map((d) => d.by)).size).toBeGreaterThan(1);
      for (const channel of channels) {
        const mine = deliveries.filter((d) => d.channel === channel);
        expect(mine.map((d) => d.text)).toEqual(Array.from({ length: 25 }, (_, i) => `${channel}:${i}`));
        // Token bucket: in any window of n seconds at most 4 + n posts.
        for (let i = 0; i < mine.length; i++) {
          for (let j = i + 4; j < mine.length; j++) expect(mine[j]!.at - mine[i]!.at).toBeGreaterThanOrEqual((j - i - 3) * 1_000);
        }
      }
    } finally {
      await Promise.all(dispatchers.map((d) => d.stop()));
    }
  });
});
