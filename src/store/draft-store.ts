// The coordinator's chosen or edited text per item: what goes into the draft.
import { VersionConflictError } from './errors';
import type { Prisma } from './generated/client';

type Tx = Prisma.TransactionClient;

export interface DraftEntry {
  waarborgId: string;
  itemId: string;
  text: string;
  sourceContributionIds: string[];
  editedById: string;
  editorName: string;
  version: number;
  updatedAt: Date;
}

export interface SaveDraftEntry {
  partnershipId: string;
  waarborgId: string;
  itemId: string;
  text: string;
  sourceContributionIds: string[];
  editedById: string;
  /** The version the editor started from; null when they saw no entry yet. */
  expectedVersion: number | null;
}

const withEditor = { editedBy: { select: { displayName: true } } } as const;
type Row = Prisma.DraftEntryGetPayload<{ include: typeof withEditor }>;

export class DraftStore {
  constructor(
    private readonly tx: Tx,
    private readonly tenantId: string,
  ) {}

  /**
   * Saves only when nobody saved this item since the editor read it: two
   * coordinators editing the same item get a conflict with the other's text.
   */
  async save(input: SaveDraftEntry): Promise<DraftEntry> {
    const { expectedVersion, partnershipId, itemId, ...data } = input;
    const current = await this.get(partnershipId, itemId);
    if ((current?.version ?? null) !== expectedVersion) throw new VersionConflictError(current);
    if (current) {
      const { count } = await this.tx.draftEntry.updateMany({
        where: { tenantId: this.tenantId, partnershipId, itemId, version: expectedVersion! },
        data: { ...data, version: { increment: 1 } },
      });
      if (count === 0) throw new VersionConflictError(await this.get(partnershipId, itemId));
    } else {
      // A concurrent first save makes this insert fail on the unique key; report it as a conflict.
      const inserted = await this.tx.draftEntry.createMany({
        data: [{ ...data, partnershipId, itemId, tenantId: this.tenantId }],
        skipDuplicates: true,
      });
      if (inserted.count === 0) throw new VersionConflictError(await this.get(partnershipId, itemId));
    }
    return (await this.get(partnershipId, itemId))!;
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
