// A partnership's drills inside one tenant (src/domain/drills/repository.ts).
// `lockPlan` and `person` are SELECT … FOR UPDATE on their row: the run that
// sends prompts and every change take the plan's lock, so they go one at a time
// per partnership on every instance; a person's turns and the run take the
// person's. Prompt keys are claimed with INSERT … ON CONFLICT DO NOTHING in the
// transaction that writes the prompt to the outbox.
import type { Versioned } from '../core/versioned';
import type {
  DrillAnswerRecord,
  DrillCard,
  DrillGroupId,
  DrillParticipant,
  DrillPersonState,
  DrillRepository,
  DrillSettings,
  MockVisitRecord,
  NewDrillAnswer,
  OwnDrillGroup,
  OwnQuestionStatus,
  StoredOwnQuestion,
} from '../domain/drills';
import type { WaarborgId } from '../domain/framework';
import type { Prisma } from './generated/client';
import { jsonText } from './json-text';
import { utc } from './sql-time';

type Tx = Prisma.TransactionClient;
type PlanRow = Prisma.DrillPlanGetPayload<object>;
type PersonRow = Prisma.DrillPersonGetPayload<object>;
const withProposer = { proposedBy: { select: { displayName: true } } } as const;
type QuestionRow = Prisma.DrillQuestionGetPayload<{ include: typeof withProposer }>;
type VisitRow = Prisma.MockVisitGetPayload<object>;

export class DrillStore implements DrillRepository {
  constructor(
    private readonly tx: Tx,
    private readonly tenantId: string,
  ) {}

  async plan(partnershipId: string): Promise<DrillSettings | null> {
    const row = await this.tx.drillPlan.findFirst({ where: { partnershipId, tenantId: this.tenantId } });
    return row ? toSettings(row) : null;
  }

  async lockPlan(partnershipId: string): Promise<DrillSettings | null> {
    const rows = await this.tx.$queryRaw<Array<{ partnership_id: string }>>`
      SELECT partnership_id FROM drill_plan WHERE partnership_id = ${partnershipId}::uuid AND tenant_id = ${this.tenantId}::uuid FOR UPDATE`;
    return rows.length === 0 ? null : this.plan(partnershipId);
  }

  async savePlan(partnershipId: string, s: DrillSettings): Promise<void> {
    const data = {
      enabled: s.enabled,
      startDate: toDate(s.startDate),
      weekdays: s.weekdays,
      time: s.time,
      timeZone: s.timeZone,
      questionsPerWeek: s.questionsPerWeek,
      holidays: asJson(s.holidays),
      goodFriday: s.goodFriday,
      groups: asJson(s.groups),
      channelId: s.channelId,
      groupChannels: asJson(s.groupChannels ?? {}),
      lastProcessed: s.lastProcessed,
      nextRunAt: s.nextRunAt,
    };
    await this.ownPartnership(partnershipId);
    await this.tx.drillPlan.upsert({
      where: { partnershipId },
      create: { ...data, partnershipId, tenantId: this.tenantId },
      update: { ...data, version: { increment: 1 } },
    });
  }

  async participants(partnershipId: string): Promise<DrillParticipant[]> {
    const rows = await this.tx.membership.findMany({
      where: { tenantId: this.tenantId, partnershipId },
      include: { person: { select: { displayName: true, platformUserId: true, locale: true } } },
      orderBy: { createdAt: 'asc' },
    });
    return rows.map((r) => ({
      personId: r.personId,
      platformUserId: r.person.platformUserId,
      displayName: r.person.displayName,
      role: r.role,
      locale: r.person.locale,
    }));
  }

  async person(partnershipId: string, personId: string): Promise<DrillPersonState> {
    // Only a person and partnership of this tenant get a row (the SELECT names the tenant).
    await this.tx.$executeRaw`
      INSERT INTO drill_person (partnership_id, person_id, tenant_id, updated_at)
      SELECT p.id, m.person_id, p.tenant_id, now() FROM partnership p JOIN membership m ON m.partnership_id = p.id
      WHERE p.id = ${partnershipId}::uuid AND p.tenant_id = ${this.tenantId}::uuid AND m.person_id = ${personId}::uuid
      ON CONFLICT (partnership_id, person_id) DO NOTHING`;
    await this.tx.$queryRaw`
      SELECT person_id FROM drill_person WHERE partnership_id = ${partnershipId}::uuid AND person_id = ${personId}::uuid FOR UPDATE`;
    const row = await this.tx.drillPerson.findFirst({ where: { partnershipId, personId, tenantId: this.tenantId } });
    return row ? toPerson(row) : blankPerson(personId);
  }

  async people(partnershipId: string): Promise<DrillPersonState[]> {
    const rows = await this.tx.drillPerson.findMany({ where: { partnershipId, tenantId: this.tenantId } });
    return rows.map(toPerson);
  }

