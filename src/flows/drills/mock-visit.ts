// `proefbezoek [groep] [minuten]` / `mock [group] [minutes]`: a timed round
// (default 45 minutes) in this thread or chat, one question per waarborg from
// the group's bank; members answer with `antwoord <nr> <tekst>`; `proefbezoek
// klaar`, the first turn after the time or the `drills.mock-close` job at the
// end closes it (once: closeMockVisit) with a summary: waarborgen covered,
// examples given, where people's answers diverge, questions without answer.
// The job posts its summary where the round ran: its conversation, in its
// thread (Slack thread_ts, Teams reply chain) when it ran in one.
import type { JobHandler } from '../../core/jobs';
import { say } from '../../core/messages';
import { foldCase } from '../../core/text';
import type { Locale, Message } from '../../core/turn';
import { chooseMockQuestions, drillFeedback, type DrillQuestion, MOCK_VISIT_MINUTES, type MockVisitRecord, questionsForGroup, summariseMockVisit } from '../../domain/drills';
import { getWaarborg } from '../../domain/framework';
import { conversationGroupOf } from '../../domain/partnership';
import { textsFor } from '../../texts';
import type { Command, FlowScope, StepResult, TurnContext } from '../context';
import { type Drilling, drillingFor, drillingOf, findQuestion, groupName } from './participant';
import { questionText } from './render';
import { readGroupAndWaarborg } from './words';

const MOCK_CLOSE_JOB = 'drills.mock-close';
const DONE_WORDS = ['klaar', 'stop', 'einde', 'done', 'end', 'finish'];

function placeOf(ctx: TurnContext): { conversationId: string; threadId: string | null } {
  return { conversationId: ctx.turn.place.conversationId, threadId: ctx.turn.place.threadId ?? null };
}

function clock(locale: Locale, at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { timeZone, hour: '2-digit', minute: '2-digit' }).format(at);
}

const mockCommand: Command = {
  names: ['proefbezoek', 'mock', 'mockvisit'],
  async run(ctx, args) {
    const found = await drillingFor(ctx);
    if (!found.ok) return found.result;
    const d = found.drilling;
    const t = ctx.texts.drills;
    const place = placeOf(ctx);
    const open = await ctx.scope.drills.openMockVisit(d.partnership.id, place.conversationId, place.threadId);
    const zone = d.plan?.timeZone ?? 'Europe/Amsterdam';
    if (open) {
      if (DONE_WORDS.includes(foldCase(args.trim())) || open.endsAt <= ctx.now) return close(ctx, d, open, false);
      return { messages: [say(t.mockRunning(clock(ctx.locale, open.endsAt, zone)))] };
    }
    if (DONE_WORDS.includes(foldCase(args.trim()))) return { messages: [say(t.mockNotOpen)] };
    const minutesWord = args.match(/\b(\d{1,3})\b/)?.[1];
    const minutes = minutesWord ? Math.min(120, Math.max(5, Number(minutesWord))) : MOCK_VISIT_MINUTES;
    const read = readGroupAndWaarborg(args.replace(/\b\d{1,3}\b/, '').trim(), d.groups);
    if (read.unknown !== undefined) return { messages: [say(t.unknownGroupOrWaarborg(read.unknown.slice(0, 40)))] };
    const groupId = read.groupId ?? d.groupId;
    const bank = questionsForGroup(groupId, { own: d.own, groups: d.groups });
    const practised = new Map<string, number>();
    for (const a of await ctx.scope.drills.answers(d.partnership.id)) practised.set(a.questionId, (practised.get(a.questionId) ?? 0) + 1);
    const questions = chooseMockQuestions(bank, practised);
    if (questions.length === 0) return { messages: [say(t.noQuestions)] };
    const endsAt = new Date(ctx.now.getTime() + minutes * 60_000);
    const visit = await ctx.scope.drills.startMockVisit(d.partnership.id, {
      groupId,
      ...place,
      questionIds: questions.map((q) => q.id),
      startedAt: ctx.now,
      endsAt,
      startedById: ctx.person.id,
    });
    await ctx.scope.jobs.schedule({
      name: MOCK_CLOSE_JOB,
      platform: ctx.turn.platform,
      workspaceId: ctx.turn.workspaceId,
      data: { partnershipId: d.partnership.id, mockVisitId: visit.id },
      runAt: endsAt,
      key: `${MOCK_CLOSE_JOB}:${visit.id}`,
    });
    return { messages: [roundMessage(ctx.locale, d, groupId, questions, minutes, clock(ctx.locale, endsAt, zone))] };
  },
};

function roundMessage(locale: Locale, d: Drilling, groupId: DrillQuestion['groupId'], questions: DrillQuestion[], minutes: number, endsAt: string): Message {
  const t = textsFor(locale).drills;
  const lines = questions.map((q, i) => t.mockQuestion(i + 1, getWaarborg(q.waarborgId)!.name[locale], questionText(q, locale)));
  return {
    blocks: [
      { type: 'heading', text: t.mockTitle(groupName({ locale }, groupId, d.groups)) },
      { type: 'text', text: t.mockIntro(minutes, endsAt) },
      { type: 'text', text: lines.join('\n') },
      { type: 'text', text: t.mockHint },
    ],
  };
}

