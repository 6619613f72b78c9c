import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine';
import { limits } from '../../src/core/limits';
import type { Message, Turn, TurnInput } from '../../src/core/turn';
import { en } from '../../src/texts/en';
import { nl } from '../../src/texts/nl';
import { uniqueId } from '../support/bot';
import { openTestDatabase } from '../support/databases';
import { newEngine } from '../support/engine';

let engine: Engine;
let dispose: () => Promise<void>;
beforeAll(async () => {
  const opened = await openTestDatabase('embedded');
  dispose = opened.dispose;
  engine = newEngine(opened.db);
});
afterAll(() => dispose());

let counter = 0;
function turn(tenant: string, input: TurnInput, extra: Partial<Turn> = {}): Turn {
  return {
    platform: 'slack',
    workspaceId: tenant,
    eventId: `ev-${++counter}`,
    user: { id: 'U1', name: 'Anne' },
    place: { conversationId: 'D1', kind: 'dm', reference: { channel: 'D1' } },
    input,
    ...extra,
  };
}

async function reply(t: Turn): Promise<Message[]> {
  const result = await engine.handle(t);
  if (result.duplicate) throw new Error('unexpected duplicate');
  return result.messages;
}

const allText = (messages: Message[]) =>
  messages.flatMap((m) => m.blocks.map((b) => ('text' in b ? (b.text ?? '') : ''))).join('\n');

