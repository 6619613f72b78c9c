// The contributions of one tenant (src/domain/partnership/contribution.ts).
import type { Versioned } from '../core/versioned';
import type { Contribution, ContributionRepository, SaveContribution } from '../domain/partnership';
import type { Prisma } from './generated/client';

type Tx = Prisma.TransactionClient;

const withAuthor = { person: { select: { displayName: true } } } as const;
type Row = Prisma.ContributionGetPayload<{ include: typeof withAuthor }>;

export class ContributionStore implements ContributionRepository {
  constructor(
    private readonly tx: Tx,
    private readonly tenantId: string,
  ) {}

  async save(input: SaveContribution): Promise<Versioned<Contribution>> {
    const { expected, ...data } = input;
    const key = { partnershipId: input.partnershipId, itemId: input.itemId, personId: input.personId };
    if (expected === 'absent') {
      // An answer made elsewhere in the meantime keeps this insert from happening; report it as a conflict.
      const inserted = await this.tx.contribution.createMany({ data: [{ ...data, tenantId: this.tenantId }], skipDuplicates: true });
      if (inserted.count === 0) return { ok: false, conflict: await this.find(input.partnershipId, input.personId, input.itemId) };
    } else {
      const { count } = await this.tx.contribution.updateMany({
        where: { ...key, tenantId: this.tenantId, version: expected },
        data: { text: input.text, role: input.role, version: { increment: 1 } },
      });
      if (count === 0) return { ok: false, conflict: await this.find(input.partnershipId, input.personId, input.itemId) };
    }
    const saved = await this.find(input.partnershipId, input.personId, input.itemId);
    if (!saved) throw new Error(`contribution to ${input.itemId} was saved but cannot be read back`);
    return { ok: true, saved };
  }

  async find(partnershipId: string, personId: string, itemId: string): Promise<Contribution | null> {
    const row = await this.tx.contribution.findFirst({
      where: { tenantId: this.tenantId, partnershipId, personId, itemId },
      include: withAuthor,
    });
    return row ? toContribution(row) : null;
  }

  async list(partnershipId: string, filter: { waarborgId?: string; itemId?: string; personId?: string } = {}): Promise<Contribution[]> {
    const rows = await this.tx.contribution.findMany({
      where: { tenantId: this.tenantId, partnershipId, ...filter },
      include: withAuthor,
      orderBy: { createdAt: 'asc' },
    });
    return rows.map(toContribution);
  }

  async declineFollowUp(id: string, followUpId: string): Promise<void> {
    const row = await this.tx.contribution.findFirst({ where: { id, tenantId: this.tenantId }, select: { declinedFollowUps: true } });
    if (!row || row.declinedFollowUps.includes(followUpId)) return;
    await this.tx.contribution.updateMany({
      where: { id, tenantId: this.tenantId },
      data: { declinedFollowUps: { push: followUpId } },
    });
  }
}

function toContribution(row: Row): Contribution {
  return {
    id: row.id,
    personId: row.personId,
    authorName: row.person.displayName,
    role: row.role,
    waarborgId: row.waarborgId,
    itemId: row.itemId,
    text: row.text,
    declinedFollowUps: row.declinedFollowUps,
    version: row.version,
    updatedAt: row.updatedAt,
  };
}
