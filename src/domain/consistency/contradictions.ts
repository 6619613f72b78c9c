import { CONVERSATION_GROUPS, type ConversationGroup } from '../partnership';
import type { Contradiction, ContradictionKind, Evidence, KeyTerm, KeyTermId, Stance, Statement } from './types';

/** A group's position on one key term: what its statements say, taken together. */
interface Position {
  /** `mixed`: says it is there and that it is not; `silent`: does not name the term. */
  stance: Stance | 'mixed' | 'silent';
  /** The first statement of each stance, for quoting. */
  first: Partial<Record<Stance, Statement>>;
}

/**
 * Pairs of groups that take opposite positions on the same key term: one
 * describes it as practice while the other says it is not there (yet) or not
 * known, or only states it as a plan. A group that says both (some members yes,
 * some no) has a `mixed` position and contradicts nobody: that is a conversation
 * inside the group. Two groups that both say "not yet" agree.
 * Pure and deterministic: groups in visit-day order, terms in the item's order.
 */
export function findContradictions(statements: readonly Statement[], terms: readonly KeyTerm[]): Contradiction[] {
  const found = new Map<string, Contradiction>();
  const record = (kind: ContradictionKind, inPlace: Statement, other: Statement, term: KeyTerm) => {
    const key = `${kind}|${inPlace.group}|${other.group}`;
    const existing = found.get(key);
    if (existing) existing.terms.push(term);
    else found.set(key, { kind, terms: [term], inPlace: evidence(inPlace), other: evidence(other) });
  };

  for (const [a, b] of pairs()) {
    for (const term of terms) {
      const pa = position(statements, a, term.id);
      const pb = position(statements, b, term.id);
      for (const [yes, other] of [[pa, pb], [pb, pa]] as const) {
        if (yes.stance !== 'present') continue;
        if (other.stance === 'absent') record('present-vs-absent', yes.first.present!, other.first.absent!, term);
        if (other.stance === 'intention') record('present-vs-intention', yes.first.present!, other.first.intention!, term);
      }
    }
  }
  return [...found.values()];
}

function position(statements: readonly Statement[], group: ConversationGroup, termId: KeyTermId): Position {
  const first: Position['first'] = {};
  for (const s of statements) {
    if (s.group === group && s.termIds.includes(termId)) first[s.stance] ??= s;
  }
  const stance: Position['stance'] = first.present
    ? first.absent
      ? 'mixed'
      : 'present'
    : first.absent
      ? 'absent'
      : first.intention
        ? 'intention'
        : 'silent';
  return { stance, first };
}

function pairs(): Array<[ConversationGroup, ConversationGroup]> {
  const out: Array<[ConversationGroup, ConversationGroup]> = [];
  CONVERSATION_GROUPS.forEach((a, i) => {
    for (const b of CONVERSATION_GROUPS.slice(i + 1)) out.push([a, b]);
  });
  return out;
}

function evidence(statement: Statement): Evidence {
  return {
    group: statement.group,
    author: statement.author,
    sentence: statement.sentence,
    ...(statement.cue !== undefined ? { cue: statement.cue } : {}),
    ...(statement.source !== undefined ? { source: statement.source } : {}),
  };
}