  async savePerson(partnershipId: string, s: DrillPersonState): Promise<void> {
    const { count } = await this.tx.drillPerson.updateMany({
      where: { partnershipId, personId: s.personId, tenantId: this.tenantId },
      data: {
        assignedGroup: s.assignedGroup,
        pausedUntil: toDate(s.pausedUntil),
        stoppedAt: s.stopped ? new Date() : null,
        cards: asJson(s.cards),
        lastQuestionId: s.lastQuestionId,
        openSince: s.openSince,
        version: { increment: 1 },
      },
    });
    if (count === 0) throw new Error(`drill state of ${s.personId} is not stored: read it with person() first`);
  }

  async claimPrompt(partnershipId: string, prompt: { key: string; outcome: string; questionIds: string[]; at: Date }): Promise<boolean> {
    const inserted = await this.tx.$executeRaw`
      INSERT INTO drill_prompt (tenant_id, partnership_id, key, outcome, question_ids, at)
      SELECT tenant_id, id, ${prompt.key}, ${prompt.outcome}, ${prompt.questionIds}::text[], ${utc(prompt.at)}::timestamp
      FROM partnership WHERE id = ${partnershipId}::uuid AND tenant_id = ${this.tenantId}::uuid
      ON CONFLICT (partnership_id, key) DO NOTHING`;
    return inserted === 1;
  }

  async addAnswer(partnershipId: string, a: NewDrillAnswer): Promise<void> {
    await this.ownPartnership(partnershipId);
    await this.tx.drillAnswer.create({
      data: {
        tenantId: this.tenantId,
        partnershipId,
        personId: a.personId,
        role: a.role,
        groupId: a.groupId,
        questionId: a.questionId,
        waarborgId: a.waarborgId,
        text: a.text,
        strength: a.strength,
        draftMismatch: a.draftMismatch,
        mockVisitId: a.mockVisitId ?? null,
      },
    });
  }

  async answers(partnershipId: string, filter: { mockVisitId?: string } = {}): Promise<DrillAnswerRecord[]> {
    const rows = await this.tx.drillAnswer.findMany({
      where: { partnershipId, tenantId: this.tenantId, ...(filter.mockVisitId ? { mockVisitId: filter.mockVisitId } : {}) },
      include: { person: { select: { displayName: true } } },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    });
    return rows.map((r) => ({
      personId: r.personId,
      authorName: r.person.displayName,
      role: r.role,
      groupId: r.groupId as DrillGroupId,
      questionId: r.questionId,
      waarborgId: r.waarborgId as WaarborgId,
      text: r.text,
      strength: r.strength as DrillAnswerRecord['strength'],
      draftMismatch: r.draftMismatch,
      ...(r.mockVisitId ? { mockVisitId: r.mockVisitId } : {}),
      createdAt: r.createdAt,
    }));
  }

  async questions(partnershipId: string): Promise<StoredOwnQuestion[]> {
    const rows = await this.tx.drillQuestion.findMany({
      where: { partnershipId, tenantId: this.tenantId },
      include: withProposer,
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    });
    return rows.map((r, i) => toQuestion(r, i + 1));
  }

  async proposeQuestion(
    partnershipId: string,
    q: { groupId: DrillGroupId; waarborgId: WaarborgId; text: string; proposedById: string },
  ): Promise<StoredOwnQuestion> {
    await this.ownPartnership(partnershipId);
    const row = await this.tx.drillQuestion.create({ data: { ...q, partnershipId, tenantId: this.tenantId } });
    const all = await this.questions(partnershipId);
    return all.find((s) => s.id === row.id)!;
  }

  async updateQuestion(
    partnershipId: string,
    id: string,
    expected: number,
    changes: { text?: string; status?: OwnQuestionStatus },
  ): Promise<Versioned<StoredOwnQuestion, StoredOwnQuestion | null>> {
    const { count } = await this.tx.drillQuestion.updateMany({
      where: { id, partnershipId, tenantId: this.tenantId, version: expected },
      data: { ...changes, version: { increment: 1 } },
    });
    const now = (await this.questions(partnershipId)).find((q) => q.id === id) ?? null;
    if (count === 0 || !now) return { ok: false, conflict: now };
    return { ok: true, saved: now };
  }

  async startMockVisit(
    partnershipId: string,
    v: Omit<MockVisitRecord, 'id' | 'closedAt'>,
  ): Promise<MockVisitRecord> {
    await this.ownPartnership(partnershipId);
    const row = await this.tx.mockVisit.create({ data: { ...v, partnershipId, tenantId: this.tenantId } });
    return toVisit(row);
  }

