// The words people type for groups and waarborgen in drill commands.
import type { DrillGroupId, OwnDrillGroup } from '../../domain/drills';
import { findWaarborg, normalizeName, type WaarborgId } from '../../domain/framework';

const GROUP_WORDS: Record<string, DrillGroupId> = {
  studenten: 'students',
  student: 'students',
  students: 'students',
  opleiders: 'teacher-educators',
  opleider: 'teacher-educators',
  teachereducators: 'teacher-educators',
  educators: 'teacher-educators',
  bestuurders: 'board-members',
  bestuurder: 'board-members',
  boardmembers: 'board-members',
  board: 'board-members',
};

export function findGroup(word: string, own: readonly OwnDrillGroup[]): DrillGroupId | undefined {
  const key = normalizeName(word);
  return GROUP_WORDS[key] ?? own.find((g) => normalizeName(g.name) === key || normalizeName(g.id.slice(4)) === key)?.id;
}

/** `[groep] [waarborg]` in either order; `unknown` holds what was not understood. */
export function readGroupAndWaarborg(
  args: string,
  own: readonly OwnDrillGroup[],
): { groupId?: DrillGroupId; waarborgId?: WaarborgId; unknown?: string } {
  const words = args.split(/\s+/).filter(Boolean);
  const out: { groupId?: DrillGroupId; waarborgId?: WaarborgId; unknown?: string } = {};
  for (let i = 0; i < words.length; i++) {
    const two = words.slice(i, i + 2).join(' ');
    const w2 = words.length > i + 1 ? findWaarborg(two) : undefined;
    if (w2 && !out.waarborgId) {
      out.waarborgId = w2.id;
      i++;
      continue;
    }
    const group = findGroup(words[i]!, own);
    const waarborg = findWaarborg(words[i]!);
    if (group && !out.groupId) out.groupId = group;
    else if (waarborg && !out.waarborgId) out.waarborgId = waarborg.id;
    else return { ...out, unknown: words.slice(i).join(' ') };
  }
  return out;
}
