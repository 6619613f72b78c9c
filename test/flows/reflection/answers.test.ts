// Answering: stored at once with author and role, coaching on the criteria,
// follow-ups answered (added to the answer) or declined, and bad input.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../src/core/engine';
import { limits } from '../../../src/core/limits';
import { analyseAnswer } from '../../../src/domain/coaching';
import type { Database } from '../../../src/store/database';
import { en } from '../../../src/texts/en';
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

async function startLeeromgeving() {
  const seeded = await seedPartnership(db, [anne]);
  const chat = chatOf(seeded.tenant, anne);
  await send(engine, chat, 'reflectie leeromgeving');
  return { ...seeded, chat };
}

describe('reflectie: answers and coaching', () => {
  it('stores an answer at once, with its author and role, and shows the four criteria with reasons', async () => {
    const { tenant, partnershipId, personIds, chat } = await startLeeromgeving();
    const reply = await send(engine, chat, answers.complete);

    const stored = await contributionsOf(db, tenant, partnershipId);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      personId: personIds[0],
      authorName: 'Anne de Boer',
      role: 'school_based_educator',
      waarborgId: 'leeromgeving',
      itemId: 'leeromgeving.minimum.1',
      text: answers.complete,
      version: 0,
    });
    const shown = textOf(reply);
    expect(shown).toContain(t.saved('Anne de Boer', 'schoolopleider'));
    expect(shown).toContain(t.criteriaTitle);
    expect(shown).toContain(t.criterionLine(true, 'Concrete beschrijving', t.reasons['specific-details']));
    expect(shown).toContain(t.criterionLine(true, 'Samenhang met de andere waarborgen', t.linkedWith(['Kwaliteitscultuur'])));
    expect(shown).toContain(t.criterionLine(true, 'Uitvoering in de praktijk', t.reasons['current-practice-with-example']));
    expect(shown).toContain(t.criterionLine(true, 'Gezamenlijkheid in de uitvoering', t.reasons['both-partner-sides']));
    // Nothing left to ask: straight on to item 2.
    expect(headings(reply)).toEqual([t.itemHeading('Leeromgeving', 2, 4)]);
  });

  it('asks what happens now after an intention, and adds the answer to the same contribution', async () => {
    const { tenant, partnershipId, chat } = await startLeeromgeving();
    const asked = await send(engine, chat, answers.intention);
    const shown = textOf(asked);
    expect(shown).toContain(t.criterionLine(false, 'Uitvoering in de praktijk', t.reasons['only-intentions']));
    expect(shown).toContain(t.criterionLine(false, 'Gezamenlijkheid in de uitvoering', t.reasons['no-partners']));
    expect(shown).toContain(nl.coaching.askCurrentPractice('In de toekomst'));
    expect(buttons(asked).map((b) => [b.label, b.value])).toEqual([
      [t.declineButton, 'leeromgeving.minimum.1|ask-current-practice'],
      [t.pauseButton, 'leeromgeving.minimum.1'],
    ]);
    expect(headings(asked)).toEqual([]);

    const added = await send(engine, chat, answers.practice);
    const [contribution] = await contributionsOf(db, tenant, partnershipId);
    expect(contribution).toMatchObject({ text: `${answers.intention}\n\n${answers.practice}`, version: 1 });
    // Analysed again on the whole text: practice and jointness are covered now.
    expect(textOf(added)).toContain(t.added);
    expect(textOf(added)).toContain(t.criterionLine(true, 'Uitvoering in de praktijk', t.reasons['current-practice-with-detail']));
    expect(textOf(added)).toContain(t.criterionLine(true, 'Gezamenlijkheid in de uitvoering', t.reasons['both-partner-sides']));
    // The next gap of the whole text: a student example; never the current-practice question again.
    expect(textOf(added)).toContain(nl.coaching.askStudentExample);
    expect(textOf(added)).not.toContain(nl.coaching.askCurrentPractice('In de toekomst'));

    // At most two follow-ups per answer: after this one, the next item.
    const next = await send(engine, chat, 'Een tweedejaars student vertelde dat het gesprek haar hielp haar lessen beter voor te bereiden.');
    expect(headings(next)).toEqual([t.itemHeading('Leeromgeving', 2, 4)]);
    const [done] = await contributionsOf(db, tenant, partnershipId);
    expect(done!.text.split('\n\n')).toHaveLength(3);
  });

  it('keeps the follow-up as the coaching\'s code and words it when shown, in the language of that moment', async () => {
    const { tenant, personIds, chat } = await startLeeromgeving();
    expect(textOf(await send(engine, chat, answers.intention))).toContain(nl.coaching.askCurrentPractice('In de toekomst'));
    const stored = await stateOf(db, tenant, personIds[0]!, `D${anne.userId}:`);
    expect(stored).toMatchObject({ flow: 'reflection', step: 'follow-up' });
    expect(stored!.data.followUp).toEqual({ id: 'ask-current-practice', reason: 'intentions', phrase: 'In de toekomst' });

    await send(engine, chat, 'pauze');
    await send(engine, chat, 'taal en');
    const resumed = await send(engine, chat, 'ga door');
    expect(textOf(resumed)).toContain(en.coaching.askCurrentPractice('In de toekomst'));
    expect(textOf(resumed)).toContain(en.reflection.followUpHint);
  });

  it('"Nee, ga door" goes on to the next item, and that follow-up is not asked again for the item', async () => {
    const { tenant, partnershipId, chat } = await startLeeromgeving();
    const asked = await send(engine, chat, answers.intention);
    // The card says which item the follow-up is about.
    expect(textOf(asked)).toContain(t.followUpFor('Leeromgeving', 1, 4));
    const declined = await send(engine, chat, press(buttonLabelled(asked, t.declineButton)));
    expect(textOf(declined)).toContain(t.declined);
    // The analysis has a second question (a student example), but declining means "go on": item 2, no other follow-up.
    expect(textOf(declined)).not.toContain(nl.coaching.askStudentExample);
    expect(headings(declined)).toEqual([t.itemHeading('Leeromgeving', 2, 4)]);
    const [contribution] = await contributionsOf(db, tenant, partnershipId);
    expect(contribution!.declinedFollowUps).toEqual(['ask-current-practice']);
    expect(contribution!.text).toBe(answers.intention);
    // What is typed next lands on item 2, not as an addition to item 1.
    await send(engine, chat, answers.complete);
    expect((await contributionsOf(db, tenant, partnershipId)).map((c) => [c.itemId, c.text])).toEqual([
      ['leeromgeving.minimum.1', answers.intention],
      ['leeromgeving.minimum.2', answers.complete],
    ]);

    // Revising item 1 with another plan: the declined question is not asked again; the other one is.
    const plan = 'Volgend schooljaar willen we het programma herzien.';
    expect(analyseAnswer(plan, { waarborgId: 'leeromgeving' }).followUps.map((f) => f.id)).toEqual(['ask-current-practice', 'ask-student-example']);
    await send(engine, chat, 'herzie 1');
    const again = await send(engine, chat, plan);
    expect(textOf(again)).toContain(t.criterionLine(false, 'Uitvoering in de praktijk', t.reasons['only-intentions']));
    expect(textOf(again)).not.toContain(nl.coaching.askCurrentPractice('Volgend schooljaar'));
    expect(textOf(again)).toContain(nl.coaching.askStudentExample);
  });

  it('takes "ik weet het niet" as an answer: noted, not coached, on to the next item', async () => {
    const { tenant, partnershipId, chat } = await startLeeromgeving();
    const reply = await send(engine, chat, 'Ik weet het niet.');
    expect(textOf(reply)).toContain(t.dontKnowNoted);
    expect(textOf(reply)).not.toContain(t.criteriaTitle);
    expect(buttons(reply).some((b) => b.label === t.declineButton)).toBe(false);
    expect(headings(reply)).toEqual([t.itemHeading('Leeromgeving', 2, 4)]);
    expect((await contributionsOf(db, tenant, partnershipId)).map((c) => [c.itemId, c.text])).toEqual([['leeromgeving.minimum.1', 'Ik weet het niet.']]);
  });

  it('asks again, storing nothing, when an answer has no words', async () => {
    const { tenant, partnershipId, chat } = await startLeeromgeving();
    expect(textOf(await send(engine, chat, '...'))).toBe(nl.coaching.askAnswer('Leeromgeving'));
    expect(textOf(await send(engine, chat, '   '))).toBe(nl.errors.emptyInput);
    expect(await contributionsOf(db, tenant, partnershipId)).toEqual([]);
    // Still waiting for the answer.
    await send(engine, chat, answers.complete);
    expect(await contributionsOf(db, tenant, partnershipId)).toHaveLength(1);
  });

  it('asks again after an empty addition, and refuses an addition that would make the answer too long', async () => {
    const { tenant, partnershipId, chat } = await startLeeromgeving();
    const long = `${answers.intention} ${'Dit lichten we toe in het opleidingsplan. '.repeat(200)}`.slice(0, limits.maxTextLength - 50).trim();
    await send(engine, chat, long);
    expect(textOf(await send(engine, chat, '?!'))).toBe(t.emptyFollowUp);
    expect(textOf(await send(engine, chat, answers.practice))).toBe(t.tooLongTogether(limits.maxTextLength));
    const [contribution] = await contributionsOf(db, tenant, partnershipId);
    expect(contribution).toMatchObject({ text: long, version: 0 });
  });

  it('accepts an answer longer than 3000 characters', async () => {
    const { tenant, partnershipId, chat } = await startLeeromgeving();
    const long = `${answers.complete} ${'Zo bespreken de werkplekbegeleiders elke week met hun student de lessen van die week. '.repeat(45)}`.trim();
    expect(long.length).toBeGreaterThan(3_000);
    const reply = await send(engine, chat, long);
    expect(textOf(reply)).toContain(t.saved('Anne de Boer', 'schoolopleider'));
    expect((await contributionsOf(db, tenant, partnershipId))[0]!.text).toBe(long);
  });

  it('takes an answer that starts with a control word as the answer', async () => {
    const { tenant, partnershipId, chat } = await startLeeromgeving();
    const text = 'Terug naar de kern: de schoolopleider en de instituutsopleider stellen samen elk jaar het programma vast.';
    const reply = await send(engine, chat, text);
    expect(textOf(reply)).toContain(t.saved('Anne de Boer', 'schoolopleider'));
    expect((await contributionsOf(db, tenant, partnershipId))[0]!.text).toBe(text);
    // Also for `herzie`, `voortgang` and `reflectie` followed by a sentence.
    for (const sentence of [
      'Voortgang van studenten bespreken de schoolopleider en de instituutsopleider elk kwartaal samen.',
      'Reflectie is een vast onderdeel van elk driehoeksgesprek.',
    ]) {
      await send(engine, chat, 'herzie 1');
      await send(engine, chat, sentence);
      expect((await contributionsOf(db, tenant, partnershipId))[0]!.text).toBe(sentence);
    }
  });

  it('keeps everything needed to carry on in the conversation state', async () => {
    const { tenant, partnershipId, personIds, chat } = await startLeeromgeving();
    await send(engine, chat, answers.intention);
    const state = await stateOf(db, tenant, personIds[0]!, `D${anne.userId}:`);
    expect(state).toMatchObject({
      flow: 'reflection',
      step: 'follow-up',
      data: {
        partnershipId,
        waarborgId: 'leeromgeving',
        index: 0,
        version: 0,
        asked: { 'leeromgeving.minimum.1': ['ask-current-practice'] },
        followUp: { id: 'ask-current-practice' },
      },
    });
  });
});

