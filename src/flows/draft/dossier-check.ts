// `dossiercheck` / `check`: the coordinator's look at the dossier before sending
// it, the way the committee reads it. First the readiness matrix of `status`
// (the same counts) with marks, then per waarborg what is missing and the wish
// sentences, then where the three conversations diverge; buttons open `kies`
// for each item that needs work. Long lists are cut ("en nog N") and point to
// the appendix of the working .docx, so the message stays well inside Slack's
// 50 blocks and 3000 characters per text and a Teams card's size. In a
// channel the answer is the coordinator's alone (Slack ephemeral).
import { commandButton, message, say } from '../../core/messages';
import type { Block, Choice } from '../../core/turn';
import type { WaarborgCheck } from '../../domain/dossier-check';
import { reviewProgress } from '../../domain/draft';
import type { Texts } from '../../texts';
import type { Command } from '../context';
import { currentPartnership } from '../partnership/current';
import { coordinatorNames } from '../partnership/members';
import { readinessRows } from '../timeline/render';
import { type Dossier, divergenceLine, itemsById, itemsNeedingWork, missingLines, unchosenLine, wishLine } from './dossier-lines';
import { loadDossierCheck, loadDraftAndContributions } from './load';

/** What the chat shows of the lists; the appendix has them all. */
const WISHES_PER_WAARBORG = 3;
const DIVERGENCES = 5;
const WISH_LENGTH = 200;

export const dossierCheckCommand: Command = {
  names: ['dossiercheck', 'check', 'dossier-check'],
  async run(ctx) {
    const found = await currentPartnership(ctx);
    if (!found.ok) return found.result;
    const t = ctx.texts.draft.dossierCheck;
    if (found.role !== 'coordinator') return { messages: [say(t.notCoordinator(await coordinatorNames(ctx, found.partnership.id)))] };
    const { draft, contributions } = await loadDraftAndContributions(ctx.scope, found.partnership, ctx.locale);
    if (draft.waarborgen.every((w) => w.chosen === 0)) {
      return { messages: [message({ type: 'choices', text: t.emptyDraft, choices: [commandButton(t.emptyDraftButton, 'concept')] })] };
    }
    const check = await loadDossierCheck(ctx.scope, found.partnership, draft, contributions);
    const matrix = readinessRows(ctx.texts, reviewProgress(draft, contributions).waarborgen, t.cell);
    // It quotes people and names contradictions: in a channel only the coordinator sees it (Slack ephemeral).
    const answer = message(...dossierCheckBlocks(ctx.texts, { draft, check }, matrix));
    return { messages: [ctx.turn.place.kind === 'channel' ? { ...answer, private: true } : answer] };
  },
};

function dossierCheckBlocks(texts: Texts, dossier: Dossier, matrix: readonly string[]): Block[] {
  const t = texts.draft.dossierCheck;
  const { draft, check } = dossier;
  const blocks: Block[] = [
    { type: 'heading', text: t.title(draft.partnership.name) },
    { type: 'text', text: [t.intro, '', `**${t.matrixHeading}**`, ...matrix, '', t.legend].join('\n') },
  ];
  const items = itemsById(draft);
  for (const w of check.waarborgen) {
    const waarborg = draft.waarborgen.find((d) => d.id === w.waarborgId)!;
    const text = waarborgText(texts, w, items, t.waarborgHeading(waarborg.number, waarborg.name));
    const choices: Choice[] = itemsNeedingWork(w, items).map((item) => commandButton(t.chooseButton(item.label), `kies ${w.waarborgId} ${item.number}`));
    blocks.push(choices.length > 0 ? { type: 'choices', text, choices } : { type: 'text', text });
  }
  const divergences = check.divergences.map((d) => divergenceLine(texts, d, items));
  blocks.push({
    type: 'text',
    text: [
      t.divergencesHeading,
      t.divergencesWhy,
      ...(divergences.length === 0 ? [t.noDivergences] : divergences.slice(0, DIVERGENCES)),
      ...(divergences.length > DIVERGENCES ? [t.more(divergences.length - DIVERGENCES)] : []),
    ].join('\n'),
  });
  blocks.push({ type: 'choices', text: `${t.footer}\n${t.caveat}`, choices: [commandButton(t.downloadButton, 'download werkversie')] });
  return blocks;
}

function waarborgText(texts: Texts, w: WaarborgCheck, items: ReturnType<typeof itemsById>, heading: string): string {
  const t = texts.draft.dossierCheck;
  const lines = [heading];
  const missing = missingLines(texts, w, items);
  if (w.chosen.length > 0 && missing.length === 0) lines.push(t.allMet);
  lines.push(...missing);
  const unchosen = unchosenLine(texts, w, items);
  if (unchosen) lines.push(unchosen);
  if (w.wishes.length > 0) {
    // A blank line before the list, so it is not read as part of the line above (Teams markdown).
    lines.push('', t.wishesHeading, ...w.wishes.slice(0, WISHES_PER_WAARBORG).map((wish) => wishLine(texts, wish, items, WISH_LENGTH)));
    if (w.wishes.length > WISHES_PER_WAARBORG) lines.push(t.more(w.wishes.length - WISHES_PER_WAARBORG));
  }
  return lines.join('\n');
}

