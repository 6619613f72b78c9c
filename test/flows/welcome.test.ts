// "hallo" gets a welcome with the next step as buttons, by where the person
// stands; a sentence outside any conversation is told it was not kept, with the
// same buttons; a button standing for a command runs that command.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMAND_ACTION } from '../../src/core/messages';
import type { Engine } from '../../src/core/engine';
import type { Database } from '../../src/store/database';
import { nl } from '../../src/texts/nl';
import { uniqueId } from '../support/bot';
import { openTestDatabase } from '../support/databases';
import { anne, buttonLabelled, buttons, chatOf, headings, newEngine, press, seedPartnership, send, textOf } from './reflection/support';

let db: Database;
let engine: Engine;
let dispose: () => Promise<void>;
beforeAll(async () => {
  ({ db, dispose } = await openTestDatabase('postgresql'));
  engine = newEngine(db);
});
afterAll(() => dispose());

const w = nl.welcome;
const sanne = { userId: 'USANNE', name: 'Sanne Jansen', role: 'student' as const };

describe('welcome', () => {
  it('greets someone in a workspace with no partnership and offers to set one up; the button opens the setup', async () => {
    const chat = chatOf(uniqueId('T'), anne);
    const reply = await send(engine, chat, 'Hallo!');
    expect(headings(reply)).toEqual([w.title]);
    expect(textOf(reply)).toContain(w.noPartnership);
    expect(buttons(reply).map((b) => [b.label, b.action, b.value])).toEqual([
      [w.setUpButton, COMMAND_ACTION, 'partnerschap'],
      [w.helpButton, COMMAND_ACTION, 'hulp'],
    ]);
    const setUp = await send(engine, chat, press(buttonLabelled(reply, w.setUpButton)));
    // The same as typing `partnerschap`.
    expect(setUp).toEqual(await send(engine, chat, 'partnerschap'));
    const help = await send(engine, chat, press(buttonLabelled(reply, w.helpButton)));
    expect(headings(help)).toEqual([nl.help.title]);
    // The help ends with the usual first steps as buttons.
    expect(buttons(help).map((b) => b.value)).toEqual(['reflectie', 'voortgang', 'status', 'partnerschap']);
  });

  it('offers a role to someone new in a partnership, and a reflection to a member', async () => {
    const { tenant } = await seedPartnership(db, [anne]);
    const newcomer = await send(engine, chatOf(tenant, sanne), 'goedemorgen allemaal');
    expect(textOf(newcomer)).toContain(w.noRole('Samen Opleiden Noord'));
    expect(buttons(newcomer).map((b) => b.value)).toEqual(['rol', 'hulp']);
    const member = await send(engine, chatOf(tenant, anne), 'hoi');
    expect(textOf(member)).toContain(w.ready('Samen Opleiden Noord'));
    const reflect = await send(engine, chatOf(tenant, anne), press(buttonLabelled(member, w.reflectButton)));
    expect(headings(reflect)).toEqual([nl.reflection.overviewTitle]);
  });

  it('tells someone whose sentence met no open question that it was not kept, with the next steps', async () => {
    const { tenant } = await seedPartnership(db, [anne]);
    const reply = await send(engine, chatOf(tenant, anne), 'Bij ons bespreken de mentoren elke week de lessen met de studenten.');
    expect(textOf(reply)).toContain(w.sentence);
    expect(buttons(reply).map((b) => b.value)).toEqual(['reflectie', 'voortgang', 'hulp']);
    // A single unknown word keeps the short pointer to `hulp`.
    expect(textOf(await send(engine, chatOf(tenant, anne), 'vliegtuig'))).toBe(nl.errors.unknownCommand('vliegtuig'));
  });

  it('answers a command button whose command does not exist as a stale button', async () => {
    const reply = await send(engine, chatOf(uniqueId('T'), anne), { kind: 'action', action: COMMAND_ACTION, value: 'verdwenen opdracht' });
    expect(textOf(reply)).toBe(nl.errors.staleAction);
  });
});
