// Moving through a waarborg: skip, back, pause and resume (also after a
// restart), revise, progress, stop, and the summary at the end.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../src/core/engine';
import type { Database } from '../../../src/store/database';
import { nl } from '../../../src/texts/nl';
import { openTestDatabase } from '../../support/databases';
import {
  anne,
  answers,
  buttonLabelled,
  buttons,
  chatOf,
  contributionsOf,
  headings,
  newEngine,
  press,
  progressOf,
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

async function start(waarborg = 'leeromgeving') {
  const seeded = await seedPartnership(db, [anne]);
  const chat = chatOf(seeded.tenant, anne);
  const first = await send(engine, chat, `reflectie ${waarborg}`);
  return { ...seeded, chat, first };
}

describe('reflectie: moving through a waarborg', () => {
  it('skips an item by word or button, storing nothing, and lists it as skipped at the end', async () => {
    const { tenant, partnershipId, chat, first } = await start('organisatie');
    const second = await send(engine, chat, press(buttonLabelled(first, t.skipButton)));
    expect(textOf(second)).toContain(t.skipped(1));
    expect(headings(second)).toEqual([t.itemHeading('Organisatie', 2, 3)]);
    await send(engine, chat, answers.complete);
    const end = await send(engine, chat, 'overslaan');
    expect(await contributionsOf(db, tenant, partnershipId)).toHaveLength(1);
    expect(headings(end)).toEqual([t.summaryTitle('Organisatie')]);
    const summary = textOf(end);
    expect(summary).toContain(t.summaryCounts(1, 2, 0, 3));
    expect(summary).toMatch(new RegExp(`- 1\\. .*: ${t.statusSkipped}`));
    expect(summary).toContain(`: ${['✓ concreet', '✓ samenhang', '✓ praktijk', '✓ samen'].join(', ')}`);
    expect(summary).toContain(t.summaryRevise);
    // An edit button for the one answer, then the other waarborgen.
    expect(buttons(end).map((b) => b.value)).toEqual(['organisatie.minimum.2', 'lerende-leraar', 'leeromgeving', 'kwaliteitscultuur']);

    // `ga door` after the summary picks up the skipped items, first one first.
    const pickedUp = await send(engine, chat, 'ga door');
    expect(headings(pickedUp)).toEqual([t.itemHeading('Organisatie', 1, 3)]);
  });

  it('goes back to the previous item with the answer so far, and a new answer replaces it', async () => {
    const { tenant, partnershipId, chat } = await start();
    await send(engine, chat, answers.complete);
    const backAgain = await send(engine, chat, 'terug');
    expect(headings(backAgain)).toEqual([t.itemHeading('Leeromgeving', 1, 4)]);
    expect(textOf(backAgain)).toContain(t.yourAnswer);
    expect(textOf(backAgain)).toContain(answers.complete);
    expect(textOf(await send(engine, chat, 'terug'))).toContain(t.firstItem);

    const revised = 'Sinds 2021 stellen de schoolopleiders en instituutsopleiders samen elk jaar het programma vast; studenten evalueren het elk semester.';
    await send(engine, chat, revised);
    const [contribution] = await contributionsOf(db, tenant, partnershipId);
    expect(contribution).toMatchObject({ text: revised, version: 1 });
  });

  it('revises item n with `herzie <n>`, lists the items without a number, and refuses a bad number', async () => {
    const { tenant, partnershipId, chat } = await start();
    await send(engine, chat, answers.complete);
    await send(engine, chat, answers.complete);
    const list = textOf(await send(engine, chat, 'herzie'));
    expect(list).toContain(t.reviseWhich);
    expect(list).toContain('- 4. De werkplek is een professionele leeromgeving');
    expect(textOf(await send(engine, chat, 'herzie 9'))).toBe(t.reviseBadNumber('9', 4));
    expect(textOf(await send(engine, chat, 'herzie x'))).toBe(t.reviseBadNumber('x', 4));

    const shown = await send(engine, chat, 'revise 1');
    expect(headings(shown)).toEqual([t.itemHeading('Leeromgeving', 1, 4)]);
    expect(textOf(shown)).toContain(answers.complete);
    expect(textOf(shown)).toContain(t.answerAgainPrompt);
    const replaced = await send(engine, chat, answers.general);
    expect((await contributionsOf(db, tenant, partnershipId)).map((c) => [c.itemId, c.version])).toEqual([
      ['leeromgeving.minimum.1', 1],
      ['leeromgeving.minimum.2', 0],
    ]);
    // The general answer gets a follow-up; declining it leads on to the first open item, 3.
    expect(textOf(replaced)).toContain(nl.coaching.askStudentExample);
    const next = await send(engine, chat, 'nee');
    expect(headings(next)).toEqual([t.itemHeading('Leeromgeving', 3, 4)]);
  });

  it('pauses and resumes with `ga door`, `reflectie` or the button; text while paused is not stored', async () => {
    const { tenant, partnershipId, chat, first } = await start();
    const paused = await send(engine, chat, press(buttonLabelled(first, t.pauseButton)));
    expect(textOf(paused)).toContain(t.paused('Leeromgeving', 1));
    expect(textOf(await send(engine, chat, answers.general))).toContain(t.pausedReminder);
    expect(await contributionsOf(db, tenant, partnershipId)).toEqual([]);

    const resumed = await send(engine, chat, 'ga door');
    expect(textOf(resumed)).toContain(t.resumed('Leeromgeving', 1));
    expect(headings(resumed)).toEqual([t.itemHeading('Leeromgeving', 1, 4)]);

    await send(engine, chat, 'pauze');
    expect(headings(await send(engine, chat, 'reflectie'))).toEqual([t.itemHeading('Leeromgeving', 1, 4)]);
    const pausedAgain = await send(engine, chat, 'pause');
    expect(headings(await send(engine, chat, press(buttonLabelled(pausedAgain, t.continueButton))))).toEqual([
      t.itemHeading('Leeromgeving', 1, 4),
    ]);
  });

  it('pauses at a follow-up and asks it again on resuming', async () => {
    const { tenant, partnershipId, chat } = await start();
    const asked = await send(engine, chat, answers.intention);
    await send(engine, chat, press(buttonLabelled(asked, t.pauseButton)));
    const resumed = await send(engine, chat, 'continue');
    expect(textOf(resumed)).toContain(nl.coaching.askCurrentPractice('In de toekomst'));
    await send(engine, chat, answers.practice);
    expect((await contributionsOf(db, tenant, partnershipId))[0]!.text).toBe(`${answers.intention}\n\n${answers.practice}`);
  });

  it('resumes after a restart: a new engine over the same database carries on with the open follow-up', async () => {
    const { tenant, partnershipId, chat } = await start();
    await send(engine, chat, answers.intention);
    await send(engine, chat, 'pauze');

    const restarted = await openTestDatabase('postgresql');
    try {
      const after = newEngine(restarted.db);
      const resumed = await send(after, chat, 'ga door');
      expect(textOf(resumed)).toContain(nl.coaching.askCurrentPractice('In de toekomst'));
      await send(after, chat, answers.practice);
      expect((await contributionsOf(db, tenant, partnershipId))[0]!.text).toBe(`${answers.intention}\n\n${answers.practice}`);
    } finally {
      await restarted.dispose();
    }
  });

  it('shows progress per waarborg, and where the open reflection is, without changing it', async () => {
    const { chat } = await start();
    await send(engine, chat, answers.complete);
    const progress = await send(engine, chat, 'voortgang');
    expect(headings(progress)).toEqual([t.progressTitle]);
    expect(progressOf(progress).map((p) => [p.label, p.done, p.total])).toEqual([
      ['Lerende leraar', 0, 4],
      ['Leeromgeving', 1, 4],
      ['Organisatie', 0, 3],
      ['Kwaliteitscultuur', 0, 3],
    ]);
    expect(textOf(progress)).toContain(t.openNow('Leeromgeving', 2, 4));
    // Still at item 2: the next text answers it.
    const next = await send(engine, chat, answers.complete);
    expect(headings(next)).toEqual([t.itemHeading('Leeromgeving', 3, 4)]);
  });

  it('stops with `stop`: answers stay, the place is free again, and `reflectie` carries on at the first open item', async () => {
    const { tenant, partnershipId, personIds, chat } = await start();
    await send(engine, chat, answers.complete);
    expect(textOf(await send(engine, chat, 'stop'))).toBe(t.stopped);
    expect(await stateOf(db, tenant, personIds[0]!, `D${anne.userId}:`)).toBeNull();
    expect(textOf(await send(engine, chat, answers.general))).toContain(nl.welcome.sentence);
    expect(await contributionsOf(db, tenant, partnershipId)).toHaveLength(1);
    expect(headings(await send(engine, chat, 'reflectie leeromgeving'))).toEqual([t.itemHeading('Leeromgeving', 2, 4)]);
  });
});
