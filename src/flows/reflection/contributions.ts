// What has been written so far: the person's own answers per item, what others
// in the partnership wrote, and the person's progress per waarborg.
import { framework, type Waarborg } from '../../domain/framework';
import type { Contribution } from '../../domain/partnership';
import type { TurnContext } from '../context';

export interface WaarborgContributions {
  /** The person's own answer per item id. */
  mine: Map<string, Contribution>;
  /** Everyone else's, per item id, oldest first. */
  others: Map<string, Contribution[]>;
}

export async function contributionsTo(ctx: TurnContext, partnershipId: string, waarborgId: string): Promise<WaarborgContributions> {
  const all = await ctx.scope.contributions.list(partnershipId, { waarborgId });
  const mine = new Map<string, Contribution>();
  const others = new Map<string, Contribution[]>();
  for (const c of all) {
    if (c.personId === ctx.person.id) mine.set(c.itemId, c);
    else others.set(c.itemId, [...(others.get(c.itemId) ?? []), c]);
  }
  return { mine, others };
}

export interface WaarborgProgress {
  waarborg: Waarborg;
  /** Minimum items the person answered. */
  done: number;
  total: number;
  /** Contributions by other people to this waarborg. */
  others: number;
  /** The items of this waarborg the person answered. */
  answered: ReadonlySet<string>;
}

export async function progressPerWaarborg(ctx: TurnContext, partnershipId: string): Promise<WaarborgProgress[]> {
  const all = await ctx.scope.contributions.list(partnershipId);
  return framework.waarborgen.map((waarborg) => {
    const itemIds = new Set(waarborg.minimumItems.map((item) => item.id));
    const here = all.filter((c) => c.waarborgId === waarborg.id && itemIds.has(c.itemId));
    const mine = here.filter((c) => c.personId === ctx.person.id);
    return {
      waarborg,
      done: mine.length,
      answered: new Set(mine.map((c) => c.itemId)),
      total: itemIds.size,
      others: here.filter((c) => c.personId !== ctx.person.id).length,
    };
  });
}