const answerCommand: Command = {
  names: ['antwoord', 'answer'],
  async run(ctx, args) {
    const found = await drillingFor(ctx);
    if (!found.ok) return found.result;
    const d = found.drilling;
    const t = ctx.texts.drills;
    const place = placeOf(ctx);
    const open = await ctx.scope.drills.openMockVisit(d.partnership.id, place.conversationId, place.threadId);
    if (!open) return { messages: [say(t.mockNotOpen)] };
    if (open.endsAt <= ctx.now) return close(ctx, d, open, true);
    const [nr = '', ...words] = args.trim().split(/\s+/);
    const index = Number(nr) - 1;
    const questionId = Number.isInteger(index) ? open.questionIds[index] : undefined;
    const question = questionId ? findQuestion({ ...d, groupId: open.groupId }, questionId) : undefined;
    if (!question) return { messages: [say(t.mockUnknownNumber(nr.slice(0, 20), open.questionIds.length))] };
    const text = words.join(' ');
    const draft = (await ctx.scope.drafts.list(d.partnership.id)).map((e) => ({ itemId: e.itemId, text: e.text }));
    const f = drillFeedback({ question: { waarborgId: question.waarborgId, text: questionText(question, 'nl') }, answer: text, group: conversationGroupOf(d.role), draft });
    await ctx.scope.drills.addAnswer(d.partnership.id, {
      personId: d.personId,
      role: d.role,
      groupId: open.groupId,
      questionId: question.id,
      waarborgId: question.waarborgId,
      text,
      strength: f.strength,
      draftMismatch: f.notes.some((n) => n.draft === 'chosen' && (n.noSharedTerms || n.disagreement !== undefined)),
      mockVisitId: open.id,
    });
    return { messages: [say(t.mockNoted(index + 1, ctx.person.displayName))] };
  },
};

async function close(ctx: TurnContext, d: Drilling, visit: MockVisitRecord, timeUp: boolean): Promise<StepResult> {
  if (!(await ctx.scope.drills.closeMockVisit(visit.id, ctx.now))) return { messages: [say(ctx.texts.drills.mockNotOpen)] };
  const summary = await summaryMessage(ctx.scope, d, visit, ctx.locale);
  return { messages: timeUp ? [say(ctx.texts.drills.mockTimeUp), summary] : [summary] };
}

async function summaryMessage(scope: FlowScope, d: Drilling, visit: MockVisitRecord, locale: Locale): Promise<Message> {
  const t = textsFor(locale).drills;
  const questions = visit.questionIds.flatMap((id) => {
    const q = findQuestion({ ...d, groupId: visit.groupId }, id);
    return q ? [{ id: q.id, waarborgId: q.waarborgId, text: questionText(q, 'nl') }] : [];
  });
  const answers = (await scope.drills.answers(d.partnership.id, { mockVisitId: visit.id })).map((a) => ({ questionId: a.questionId, author: a.authorName, text: a.text }));
  const s = summariseMockVisit({ questions, answers, group: conversationGroupOf(d.role) });
  const name = (w: string) => getWaarborg(w)?.name[locale] ?? w;
  const number = (id: string) => visit.questionIds.indexOf(id) + 1;
  const lines = [t.mockCovered(s.covered.map(name))];
  if (s.notCovered.length > 0) lines.push(t.mockNotCovered(s.notCovered.map(name)));
  if (s.unanswered.length > 0) lines.push(t.mockUnanswered(s.unanswered.map(number)));
  if (s.examples.length > 0) lines.push(t.mockExamples(s.examples.filter((e) => e.concrete).length, s.examples.length, s.people));
  for (const dv of s.divergences) lines.push(t.mockDivergence(number(dv.questionId), dv.inPlace.author, dv.inPlace.sentence, dv.other.author, dv.other.sentence));
  if (s.people > 1 && s.divergences.length === 0) lines.push(t.mockNoDivergence);
  // One point per line, as the drill feedback: a paragraph of five findings is hard to read aloud in a meeting.
  return { blocks: [{ type: 'heading', text: t.mockSummaryTitle }, { type: 'text', text: lines.map((line) => `- ${line}`).join('\n') }] };
}

/** At the round's end: closes it (once) and posts the summary to its conversation and thread. */
export const mockCloseJob: JobHandler<FlowScope> = {
  name: MOCK_CLOSE_JOB,
  async run(ctx, data) {
    if (typeof data.partnershipId !== 'string' || typeof data.mockVisitId !== 'string') return;
    const visit = await ctx.scope.drills.mockVisit(data.mockVisitId);
    const partnership = visit && !visit.closedAt ? await ctx.scope.partnerships.get(data.partnershipId) : null;
    if (!visit || !partnership) return;
    if (!(await ctx.scope.drills.closeMockVisit(visit.id, ctx.now))) return;
    // Read as the person who started the round (a round needs no coordinator), in their language.
    const participants = await ctx.scope.drills.participants(partnership.id);
    const starter = participants.find((p) => p.personId === visit.startedById) ?? participants.find((p) => p.role === 'coordinator');
    if (!starter) return;
    const d = await drillingOf(ctx.scope, partnership, starter);
    const locale: Locale = starter.locale === 'en' ? 'en' : 'nl';
    const t = textsFor(locale).drills;
    const summary = [say(t.mockTimeUp), await summaryMessage(ctx.scope, d, visit, locale)];
    await ctx.outbox.toConversation(visit.conversationId, summary, locale, visit.threadId ?? undefined);
  },
};

export const mockCommands: readonly Command[] = [mockCommand, answerCommand];