describe('reflectie: asked from where the person stands', () => {
  const sanne = { userId: 'USANNE', name: 'Sanne Jansen', role: 'student' as const };
  const bert = { userId: 'UBERT', name: 'Bert Smit', role: 'board_member' as const };
  const general = 'Studenten worden begeleid door de school.';

  it('shows a student the item as a question about their own experience, and asks for a moment they lived', async () => {
    const { tenant } = await seedPartnership(db, [sanne]);
    const chat = chatOf(tenant, sanne);
    const first = await send(engine, chat, 'reflectie leeromgeving');
    expect(textOf(first)).toContain(t.perspectiveTitle);
    expect(textOf(first)).toContain(t.perspective.students['leeromgeving.minimum.1']!);
    // The framework item itself is still there, under it.
    expect(textOf(first)).toContain('Er is een gezamenlijk opleidingsprogramma');
    const asked = await send(engine, chat, general);
    expect(textOf(asked)).toContain(nl.coaching.askOwnExperience);
    expect(textOf(asked)).not.toContain(nl.coaching.askStudentExample);
  });

  it('asks a board member what they decide and steer, and never for a student example', async () => {
    const { tenant } = await seedPartnership(db, [bert]);
    const chat = chatOf(tenant, bert);
    const first = await send(engine, chat, 'reflectie leeromgeving');
    expect(textOf(first)).toContain(t.perspective['board-members']['leeromgeving.minimum.1']!);
    const reply = await send(engine, chat, general);
    expect(textOf(reply)).not.toContain(nl.coaching.askStudentExample);
    expect(textOf(reply)).not.toContain(nl.coaching.askOwnExperience);
  });

  it('shows an educator the item as the framework words it, with no perspective line', async () => {
    const { tenant } = await seedPartnership(db, [anne]);
    const first = await send(engine, chatOf(tenant, anne), 'reflectie leeromgeving');
    expect(textOf(first)).not.toContain(t.perspectiveTitle);
  });

  it('has a perspective for every minimum item, for students and board members, in both languages', async () => {
    const { framework } = await import('../../../src/domain/framework');
    for (const texts of [nl, en]) {
      for (const group of ['students', 'board-members'] as const) {
        const ids = framework.waarborgen.flatMap((w) => w.minimumItems.map((item) => item.id));
        expect(Object.keys(texts.reflection.perspective[group]).sort()).toEqual([...ids].sort());
      }
    }
  });
});
