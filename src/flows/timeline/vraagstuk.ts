// `vraagstuk <tekst>`: a member proposes a question for the visiting panel;
// `vraagstuk` / `vraagstukken` lists them; `vraagstuk kies 3 1` (coordinator)
// selects these, in this order. Development-oriented reviews only. The selected
// ones go into the draft export as their own section and into the digest.
import { hasWords } from '../../core/text';
import { message, say } from '../../core/messages';
import type { Command } from '../context';
import { currentPartnership } from '../partnership/current';
import { coordinatorNames } from '../partnership/members';
import { publishHomes } from './home-view';

const CHOOSE = new Set(['kies', 'choose', 'select', 'kiezen']);
const MAX_TEXT = 500;

export const vraagstukCommand: Command = {
  names: ['vraagstuk', 'vraagstukken'],
  async run(ctx, args) {
    const t = ctx.texts.timeline.vraagstuk;
    const found = await currentPartnership(ctx);
    if (!found.ok) return found.result;
    const { partnership, role } = found;
    if (partnership.reviewType !== 'development') return { messages: [say(t.onlyDevelopment)] };
    const [word, ...rest] = args.trim().split(/\s+/).filter(Boolean);
    if (!word || !hasWords(args)) {
      const all = await ctx.scope.vraagstukken.list(partnership.id);
      const lines = all.map((v) => t.line(v.number, v.text, v.proposedBy, v.position));
      return { messages: [message({ type: 'heading', text: t.list }, { type: 'text', text: lines.length === 0 ? t.none : lines.join('\n') })] };
    }
    if (CHOOSE.has(word.toLowerCase())) {
      if (role !== 'coordinator') return { messages: [say(t.onlyCoordinatorChooses(await coordinatorNames(ctx, partnership.id)))] };
      const all = await ctx.scope.vraagstukken.list(partnership.id);
      const numbers = rest.join(' ').split(/[\s,]+/).filter(Boolean);
      const chosen = numbers.map((n) => all.find((v) => String(v.number) === n));
      if (chosen.length === 0 || chosen.some((v) => v === undefined) || new Set(numbers).size !== numbers.length) return { messages: [say(t.badOrder(rest.join(' ')))] };
      await ctx.scope.vraagstukken.select(partnership.id, chosen.map((v) => v!.id));
      // The status shows the selection: every member's App Home again.
      await publishHomes(ctx.scope, ctx.outbox, ctx.turn.platform, partnership, ctx.now);
      return { messages: [say(t.ordered(chosen.map((v) => v!.number)))] };
    }
    const proposed = await ctx.scope.vraagstukken.propose(partnership.id, ctx.person.id, args.trim().slice(0, MAX_TEXT));
    return { messages: [say(t.proposed(proposed.number))] };
  },
};
