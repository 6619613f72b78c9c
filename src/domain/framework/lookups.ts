import { framework } from './framework';
import { normalizeName } from './normalize';
import type {
  ConversationGroupId,
  DevelopmentScopeId,
  Implication,
  MinimumItem,
  PracticeQuestion,
  SelfEvaluationRequirement,
  Waarborg,
  WaarborgId,
} from './schema';

const waarborgByKey = new Map<string, Waarborg>();
for (const w of framework.waarborgen) {
  for (const name of [w.id, w.name.nl, w.name.en, ...w.aliases]) waarborgByKey.set(normalizeName(name), w);
}

/**
 * Finds a waarborg by id, Dutch or English name, or alias ("LL", "kwaliteit",
 * "Learning Environment", "waarborg 3"). Ignores case, diacritics, spaces and
 * punctuation. Returns undefined for unknown names.
 */
export function findWaarborg(nameOrAlias: string): Waarborg | undefined {
  const key = normalizeName(nameOrAlias);
  return key.length === 0 ? undefined : waarborgByKey.get(key);
}

/** The waarborg with this id; undefined when the id is not one of the four. */
export function getWaarborg(id: string): Waarborg | undefined {
  return framework.waarborgen.find((w) => w.id === id);
}

/** Every "wat moet minimaal zichtbaar zijn" item of a waarborg, in source order ([] when unknown). */
export function listMinimumItems(waarborgId: WaarborgId | string): readonly MinimumItem[] {
  return getWaarborg(waarborgId)?.minimumItems ?? [];
}

/** The minimum items linked to one theme (by theme id, e.g. `organisatie.overleg`). */
export function listMinimumItemsForTheme(themeId: string): readonly MinimumItem[] {
  return framework.waarborgen.flatMap((w) => w.minimumItems.filter((item) => item.themeIds.includes(themeId)));
}

/** What the self-evaluation must show for a waarborg (DUS-I bijlage 3). */
export function getSelfEvaluationRequirement(waarborgId: WaarborgId | string): SelfEvaluationRequirement | undefined {
  return framework.selfEvaluation.requirements.find((r) => r.waarborgId === waarborgId);
}

/** Practice questions of one visit-day conversation, optionally for one waarborg. */
export function listPracticeQuestions(
  groupId: ConversationGroupId,
  waarborgId?: WaarborgId,
): readonly PracticeQuestion[] {
  const group = framework.practiceQuestions.groups.find((g) => g.id === groupId);
  if (!group) return [];
  return waarborgId ? group.questions.filter((q) => q.waarborgId === waarborgId) : group.questions;
}

/**
 * Ch. 4 items for a waarborg. With `scope` 'induction' or 'development' the
 * items that apply to both are included too.
 */
export function listImplications(waarborgId: WaarborgId | string, scope?: DevelopmentScopeId): readonly Implication[] {
  const w = framework.inductionAndDevelopment.waarborgen.find((d) => d.waarborgId === waarborgId);
  if (!w) return [];
  if (!scope) return w.implications;
  return w.implications.filter((i) => i.scope === scope || i.scope === 'induction-and-development');
}