describe('engine', () => {
  it('answers help in Dutch by default, whatever alias and casing is used', async () => {
    const tenant = uniqueId('T');
    for (const text of ['hulp', 'HELP', '/peerreview hulp', 'peerreview Help']) {
      const messages = await reply(turn(tenant, { kind: 'text', text }));
      expect(allText(messages)).toContain(nl.help.intro);
    }
  });

  it('answers in Dutch even to an English client, and in English once asked or chosen', async () => {
    const tenant = uniqueId('T');
    const englishClient = { user: { id: 'U2', name: 'Bo', locale: 'en' as const } };
    expect(allText(await reply(turn(tenant, { kind: 'text', text: 'help' }, englishClient)))).toContain(nl.help.intro);
    const once = await engine.handle(turn(tenant, { kind: 'text', text: 'help en' }));
    expect(once).toMatchObject({ duplicate: false, locale: 'en' });
    if (!once.duplicate) expect(allText(once.messages)).toContain(en.help.intro);
    await reply(turn(tenant, { kind: 'text', text: 'taal en' }, englishClient));
    expect(allText(await reply(turn(tenant, { kind: 'text', text: 'hulp' }, englishClient)))).toContain(en.help.intro);
  });

  it('drops a redelivered event without a reply', async () => {
    const t = turn(uniqueId('T'), { kind: 'text', text: 'hulp' });
    expect((await engine.handle(t)).duplicate).toBe(false);
    expect(await engine.handle(t)).toEqual({ duplicate: true });
  });

  it('helps on unknown commands, empty and over-long input', async () => {
    const tenant = uniqueId('T');
    expect(allText(await reply(turn(tenant, { kind: 'text', text: 'vliegtuig' })))).toBe(nl.errors.unknownCommand('vliegtuig'));
    expect(allText(await reply(turn(tenant, { kind: 'text', text: '   ' })))).toBe(nl.errors.emptyInput);
    const long = 'a'.repeat(limits.maxTextLength + 1);
    expect(allText(await reply(turn(tenant, { kind: 'text', text: long })))).toBe(nl.errors.tooLong(limits.maxTextLength));
  });

  it('carries the language flow over turns: asks, waits, accepts a typed or pressed answer', async () => {
    const tenant = uniqueId('T');
    const asked = await reply(turn(tenant, { kind: 'text', text: 'taal' }));
    const choices = asked[0]!.blocks.find((b) => b.type === 'choices');
    expect(choices).toMatchObject({ text: nl.language.prompt, choices: [{ value: 'nl' }, { value: 'en' }] });
    expect(allText(await reply(turn(tenant, { kind: 'text', text: 'klingon' })))).toBe(nl.language.unknown('klingon'));
    expect(allText(await reply(turn(tenant, { kind: 'text', text: 'English' })))).toBe(en.language.set);
    expect(allText(await reply(turn(tenant, { kind: 'text', text: 'hulp' })))).toContain(en.help.intro);
    // The flow has ended: a further loose word is not taken as a language.
    expect(allText(await reply(turn(tenant, { kind: 'text', text: 'nl' })))).toBe(en.errors.unknownCommand('nl'));
    const pressed = await reply(turn(tenant, { kind: 'action', action: 'language.set', value: 'nl' }));
    expect(allText(pressed)).toBe(nl.language.set);
  });

  it('keeps a conversation per place: a flow open in a DM does not capture a thread reply', async () => {
    const tenant = uniqueId('T');
    await reply(turn(tenant, { kind: 'text', text: 'taal' }));
    const inThread = turn(tenant, { kind: 'text', text: 'en' }, {
      place: { conversationId: 'C1', kind: 'channel', threadId: '123.4', reference: {} },
    });
    expect(allText(await reply(inThread))).toBe(nl.errors.unknownCommand('en'));
  });

  it('takes a sentence that starts with a command word as the answer to an open question', async () => {
    const tenant = uniqueId('T');
    await reply(turn(tenant, { kind: 'text', text: 'taal' }));
    // Long: an answer to the open language question, not the `taal` command again.
    const sentence = 'Taal is voor mij niet belangrijk, geef maar Engels';
    expect(allText(await reply(turn(tenant, { kind: 'text', text: sentence })))).toBe(nl.language.unknown(sentence.slice(0, 40)));
    // Short: still a command while the question is open.
    expect(allText(await reply(turn(tenant, { kind: 'text', text: 'hulp' })))).toContain(nl.help.intro);
    expect(allText(await reply(turn(tenant, { kind: 'text', text: 'en' })))).toBe(en.language.set);
  });

  it('refuses to save a conversation state that someone else wrote during the turn (the worker then runs the turn again)', async () => {
    const { say } = await import('../../src/core/messages');
    const { FlowStateConflict } = await import('../../src/core/engine');
    const opened = await openTestDatabase('embedded');
    try {
      const racing = newEngine(opened.db, {
        commands: [
          {
            names: ['race'],
            flow: 'alpha',
            run: async (ctx) => {
              // Another writer (a job, another instance) saves this place's state meanwhile.
              await ctx.scope.saveState(ctx.person.id, ctx.placeKey, { flow: 'alpha', step: 'theirs', data: {} });
              return { messages: [say('mine')], state: { step: 'mine', data: {} } };
            },
          },
        ],
        flows: [{ name: 'alpha', resume: async () => ({ messages: [say('alpha')] }) }],
      });
      await expect(racing.handle(turn(uniqueId('T'), { kind: 'text', text: 'race' }))).rejects.toBeInstanceOf(FlowStateConflict);
    } finally {
      await opened.dispose();
    }
  });

  it("lets a flow end only its own conversation, not another one open in the same place", async () => {
    const { say } = await import('../../src/core/messages');
    const opened = await openTestDatabase('embedded');
    try {
      const isolated = newEngine(opened.db, {
        commands: [
          { names: ['open'], flow: 'alpha', run: async () => ({ messages: [say('opened')], state: { step: 'wait', data: {} } }) },
          { names: ['close'], flow: 'beta', run: async () => ({ messages: [say('closed beta')], state: null }) },
        ],
        flows: [
          { name: 'alpha', resume: async (_ctx, state, input) => ({ messages: [say(`alpha got ${input.kind === 'text' ? input.text : '?'} at ${state?.step}`)], state: null }) },
          { name: 'beta', resume: async () => ({ messages: [say('beta')] }) },
        ],
      });
      const tenant = uniqueId('T');
      const text = async (t: string) => {
        const result = await isolated.handle(turn(tenant, { kind: 'text', text: t }));
        return result.duplicate ? '' : allText(result.messages);
      };
      await text('open');
      expect(await text('close')).toBe('closed beta');
      expect(await text('still here?')).toBe('alpha got still here? at wait');
    } finally {
      await opened.dispose();
    }
  });

  it('answers a button of an unknown flow with a way back', async () => {
    const messages = await reply(turn(uniqueId('T'), { kind: 'action', action: 'gone.away', value: 'x' }));
    expect(allText(messages)).toBe(nl.errors.staleAction);
  });
});
