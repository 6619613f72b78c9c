// `bezorging`: a coordinator sees which of the bot's messages did not arrive,
// for whom and why, in words; others are told it is for coordinators.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Target } from '../../src/core/outgoing';
import { OutboxRows, PostgresOutboxStore } from '../../src/store/outbox-store';
import { en } from '../../src/texts/en';
import { nl } from '../../src/texts/nl';
import { PEOPLE, shown, startEngineHarness, type EngineHarness } from './draft/engine-harness';

let h: EngineHarness;
beforeAll(async () => {
  h = await startEngineHarness();
});
afterAll(() => h.dispose());

/** A message the bot decided in this workspace and the dispatcher marked failed with `failure`. */
async function failed(tenant: string, target: Target, failure: string): Promise<void> {
  const [id] = await h.db.prisma.$transaction((tx) =>
    new OutboxRows(tx, { platform: 'slack', workspaceId: tenant, tenantId: '00000000-0000-0000-0000-000000000000', origin: 'test', now: new Date() }).enqueue(
      target,
      [{ blocks: [{ type: 'text', text: 'Herinnering' }] }],
      'nl',
    ),
  );
  await new PostgresOutboxStore(h.db).markFailed(id!, new Date(), failure);
}

describe('bezorging', () => {
  it('lists for a coordinator what did not arrive: who or where, and why, in words; and what still waits', async () => {
    const { tenant } = await h.setUp();
    await failed(tenant, { kind: 'conversation', conversationId: 'CUPDATES', reference: {} }, 'unreachable: not_in_channel');
    await failed(tenant, { kind: 'person', userId: PEOPLE.sam.id }, 'unreachable: account_inactive');
    await failed(tenant, { kind: 'person', userId: 'UNKNOWN' }, 'gave up: HTTP 503');
    await h.db.prisma.$transaction((tx) =>
      new OutboxRows(tx, { platform: 'slack', workspaceId: tenant, tenantId: '00000000-0000-0000-0000-000000000000', origin: 'test', now: new Date() }).enqueue(
        { kind: 'conversation', conversationId: 'CWAIT', reference: {} },
        [{ blocks: [{ type: 'text', text: 'Nog onderweg' }] }],
        'nl',
      ),
    );

    const waiting = await h.db.prisma.outboxMessage.count({ where: { workspaceId: tenant, status: 'pending' } });
    expect(waiting).toBe(1);
    const text = shown(await h.send(tenant, 'coby', 'bezorging'));
    expect(text).toContain(nl.delivery.title);
    expect(text).toContain(`${nl.delivery.channel('CUPDATES')}: niet bereikbaar: de bot is geen lid (meer) van dat kanaal`);
    expect(text).toContain(`${nl.delivery.person(PEOPLE.sam.name)}: niet bereikbaar: dat account is gedeactiveerd`);
    expect(text).toContain(`${nl.delivery.person('UNKNOWN')}: lukte een uur lang niet`);
    expect(text).toContain(nl.delivery.waiting(1));
    // Newest first.
    expect(text.indexOf('UNKNOWN')).toBeLessThan(text.indexOf('CUPDATES'));
  });

  it('answers in English when the coordinator chose English, and says when everything arrived', async () => {
    const { tenant } = await h.setUp();
    await h.send(tenant, 'dirk', 'taal en');
    // No dispatcher runs here: the replies so far wait in the outbox.
    const waiting = await h.db.prisma.outboxMessage.count({ where: { workspaceId: tenant, status: 'pending' } });
    const text = shown(await h.send(tenant, 'dirk', 'delivery'));
    expect(text).toContain(en.delivery.allDelivered);
    expect(text).toContain(en.delivery.waiting(waiting));
  });

  it('shows nothing of another workspace, and nothing to someone who is not a coordinator', async () => {
    const { tenant } = await h.setUp();
    const other = await h.setUp();
    await failed(other.tenant, { kind: 'conversation', conversationId: 'COTHER', reference: {} }, 'unreachable: not_in_channel');
    expect(shown(await h.send(tenant, 'coby', 'bezorging'))).not.toContain('COTHER');
    expect(shown(await h.send(tenant, 'sam', 'bezorging'))).toBe(nl.delivery.notCoordinator);
  });
});
