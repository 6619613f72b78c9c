// One run of a partnership's drills at `now`, in the timeline's way
// (src/flows/timeline/run.ts): under the plan row's lock (one run or change per
// partnership at a time, on every instance), the slots due since the last run
// under the catch-up rule (src/domain/drills/plan.ts); each person's prompt is
// claimed by its key in drill_prompt in the same transaction as its outbox row,
// so a key goes out at most once whoever runs it; then lastProcessed and when
// to run next. A skipped slot is recorded once (`skipped:<reason>`) as the
// rule's log line.
import type { OutboxWriter } from '../../core/ports';
import type { Locale, Message } from '../../core/turn';
import { chooseNextQuestion, type DrillQuestion, drillRun, promptKey, reachesPerson } from '../../domain/drills';
import { zonedInstant } from '../../domain/timeline';
import { textsFor } from '../../texts';
import type { FlowScope } from '../context';
import { drillingOf, promptChannelOf } from './participant';
import { questionMessage } from './render';
import { planOf } from './schedule';

export interface DrillRunReport {
  sent: string[];
  skipped: Array<{ key: string; reason: string }>;
  nextRunAt: Date | null;
}

export async function runDrills(scope: FlowScope, outbox: OutboxWriter, partnershipId: string, now: Date): Promise<DrillRunReport> {
  const report: DrillRunReport = { sent: [], skipped: [], nextRunAt: null };
  const settings = await scope.drills.lockPlan(partnershipId);
  const partnership = settings && (await scope.partnerships.get(partnershipId));
  if (!settings || !partnership) return report;
  const made = planOf(partnership, settings);
  // Another instance's clock may be ahead: never move lastProcessed back.
  const at = settings.lastProcessed > now ? settings.lastProcessed : now;
  if (!settings.enabled || !made.ok) {
    await scope.drills.savePlan(partnershipId, { ...settings, lastProcessed: at, nextRunAt: null });
    return report;
  }
  const run = drillRun(made.plan, { now: at, lastProcessed: settings.lastProcessed });
  const participants = run.due.length > 0 ? await scope.drills.participants(partnershipId) : [];
  for (const slot of run.due) {
    for (const p of participants) {
      const drilling = await drillingOf(scope, partnership, p);
      if (!reachesPerson(slot, { stopped: drilling.state.stopped, ...(drilling.state.pausedUntil ? { pausedUntil: drilling.state.pausedUntil } : {}) })) continue;
      const questions = pick(drilling.bank, drilling.state.cards, slot.date, slot.questions, drilling.state.lastQuestionId);
      if (questions.length === 0) continue;
      const key = promptKey(partnershipId, p.personId, slot.date);
      if (!(await scope.drills.claimPrompt(partnershipId, { key, outcome: 'sent', questionIds: questions.map((q) => q.id), at }))) continue;
      const locale: Locale = p.locale === 'en' ? 'en' : 'nl';
      const texts = textsFor(locale);
      const messages: Message[] = [
        { blocks: [{ type: 'text', text: texts.drills.promptIntro(questions.length) }] },
        ...questions.map((q) => questionMessage(texts, locale, q, drilling.groups)),
      ];
      // The group's channel when the coordinator chose one (and the bot knows it), else a direct message.
      const channel = promptChannelOf(settings, drilling.groupId);
      const inChannel = channel !== null && (await outbox.toConversation(channel, withName(messages, p.displayName), locale));
      if (!inChannel) await outbox.toPerson(p.platformUserId, messages, locale);
      await scope.drills.savePerson(partnershipId, { ...drilling.state, lastQuestionId: questions.at(-1)!.id, openSince: at });
      report.sent.push(key);
    }
  }
  for (const slot of run.skipped) {
    const key = `${partnershipId}:slot:${slot.date}`;
    if (await scope.drills.claimPrompt(partnershipId, { key, outcome: `skipped:${slot.reason}`, questionIds: [], at })) {
      report.skipped.push({ key, reason: slot.reason });
    }
  }
  // With no slot left, once more at the start of the visit day, so that a visit date moved
  // later in the meantime carries the plan on; after that, none.
  const visitStart = zonedInstant(made.plan.visitDate, '00:00', made.plan.timeZone);
  report.nextRunAt = run.next ?? (at < visitStart ? visitStart : null);
  await scope.drills.savePlan(partnershipId, { ...settings, lastProcessed: at, nextRunAt: report.nextRunAt });
  return report;
}

/** `count` questions for one slot: each the Leitner choice with the ones already taken left out. */
function pick(
  bank: readonly DrillQuestion[],
  cards: Parameters<typeof chooseNextQuestion>[0]['cards'],
  today: string,
  count: number,
  lastQuestionId: string | null,
): DrillQuestion[] {
  const chosen: DrillQuestion[] = [];
  let last = lastQuestionId ?? undefined;
  for (let i = 0; i < count; i++) {
    const left = bank.filter((q) => !chosen.includes(q));
    const next = chooseNextQuestion({ questions: left, cards, today, ...(last ? { lastQuestionId: last } : {}) });
    if (!next) break;
    chosen.push(next.question);
    last = next.question.id;
  }
  return chosen;
}

/** In a shared channel each prompt says whom it is for. */
function withName(messages: Message[], name: string): Message[] {
  const [first, ...rest] = messages;
  return first ? [{ blocks: [{ type: 'text', text: `**${name}**` }, ...first.blocks] }, ...rest] : messages;
}