  async mockVisit(id: string): Promise<MockVisitRecord | null> {
    const row = await this.tx.mockVisit.findFirst({ where: { id, tenantId: this.tenantId } });
    return row ? toVisit(row) : null;
  }

  async openMockVisit(partnershipId: string, conversationId: string, threadId: string | null): Promise<MockVisitRecord | null> {
    const row = await this.tx.mockVisit.findFirst({
      where: { partnershipId, tenantId: this.tenantId, conversationId, threadId, closedAt: null },
      orderBy: { startedAt: 'desc' },
    });
    return row ? toVisit(row) : null;
  }

  async closeMockVisit(id: string, at: Date): Promise<boolean> {
    const { count } = await this.tx.mockVisit.updateMany({ where: { id, tenantId: this.tenantId, closedAt: null }, data: { closedAt: at } });
    return count === 1;
  }

  private async ownPartnership(partnershipId: string): Promise<void> {
    const found = await this.tx.partnership.count({ where: { id: partnershipId, tenantId: this.tenantId } });
    if (found === 0) throw new Error(`partnership ${partnershipId} not found`);
  }
}

function toDate(value: string | null): Date | null {
  return value === null ? null : new Date(`${value}T00:00:00.000Z`);
}

function fromDate(value: Date | null): string | null {
  return value ? value.toISOString().slice(0, 10) : null;
}

function toSettings(row: PlanRow): DrillSettings {
  return {
    enabled: row.enabled,
    startDate: fromDate(row.startDate),
    weekdays: row.weekdays,
    time: row.time,
    timeZone: row.timeZone,
    questionsPerWeek: row.questionsPerWeek,
    holidays: (row.holidays ?? []) as unknown as DrillSettings['holidays'],
    goodFriday: row.goodFriday,
    groups: (row.groups ?? []) as unknown as OwnDrillGroup[],
    channelId: row.channelId,
    groupChannels: groupChannelsOf(row.groupChannels),
    lastProcessed: row.lastProcessed,
    nextRunAt: row.nextRunAt,
  };
}

/** The stored JSON, keeping only a channel id or null per group. */
function groupChannelsOf(raw: unknown): Record<string, string | null> {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return {};
  return Object.fromEntries(Object.entries(raw).filter((e): e is [string, string | null] => typeof e[1] === 'string' || e[1] === null));
}

function blankPerson(personId: string): DrillPersonState {
  return { personId, assignedGroup: null, pausedUntil: null, stopped: false, cards: [], lastQuestionId: null, openSince: null };
}

function toPerson(row: PersonRow): DrillPersonState {
  return {
    personId: row.personId,
    assignedGroup: (row.assignedGroup as DrillGroupId | null) ?? null,
    pausedUntil: fromDate(row.pausedUntil),
    stopped: row.stoppedAt !== null,
    cards: (row.cards ?? []) as unknown as DrillCard[],
    lastQuestionId: row.lastQuestionId,
    openSince: row.openSince,
  };
}

function toQuestion(row: QuestionRow, number: number): StoredOwnQuestion {
  return {
    id: row.id,
    number,
    groupId: row.groupId as DrillGroupId,
    waarborgId: row.waarborgId as WaarborgId,
    text: row.text,
    status: row.status as OwnQuestionStatus,
    proposedById: row.proposedById,
    proposedByName: row.proposedBy.displayName,
    version: row.version,
  };
}

function toVisit(row: VisitRow): MockVisitRecord {
  return {
    id: row.id,
    groupId: row.groupId as DrillGroupId,
    conversationId: row.conversationId,
    threadId: row.threadId,
    questionIds: row.questionIds,
    startedAt: row.startedAt,
    endsAt: row.endsAt,
    closedAt: row.closedAt,
    startedById: row.startedById,
  };
}

/** Through jsonText, so a NUL or lone surrogate in a partnership's own text cannot fail the statement. */
function asJson(value: unknown): Prisma.InputJsonValue {
  return JSON.parse(jsonText(value)) as Prisma.InputJsonValue;
}

/**
 * The partnerships whose drill plan is on and due at `now` (its next slot has come), across
 * every tenant, for the tick to schedule a `drills.run` for each.
 */
export function drillPlansDue(
  prisma: Pick<Prisma.TransactionClient, '$queryRaw'>,
  now: Date,
  limit: number,
): Promise<Array<{ platform: 'slack' | 'teams'; workspaceId: string; partnershipId: string }>> {
  return prisma.$queryRaw`
    SELECT t.platform::text AS platform, t.external_id AS "workspaceId", d.partnership_id::text AS "partnershipId"
    FROM drill_plan d
    JOIN tenant t ON t.id = d.tenant_id
    WHERE d.enabled AND d.next_run_at <= ${utc(now)}::timestamp
    ORDER BY d.next_run_at
    LIMIT ${limit}`;
}
