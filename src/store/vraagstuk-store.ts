// Vraagstukken and region leads inside one tenant
// (src/domain/partnership/vraagstuk.ts and region.ts).
import { foldCase } from '../core/text';
import type { RegionLeadRepository, Vraagstuk, VraagstukRepository } from '../domain/partnership';
import type { Prisma } from './generated/client';

type Tx = Prisma.TransactionClient;

export class VraagstukStore implements VraagstukRepository {
  constructor(
    private readonly tx: Tx,
    private readonly tenantId: string,
  ) {}

  async propose(partnershipId: string, personId: string, text: string): Promise<Vraagstuk> {
    const created = await this.tx.vraagstuk.create({ data: { tenantId: this.tenantId, partnershipId, proposedById: personId, text }, select: { id: true } });
    const all = await this.list(partnershipId);
    return all.find((v) => v.id === created.id)!;
  }

  async list(partnershipId: string): Promise<Vraagstuk[]> {
    const rows = await this.tx.vraagstuk.findMany({
      where: { tenantId: this.tenantId, partnershipId },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      include: { proposedBy: { select: { displayName: true } } },
    });
    return rows.map((row, index) => ({
      id: row.id,
      number: index + 1,
      text: row.text,
      proposedBy: row.proposedBy.displayName,
      selected: row.selected,
      position: row.position,
    }));
  }

  async select(partnershipId: string, orderedIds: readonly string[]): Promise<void> {
    await this.tx.vraagstuk.updateMany({ where: { tenantId: this.tenantId, partnershipId }, data: { selected: false, position: null } });
    for (const [index, id] of orderedIds.entries()) {
      await this.tx.vraagstuk.updateMany({ where: { id, tenantId: this.tenantId, partnershipId }, data: { selected: true, position: index + 1 } });
    }
  }
}

export class RegionLeadStore implements RegionLeadRepository {
  constructor(
    private readonly tx: Tx,
    private readonly tenantId: string,
  ) {}

  async appoint(region: string, displayName: string): Promise<boolean> {
    const people = await this.tx.person.findMany({ where: { tenantId: this.tenantId }, select: { id: true, displayName: true } });
    const wanted = foldCase(displayName.trim());
    const found = people.filter((p) => foldCase(p.displayName) === wanted);
    if (found.length !== 1) return false;
    await this.tx.regionLead.createMany({ data: [{ tenantId: this.tenantId, personId: found[0]!.id, region }], skipDuplicates: true });
    return true;
  }

  async regionsOf(personId: string): Promise<string[]> {
    const rows = await this.tx.regionLead.findMany({ where: { tenantId: this.tenantId, personId }, orderBy: { region: 'asc' }, select: { region: true } });
    return rows.map((row) => row.region);
  }
}
