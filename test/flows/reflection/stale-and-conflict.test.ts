// Buttons from older messages, commands with no reflection open, and the same
// person changing the same answer in two places.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../src/core/engine';
import type { Database } from '../../../src/store/database';
import { TurnStore } from '../../../src/store/turn-store';
import { nl } from '../../../src/texts/nl';
import { openTestDatabase } from '../../support/databases';
import {
  anne,
  answers,
  buttonLabelled,
  chatOf,
  contributionsOf,
  headings,
  newEngine,
  press,
  seedPartnership,
  send,
  stateOf,
  textOf,
} from './support';

let db: Database;
let engine: Engine;
let dispose: () => Promise<void>;
beforeAll(async () => {
  ({ db, dispose } = await openTestDatabase('postgresql'));
  engine = newEngine(db);
});
afterAll(() => dispose());

const t = nl.reflection;
const thread = { conversationId: 'CTEAM', kind: 'channel' as const, threadId: '1700000000.000100', reference: {} };

describe('reflectie: stale buttons and commands out of context', () => {
  it('answers a button of an earlier item with a note and the current question, and skips nothing', async () => {
    const { tenant, partnershipId, chat, first } = await (async () => {
      const seeded = await seedPartnership(db, [anne]);
      const c = chatOf(seeded.tenant, anne);
      return { ...seeded, chat: c, first: await send(engine, c, 'reflectie leeromgeving') };
    })();
    const asked = await send(engine, chat, answers.intention);
    await send(engine, chat, press(buttonLabelled(asked, t.declineButton)));
    // Now at item 2; the old "overslaan" of item 1 and the old decline button are stale.
    const staleSkip = await send(engine, chat, press(buttonLabelled(first, t.skipButton)));
    expect(textOf(staleSkip)).toContain(t.staleButton);
    expect(headings(staleSkip)).toEqual([t.itemHeading('Leeromgeving', 2, 4)]);
    const staleDecline = await send(engine, chat, press(buttonLabelled(asked, t.declineButton)));
    expect(textOf(staleDecline)).toContain(t.staleButton);
    expect((await contributionsOf(db, tenant, partnershipId))[0]!.declinedFollowUps).toEqual(['ask-current-practice']);
    // Still at item 2.
    expect(headings(await send(engine, chat, answers.complete))).toEqual([t.itemHeading('Leeromgeving', 3, 4)]);
  });

  it('answers a reflection button when no reflection is open here', async () => {
    const { tenant } = await seedPartnership(db, [anne]);
    const chat = chatOf(tenant, anne);
    const first = await send(engine, chat, 'reflectie leeromgeving');
    await send(engine, chat, 'stop');
    expect(textOf(await send(engine, chat, press(buttonLabelled(first, t.skipButton))))).toBe(t.staleNoReflection);
    expect(textOf(await send(engine, chat, { kind: 'action', action: 'reflection.nonsense', value: 'x' }))).toBe(t.staleNoReflection);
  });

  it('answers the control words with a way in when no reflection is open, and leaves another flow alone', async () => {
    const { tenant, personIds } = await seedPartnership(db, [anne]);
    const chat = chatOf(tenant, anne);
    for (const word of ['overslaan', 'skip', 'terug', 'pauze', 'stop', 'herzie 2', 'ga door', 'continue']) {
      expect(textOf(await send(engine, chat, word))).toBe(t.notOpen);
    }
    expect(textOf(await send(engine, chat, 'ga fietsen'))).toBe(nl.errors.unknownCommand('ga'));
    await send(engine, chat, 'taal');
    expect(textOf(await send(engine, chat, 'overslaan'))).toBe(t.notOpen);
    expect(await stateOf(db, tenant, personIds[0]!, `D${anne.userId}:`)).toMatchObject({ flow: 'language' });
  });

  it('ignores a form aimed at the flow, and clears a stored state it can no longer read', async () => {
    const { tenant, personIds } = await seedPartnership(db, [anne]);
    const chat = chatOf(tenant, anne);
    const placeKey = `D${anne.userId}:`;
    await send(engine, chat, 'reflectie leeromgeving');
    expect(textOf(await send(engine, chat, { kind: 'form', form: 'reflection.answer', values: { text: 'x' } }))).toBe(t.staleNoReflection);
    expect(await stateOf(db, tenant, personIds[0]!, placeKey)).toMatchObject({ flow: 'reflection', step: 'answer' });

    await new TurnStore(db).withTenant('slack', tenant, (scope) =>
      scope.saveState(personIds[0]!, placeKey, { flow: 'reflection', step: 'answer', data: { waarborgId: 'zwembad' } }),
    );
    expect(textOf(await send(engine, chat, answers.general))).toBe(t.notOpen);
    expect(await stateOf(db, tenant, personIds[0]!, placeKey)).toBeNull();
  });

  it('keeps a reflection per place: one in a thread does not take the DM\'s answers', async () => {
    const { tenant, partnershipId } = await seedPartnership(db, [anne]);
    await send(engine, chatOf(tenant, anne, thread), 'reflectie organisatie');
    expect(textOf(await send(engine, chatOf(tenant, anne), 'overslaan'))).toBe(t.notOpen);
    await send(engine, chatOf(tenant, anne, thread), answers.complete);
    expect((await contributionsOf(db, tenant, partnershipId)).map((c) => c.itemId)).toEqual(['organisatie.minimum.1']);
  });
});

