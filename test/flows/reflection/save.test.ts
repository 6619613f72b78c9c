// An answer saved in a reflection marks the partnership's home views out of
// date (the status counts answers): one refresh for many answers, on Slack.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../src/core/engine';
import type { Database } from '../../../src/store/database';
import { openTestDatabase } from '../../support/databases';
import { newEngine, seedPartnership, send } from './support';

let db: Database;
let engine: Engine;
let dispose: () => Promise<void>;
beforeAll(async () => {
  ({ db, dispose } = await openTestDatabase('postgresql'));
  engine = newEngine(db);
});
afterAll(() => dispose());

describe('reflectie: an answer and the App Home', () => {
  it('marks the home views out of date once, for a timeline run within five minutes', async () => {
    const anne = { userId: 'UANNE', name: 'Anne Schoolopleider', role: 'school_based_educator' as const };
    const { tenant, partnershipId } = await seedPartnership(db, [anne]);
    const chat = { tenant, user: { id: anne.userId, name: anne.name } };
    await send(engine, chat, 'reflectie leeromgeving');
    expect(await db.prisma.timelineSettings.findUnique({ where: { partnershipId } })).toBeNull();
    const before = Date.now();
    await send(engine, chat, 'Elke week voeren de schoolopleider en de instituutsopleider samen een driehoeksgesprek met de student.');
    const marked = await db.prisma.timelineSettings.findUniqueOrThrow({ where: { partnershipId } });
    expect(marked.homeStaleSince!.getTime()).toBeGreaterThanOrEqual(before - 1_000);
    expect(marked.nextRunAt!.getTime() - marked.homeStaleSince!.getTime()).toBe(5 * 60_000);
    expect(await db.prisma.contribution.count({ where: { partnershipId } })).toBe(1);
  });
});
