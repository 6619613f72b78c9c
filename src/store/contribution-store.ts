// What each person wrote per item of a waarborg. Every answer is stored the
// moment it arrives; the author and their role at that time stay with it.
import type { PartnerRole } from '../domain/partnership';
import { VersionConflictError } from './errors';
import type { Prisma } from './generated/client';

type Tx = Prisma.TransactionClient;

export interface Contribution {
  id: string;
  personId: string;
  authorName: string;
  role: PartnerRole;
  waarborgId: string;
  itemId: string;
  text: string;
  declinedFollowUps: string[];
  version: number;
  updatedAt: Date;
}

export interface SaveContribution {
  partnershipId: string;
  personId: string;
  role: PartnerRole;
  waarborgId: string;
  itemId: string;
  text: string;
  /** When revising: the version that was read; a newer one raises VersionConflictError. */
  expectedVersion?: number;
}

const withAuthor = { person: { select: { displayName: true } } } as const;
type Row = Prisma.ContributionGetPayload<{ include: typeof withAuthor }>;

export class ContributionStore {
  constructor(
    private readonly tx: Tx,
    private readonly tenantId: string,
  ) {}

  async save(input: SaveContribution): Promise<Contribution> {
    const { expectedVersion, ...data } = input;
    const key = { partnershipId: input.partnershipId, itemId: input.itemId, personId: input.personId };
    if (expectedVersion !== undefined) {
      const { count } = await this.tx.contribution.updateMany({
        where: { ...key, tenantId: this.tenantId, version: expectedVersion },
        data: { text: input.text, role: input.role, version: { increment: 1 } },
      });
      if (count === 0) {
        const current = await this.find(input.partnershipId, input.personId, input.itemId);
        if (current) throw new VersionConflictError(current);
      } else {
        return (await this.find(input.partnershipId, input.personId, input.itemId))!;
      }
    }
    const row = await this.tx.contribution.upsert({
      where: { partnershipId_itemId_personId: key },
      create: { ...data, tenantId: this.tenantId },
      update: { text: input.text, role: input.role, version: { increment: 1 } },
      include: withAuthor,
    });
    return toContribution(row);
  }

  async find(partnershipId: string, personId: string, itemId: string): Promise<Contribution | null> {
    const row = await this.tx.contribution.findFirst({
      where: { tenantId: this.tenantId, partnershipId, personId, itemId },
      include: withAuthor,
    });
    return row ? toContribution(row) : null;
  }

  /** Everything in a partnership, optionally of one waarborg, one item or one person; oldest first. */
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
