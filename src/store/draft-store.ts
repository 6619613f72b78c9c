// The draft entries of one tenant (src/domain/draft/entry.ts).
import type { Versioned } from '../core/versioned';
import type { DraftEntry, DraftRepository, SaveDraftEntry } from '../domain/draft';
import type { Prisma } from './generated/client';

type Tx = Prisma.TransactionClient;

const withEditor = { editedBy: { select: { displayName: true } } } as const;
type Row = Prisma.DraftEntryGetPayload<{ include: typeof withEditor }>;

export class DraftStore implements DraftRepository {
  constructor(
    private readonly tx: Tx,
    private readonly tenantId: string,
  ) {}

  async save(input: SaveDraftEntry): Promise<Versioned<DraftEntry>> {
    const { expected, partnershipId, itemId, ...data } = input;
    if (expected === 'absent') {
      // A concurrent first save makes this insert skip the unique key; report it as a conflict.
      const inserted = await this.tx.draftEntry.createMany({
        data: [{ ...data, partnershipId, itemId, tenantId: this.tenantId }],
        skipDuplicates: true,
      });
      if (inserted.count === 0) return { ok: false, conflict: await this.get(partnershipId, itemId) };
    } else {
      const { count } = await this.tx.draftEntry.updateMany({
        where: { tenantId: this.tenantId, partnershipId, itemId, version: expected },
        data: { ...data, version: { increment: 1 } },
      });
      if (count === 0) return { ok: false, conflict: await this.get(partnershipId, itemId) };
    }
    const saved = await this.get(partnershipId, itemId);
    if (!saved) throw new Error(`draft entry ${itemId} was saved but cannot be read back`);
    return { ok: true, saved };
  }

  async get(partnershipId: string, itemId: string): Promise<DraftEntry | null> {
    const row = await this.tx.draftEntry.findFirst({ where: { tenantId: this.tenantId, partnershipId, itemId }, include: withEditor });
    return row ? toEntry(row) : null;
  }

  async list(partnershipId: string): Promise<DraftEntry[]> {
    const rows = await this.tx.draftEntry.findMany({ where: { tenantId: this.tenantId, partnershipId }, include: withEditor });
    return rows.map(toEntry);
  }
}

function toEntry(row: Row): DraftEntry {
  return {
    waarborgId: row.waarborgId,
    itemId: row.itemId,
    text: row.text,
    sourceContributionIds: row.sourceContributionIds,
    editedById: row.editedById,
    editorName: row.editedBy.displayName,
    version: row.version,
    updatedAt: row.updatedAt,
  };
}
