// Editing an answer after it was given: a form prefilled with the stored text,
// from the summary, from `voortgang` and under a conflict ("Samenvoegen en
// bewerken", both texts). Saved through the versioned save: sent twice it saves
// once, stale it saves nothing, however often it comes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../src/core/engine';
import type { Block, Message, TurnInput } from '../../../src/core/turn';
import type { Database } from '../../../src/store/database';
import { TurnStore } from '../../../src/store/turn-store';
import { nl } from '../../../src/texts/nl';
import { openTestDatabase } from '../../support/databases';
import { anne, answers, buttonLabelled, chatOf, contributionsOf, headings, newEngine, press, seedPartnership, send, textOf } from './support';

let db: Database;
let engine: Engine;
let dispose: () => Promise<void>;
beforeAll(async () => {
  ({ db, dispose } = await openTestDatabase('postgresql'));
  engine = newEngine(db);
});
afterAll(() => dispose());

const t = nl.reflection;
const thread = { conversationId: 'CTEAM', kind: 'channel' as const, threadId: '1700000000.000200', reference: {} };
type FormBlock = Extract<Block, { type: 'form' }>;

function formIn(messages: readonly Message[]): FormBlock {
  const form = messages.flatMap((m) => m.blocks).find((b): b is FormBlock => b.type === 'form');
  if (!form) throw new Error(`no form in: ${textOf(messages)}`);
  return form;
}

function submit(form: FormBlock, text: string): TurnInput {
  return { kind: 'form', form: form.form, values: { [form.fields[0]!.id]: text } };
}

/** Item 1 of Leeromgeving answered, the rest skipped: the summary. */
async function answeredOne() {
  const seeded = await seedPartnership(db, [anne]);
  const chat = chatOf(seeded.tenant, anne);
  await send(engine, chat, 'reflectie leeromgeving');
  await send(engine, chat, answers.complete);
  await send(engine, chat, 'overslaan');
  await send(engine, chat, 'overslaan');
  const summary = await send(engine, chat, 'overslaan');
  expect(headings(summary)).toEqual([t.summaryTitle('Leeromgeving')]);
  return { ...seeded, chat, summary };
}

const edited = 'Sinds 2023 voeren de schoolopleider en de instituutsopleider elke zes weken samen een driehoeksgesprek met de student.';

