// The one way engine tests drive the real engine: every turn is recorded in
// the inbox and run through the same transaction as in production; the
// answer is what the turn wrote to the outbox.
import { createEngine, type Engine } from '../../src/core/engine';
import { commands as allCommands, fallback, flows as allFlows, joined } from '../../src/flows';
import type { Command, Flow } from '../../src/flows/context';
import type { Database } from '../../src/store/database';
import { createInboxRecorder } from '../../src/store/inbox-recorder';
import { TurnStore } from '../../src/store/turn-store';
import { textsFor } from '../../src/texts';

export function newEngine(db: Database, parts: { commands?: readonly Command[]; flows?: readonly Flow[]; now?: () => Date } = {}): Engine {
  return createEngine({
    store: new TurnStore(db),
    inbox: createInboxRecorder(db),
    commands: parts.commands ?? allCommands,
    flows: parts.flows ?? allFlows,
    // The production fallback with the production commands; a test's own set keeps the engine's plain one.
    ...(parts.commands ? {} : { fallback, joined }),
    texts: textsFor,
    errors: (locale) => textsFor(locale).errors,
    ...(parts.now ? { now: parts.now } : {}),
  });
}
