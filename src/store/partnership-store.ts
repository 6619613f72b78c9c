// Partnerships and who holds which role in them, inside one tenant
// (src/domain/partnership/repository.ts).
import type { Versioned } from '../core/versioned';
import {
  NameTakenError,
  type Member,
  type NewPartnership,
  type PartnerRole,
  type Partnership,
  type PartnershipChanges,
  type PartnershipRepository,
} from '../domain/partnership';
import type { Prisma } from './generated/client';

type Tx = Prisma.TransactionClient;
type Row = Prisma.PartnershipGetPayload<object>;

export class PartnershipStore implements PartnershipRepository {
  constructor(
    private readonly tx: Tx,
    private readonly tenantId: string,
  ) {}

  /**
   * Creates it and makes its creator the coordinator. A taken name raises
   * NameTakenError without failing the statement, so the turn's transaction
   * (and its redelivery guard) survives.
   */
  async create(input: NewPartnership): Promise<Partnership> {
    const inserted = await this.tx.partnership.createManyAndReturn({
      // Field by field: a caller's object may carry more (an id) than a new row should get.
      data: [
        {
          tenantId: this.tenantId,
          name: input.name,
          region: input.region,
          sectors: input.sectors,
          reviewType: input.reviewType,
          visitDate: toDate(input.visitDate),
          updatesChannelId: input.updatesChannelId,
          createdById: input.createdById,
          ...(input.wordLimitPerWaarborg !== undefined ? { wordLimitPerWaarborg: input.wordLimitPerWaarborg } : {}),
        },
      ],
      skipDuplicates: true,
    });
    const row = inserted[0];
    if (!row) throw new NameTakenError(input.name);
    await this.setRole(row.id, input.createdById, 'coordinator');
    return toPartnership(row);
  }

  /** Applies changes only when nobody changed it since version `expected` was read. */
  async update(id: string, expected: number, changes: PartnershipChanges): Promise<Versioned<Partnership, Partnership>> {
    const { visitDate, ...rest } = changes;
    const data = { ...rest, ...(visitDate !== undefined ? { visitDate: toDate(visitDate) } : {}), version: { increment: 1 } };
    const { count } = await this.tx.partnership.updateMany({ where: { id, tenantId: this.tenantId, version: expected }, data });
    const current = await this.get(id);
    if (!current) throw new Error(`partnership ${id} not found`);
    return count === 0 ? { ok: false, conflict: current } : { ok: true, saved: current };
  }

  async remove(id: string, expected: number): Promise<boolean> {
    // Its memberships, contributions, draft texts, timeline and drills go with it (ON DELETE CASCADE).
    const { count } = await this.tx.partnership.deleteMany({ where: { id, tenantId: this.tenantId, version: expected } });
    return count === 1;
  }

  async get(id: string): Promise<Partnership | null> {
    const row = await this.tx.partnership.findFirst({ where: { id, tenantId: this.tenantId } });
    return row ? toPartnership(row) : null;
  }

  async list(): Promise<Partnership[]> {
    const rows = await this.tx.partnership.findMany({ where: { tenantId: this.tenantId }, orderBy: { createdAt: 'asc' } });
    return rows.map(toPartnership);
  }

  /** The partnerships a person belongs to, with their role in each. */
  async forPerson(personId: string): Promise<Array<{ partnership: Partnership; role: PartnerRole }>> {
    const rows = await this.tx.membership.findMany({
      where: { tenantId: this.tenantId, personId },
      include: { partnership: true },
      orderBy: { createdAt: 'asc' },
    });
    return rows.map((row) => ({ partnership: toPartnership(row.partnership), role: row.role }));
  }

  async setRole(partnershipId: string, personId: string, role: PartnerRole): Promise<void> {
    await this.tx.membership.upsert({
      where: { partnershipId_personId: { partnershipId, personId } },
      create: { tenantId: this.tenantId, partnershipId, personId, role },
      update: { role },
    });
  }

  async members(partnershipId: string): Promise<Member[]> {
    const rows = await this.tx.membership.findMany({
      where: { tenantId: this.tenantId, partnershipId },
      include: { person: { select: { displayName: true, platformUserId: true, locale: true } } },
      orderBy: { createdAt: 'asc' },
    });
    return rows.map((row) => ({
      personId: row.personId,
      platformUserId: row.person.platformUserId,
      locale: row.person.locale,
      displayName: row.person.displayName,
      role: row.role,
    }));
  }
}

function toDate(value: string | null): Date | null {
  return value === null ? null : new Date(`${value}T00:00:00.000Z`);
}

function toPartnership(row: Row): Partnership {
  return {
    id: row.id,
    name: row.name,
    region: row.region,
    sectors: row.sectors,
    reviewType: row.reviewType,
    visitDate: row.visitDate ? row.visitDate.toISOString().slice(0, 10) : null,
    updatesChannelId: row.updatesChannelId,
    wordLimitPerWaarborg: row.wordLimitPerWaarborg,
    version: row.version,
  };
}