describe('reflectie: edit an answer in a prefilled form', () => {
  it('opens from the summary prefilled with the stored text, saves once when sent twice', async () => {
    const { tenant, partnershipId, chat, summary } = await answeredOne();
    // Only the answered item has an edit button.
    expect(buttonLabelled(summary, t.editButton('2.1')).value).toBe('leeromgeving.minimum.1');
    expect(() => buttonLabelled(summary, t.editButton('2.2'))).toThrow();
    const form = formIn(await send(engine, chat, press(buttonLabelled(summary, t.editButton('2.1')))));
    expect(form.title).toBe(t.editTitle);
    expect(form.fields[0]).toMatchObject({ kind: 'multiline', initial: answers.complete });

    const saved = await send(engine, chat, submit(form, edited));
    expect(textOf(saved)).toContain(t.saved(anne.name, nl.roles[anne.role]));
    expect((await contributionsOf(db, tenant, partnershipId))[0]).toMatchObject({ text: edited, version: 1 });

    // The same form again (a double click, a redelivery with another id): nothing more.
    expect(textOf(await send(engine, chat, submit(form, edited)))).toBe(t.editUnchanged('2.1'));
    expect((await contributionsOf(db, tenant, partnershipId))[0]).toMatchObject({ text: edited, version: 1 });
  });

  it('saves nothing from a stale form, twice, and merges both texts in the form when asked', async () => {
    const { tenant, partnershipId, chat, summary } = await answeredOne();
    const stale = formIn(await send(engine, chat, press(buttonLabelled(summary, t.editButton('2.1')))));
    // Meanwhile answered again by retyping (`herzie` still works).
    expect(headings(await send(engine, chat, 'herzie 1'))).toEqual([t.itemHeading('Leeromgeving', 1, 4)]);
    await send(engine, chat, answers.general);
    expect((await contributionsOf(db, tenant, partnershipId))[0]).toMatchObject({ text: answers.general, version: 1 });

    for (let i = 0; i < 2; i++) {
      const conflict = await send(engine, chat, submit(stale, edited));
      expect(textOf(conflict)).toContain(t.conflictTitle);
      expect((await contributionsOf(db, tenant, partnershipId))[0]).toMatchObject({ text: answers.general, version: 1 });
    }
    const conflict = await send(engine, chat, submit(stale, edited));
    const merged = formIn(await send(engine, chat, press(buttonLabelled(conflict, t.mergeEditButton))));
    expect(merged.fields[0]!.initial).toBe(`${answers.general}\n\n${edited}`);
    await send(engine, chat, submit(merged, `${answers.general} ${edited}`));
    expect((await contributionsOf(db, tenant, partnershipId))[0]).toMatchObject({ text: `${answers.general} ${edited}`, version: 2 });
  });

  it('opens from `voortgang` elsewhere, with no reflection open there', async () => {
    const { tenant, partnershipId } = await answeredOne();
    const elsewhere = chatOf(tenant, anne, thread);
    const progress = await send(engine, elsewhere, 'voortgang');
    const form = formIn(await send(engine, elsewhere, press(buttonLabelled(progress, t.editButton('2.1')))));
    expect(form.fields[0]!.initial).toBe(answers.complete);
    await send(engine, elsewhere, submit(form, edited));
    expect((await contributionsOf(db, tenant, partnershipId))[0]).toMatchObject({ text: edited, version: 1 });
    // An item not answered has no button, and a forged press or form changes nothing.
    expect(textOf(await send(engine, elsewhere, { kind: 'action', action: 'reflection.edit', value: 'leeromgeving.minimum.2' }))).toBe(
      t.editNothing('2.2'),
    );
    expect(textOf(await send(engine, elsewhere, { kind: 'form', form: 'reflection.edit|nope|0', values: { text: 'x' } }))).toBe(t.staleNoReflection);
    expect(await contributionsOf(db, tenant, partnershipId)).toHaveLength(1);
  });

  it('shows an answer too long to prefill in full above an empty form', async () => {
    const { tenant, partnershipId, personIds } = await seedPartnership(db, [anne]);
    const long = `${answers.complete} `.repeat(20).trim();
    expect(long.length).toBeGreaterThan(3_000);
    await new TurnStore(db).withTenant('slack', tenant, (scope) =>
      scope.contributions.save({ partnershipId, personId: personIds[0]!, role: anne.role, waarborgId: 'leeromgeving', itemId: 'leeromgeving.minimum.1', text: long, expected: 'absent' }),
    );
    const chat = chatOf(tenant, anne);
    const opened = await send(engine, chat, press(buttonLabelled(await send(engine, chat, 'voortgang'), t.editButton('2.1'))));
    expect(textOf(opened)).toContain(t.editTooLong(3_000));
    expect(textOf(opened)).toContain(long);
    expect(formIn(opened).fields[0]!.initial).toBeUndefined();
  });

  it('leaves a reflection of another waarborg open here where it was', async () => {
    const { tenant, partnershipId, chat, summary } = await answeredOne();
    const form = formIn(await send(engine, chat, press(buttonLabelled(summary, t.editButton('2.1')))));
    expect(headings(await send(engine, chat, 'reflectie organisatie'))).toEqual([t.itemHeading('Organisatie', 1, 3)]);
    const saved = await send(engine, chat, submit(form, edited));
    expect(textOf(saved)).toContain(t.criteriaTitle);
    // Back at the open item of Organisatie, and the next answer lands there.
    expect(headings(saved)).toEqual([t.itemHeading('Organisatie', 1, 3)]);
    await send(engine, chat, answers.complete);
    const stored = await contributionsOf(db, tenant, partnershipId);
    expect(stored.map((c) => [c.itemId, c.text])).toEqual(
      expect.arrayContaining([
        ['leeromgeving.minimum.1', edited],
        ['organisatie.minimum.1', answers.complete],
      ]),
    );
    expect(stored).toHaveLength(2);
  });

  it('leaves a reflection of another waarborg open here when an edit meets a change made meanwhile', async () => {
    const { tenant, partnershipId, chat, summary } = await answeredOne();
    const form = formIn(await send(engine, chat, press(buttonLabelled(summary, t.editButton('2.1')))));
    expect(headings(await send(engine, chat, 'reflectie organisatie'))).toEqual([t.itemHeading('Organisatie', 1, 3)]);
    await send(engine, chat, submit(form, edited));
    // The same form again, now stale: both texts to merge in a form against what is stored now.
    const conflict = await send(engine, chat, submit(form, answers.general));
    expect(textOf(conflict)).toContain(t.conflictTitle);
    const merge = formIn(conflict);
    expect(merge.form).toBe('reflection.edit|leeromgeving.minimum.1|1');
    expect(merge.fields[0]!.initial).toBe(`${edited}\n\n${answers.general}`);
    // Organisatie is where it was, and the next typed answer lands there.
    expect(headings(conflict)).toEqual([t.itemHeading('Organisatie', 1, 3)]);
    await send(engine, chat, answers.complete);
    const stored = await contributionsOf(db, tenant, partnershipId);
    expect(stored.map((c) => [c.itemId, c.text]).sort()).toEqual([
      ['leeromgeving.minimum.1', edited],
      ['organisatie.minimum.1', answers.complete],
    ]);
  });

  it('keeps a choice pending on another item while an edit is saved', async () => {
    const { tenant, partnershipId } = await seedPartnership(db, [anne]);
    const dm = chatOf(tenant, anne);
    const inThread = chatOf(tenant, anne, thread);
    await send(engine, dm, 'reflectie leeromgeving');
    await send(engine, inThread, 'reflectie leeromgeving');
    await send(engine, inThread, answers.complete);
    await send(engine, inThread, answers.complete);
    // Item 1 changed in the thread meanwhile: the DM's answer to it waits for a choice.
    expect(textOf(await send(engine, dm, answers.general))).toContain(t.conflictTitle);
    const form = formIn(await send(engine, dm, { kind: 'action', action: 'reflection.edit', value: 'leeromgeving.minimum.2' }));
    const saved = await send(engine, dm, submit(form, edited));
    expect(textOf(saved)).toContain(t.conflictTitle);
    const kept = await send(engine, dm, press(buttonLabelled(saved, t.keepStoredButton)));
    expect(textOf(kept)).toContain(t.keptStored);
    const stored = await contributionsOf(db, tenant, partnershipId);
    expect(stored.map((c) => [c.itemId, c.text]).sort()).toEqual([
      ['leeromgeving.minimum.1', answers.complete],
      ['leeromgeving.minimum.2', edited],
    ]);
  });
});