describe('reflectie: the same answer changed in two places', () => {
  async function twoPlaces() {
    const seeded = await seedPartnership(db, [anne]);
    const dm = chatOf(seeded.tenant, anne);
    const inThread = chatOf(seeded.tenant, anne, thread);
    await send(engine, dm, 'reflectie leeromgeving');
    await send(engine, inThread, 'reflectie leeromgeving');
    // Answered in the thread first; the DM still shows item 1 as unanswered.
    await send(engine, inThread, answers.complete);
    return { ...seeded, dm, inThread };
  }

  it('shows the stored text and the new one and keeps the stored one when asked', async () => {
    const { tenant, partnershipId, dm } = await twoPlaces();
    const conflict = await send(engine, dm, answers.general);
    const shown = textOf(conflict);
    expect(shown).toContain(t.conflictTitle);
    expect(shown).toContain(answers.complete);
    expect(shown).toContain(answers.general);
    expect((await contributionsOf(db, tenant, partnershipId))[0]).toMatchObject({ text: answers.complete, version: 0 });
    // A typed text while the choice is open stores nothing.
    expect(textOf(await send(engine, dm, 'wat nu?'))).toContain(t.conflictPending);

    const kept = await send(engine, dm, press(buttonLabelled(conflict, t.keepStoredButton)));
    expect(textOf(kept)).toContain(t.keptStored);
    expect((await contributionsOf(db, tenant, partnershipId))[0]).toMatchObject({ text: answers.complete, version: 0 });
    expect(headings(kept)).toEqual([t.itemHeading('Leeromgeving', 2, 4)]);
  });

  it('uses the new text, or keeps both, when asked', async () => {
    const mine = await twoPlaces();
    const conflict = await send(engine, mine.dm, answers.general);
    await send(engine, mine.dm, press(buttonLabelled(conflict, t.useMineButton)));
    expect((await contributionsOf(db, mine.tenant, mine.partnershipId))[0]).toMatchObject({ text: answers.general, version: 1 });

    const both = await twoPlaces();
    const again = await send(engine, both.dm, answers.general);
    const saved = await send(engine, both.dm, press(buttonLabelled(again, t.keepBothButton)));
    expect(textOf(saved)).toContain(t.added);
    expect((await contributionsOf(db, both.tenant, both.partnershipId))[0]).toMatchObject({
      text: `${answers.complete}\n\n${answers.general}`,
      version: 1,
    });
  });

  it('offers to add a follow-up answer when the answer changed elsewhere meanwhile', async () => {
    const { tenant, partnershipId } = await seedPartnership(db, [anne]);
    const dm = chatOf(tenant, anne);
    const inThread = chatOf(tenant, anne, thread);
    await send(engine, dm, 'reflectie leeromgeving');
    await send(engine, dm, answers.intention);
    // Revised in the thread while the DM waits for the follow-up.
    await send(engine, inThread, 'reflectie leeromgeving');
    await send(engine, inThread, 'herzie 1');
    await send(engine, inThread, answers.general);
    const conflict = await send(engine, dm, answers.practice);
    expect(textOf(conflict)).toContain(t.conflictTitle);
    await send(engine, dm, press(buttonLabelled(conflict, t.addMineButton)));
    expect((await contributionsOf(db, tenant, partnershipId))[0]).toMatchObject({
      text: `${answers.general}\n\n${answers.practice}`,
      version: 2,
    });
  });
});
