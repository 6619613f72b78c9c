// Many people write about the same waarborg: each contribution keeps its own
// author and the role they had when they wrote it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../src/core/engine';
import type { Database } from '../../../src/store/database';
import { TurnStore } from '../../../src/store/turn-store';
import { nl } from '../../../src/texts/nl';
import { openTestDatabase } from '../../support/databases';
import { anne, answers, bram, chatOf, contributionsOf, newEngine, progressOf, seedPartnership, send, textOf } from './support';

let db: Database;
let engine: Engine;
let dispose: () => Promise<void>;
beforeAll(async () => {
  ({ db, dispose } = await openTestDatabase('postgresql'));
  engine = newEngine(db);
});
afterAll(() => dispose());

const t = nl.reflection;

describe('reflectie: several contributors', () => {
  it('keeps two people\'s answers to the same item apart, each with author and role, and shows each the other', async () => {
    const { tenant, partnershipId, personIds } = await seedPartnership(db, [anne, bram]);
    const annes = chatOf(tenant, anne);
    const brams = chatOf(tenant, bram);
    await send(engine, annes, 'reflectie leeromgeving');
    await send(engine, annes, answers.complete);

    const bramSees = await send(engine, brams, 'reflectie leeromgeving');
    expect(textOf(bramSees)).toContain(t.othersWrote([t.person('Anne de Boer', 'schoolopleider')]));
    // Bram's own progress: nothing yet; Anne's answer is not his.
    expect(progressOf(bramSees)[0]).toMatchObject({ done: 0, total: 4 });
    expect(textOf(bramSees)).not.toContain(t.yourAnswer);
    const bramSaved = await send(engine, brams, answers.practice);
    expect(textOf(bramSaved)).toContain(t.saved('Bram Visser', 'instituutsopleider'));

    const stored = await contributionsOf(db, tenant, partnershipId);
    expect(stored.map((c) => [c.itemId, c.personId, c.authorName, c.role, c.text])).toEqual([
      ['leeromgeving.minimum.1', personIds[0], 'Anne de Boer', 'school_based_educator', answers.complete],
      ['leeromgeving.minimum.1', personIds[1], 'Bram Visser', 'institute_based_educator', answers.practice],
    ]);

    const overview = await send(engine, annes, 'voortgang');
    expect(progressOf(overview)[1]).toMatchObject({ label: t.waarborgProgress('Leeromgeving', 1), done: 1, total: 4 });
  });

  it('stores the role the person has when they write, also after it changed', async () => {
    const { tenant, partnershipId, personIds } = await seedPartnership(db, [anne]);
    const chat = chatOf(tenant, anne);
    await send(engine, chat, 'reflectie organisatie');
    await send(engine, chat, answers.complete);
    await new TurnStore(db).withTenant('slack', tenant, (scope) => scope.partnerships.setRole(partnershipId, personIds[0]!, 'coordinator'));
    const reply = await send(engine, chat, answers.complete);
    expect(textOf(reply)).toContain(t.saved('Anne de Boer', 'coördinator'));
    expect((await contributionsOf(db, tenant, partnershipId)).map((c) => c.role)).toEqual(['school_based_educator', 'coordinator']);
  });
});
