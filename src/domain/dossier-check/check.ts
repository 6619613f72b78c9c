// The dossier check a coordinator runs before sending: the draft read the way
// the committee reads it. It adds no rules of its own: the criteria and the
// wish sentences are the coaching's (`analyseAnswer`), the divergences the
// consistency check's (`checkItem`), fed with reflections and drill answers.
import { limits } from '../../core/limits';
import { analyseAnswer } from '../coaching';
import { answersByItem, checkItem, type ContributionLike, type GroupAnswer } from '../consistency';
import type { DraftWaarborg } from '../draft';
import { conversationOfGroup, type DrillGroupId, itemsNamedIn, type OwnDrillGroup } from '../drills';
import { ASSESSMENT_CRITERION_IDS, type WaarborgId } from '../framework';
import { conversationGroupOf, type PartnerRole } from '../partnership';
import type { CriterionCell, Divergence, DossierCheck, WaarborgCheck, WishSentence } from './types';

/** What the check needs of a stored drill answer (the store's DrillAnswerRecord fits). */
export interface DrillAnswerLike {
  personId: string;
  questionId: string;
  authorName: string;
  role: PartnerRole;
  groupId: DrillGroupId;
  waarborgId: WaarborgId;
  text: string;
}

export interface DossierCheckInput {
  /** The compiled draft's waarborgen (`compileDraft`): items, states and chosen texts. */
  waarborgen: readonly Pick<DraftWaarborg, 'id' | 'items'>[];
  contributions: readonly ContributionLike[];
  /** Oldest first, as the store lists them: a later answer to the same question replaces an earlier one. */
  drillAnswers: readonly DrillAnswerLike[];
  /** The partnership's own drill groups, to place their answers in a visit-day conversation. */
  ownGroups: readonly OwnDrillGroup[];
}

export function dossierCheck(input: DossierCheckInput): DossierCheck {
  const answers = answersPerItem(input);
  return {
    waarborgen: input.waarborgen.map(checkWaarborg),
    divergences: input.waarborgen.flatMap((w) =>
      w.items.flatMap((item): Divergence[] =>
        checkItem({ waarborgId: w.id, itemId: item.id, answers: answers.get(item.id) ?? [] }).contradictions.map((contradiction) => ({
          itemId: item.id,
          waarborgId: w.id,
          contradiction,
        })),
      ),
    ),
  };
}

function checkWaarborg(w: Pick<DraftWaarborg, 'id' | 'items'>): WaarborgCheck {
  const cells: CriterionCell[] = ASSESSMENT_CRITERION_IDS.map((criterion) => ({ criterion, met: [], unmet: [] }));
  const wishes: WishSentence[] = [];
  const chosen = w.items.filter((item) => item.state === 'chosen');
  for (const item of chosen) {
    // The same cut as the draft's own assessment, so the counts are the status's readiness matrix.
    const analysis = analyseAnswer(item.chosenText.slice(0, limits.maxTextLength), { waarborgId: w.id });
    for (const cell of cells) {
      const missed = analysis.missingCriteria.find((c) => c.id === cell.criterion);
      if (missed) cell.unmet.push({ itemId: item.id, reason: missed.reason });
      else cell.met.push(item.id);
    }
    const bySentence = new Map<number, WishSentence>();
    for (const hit of analysis.intentions) {
      const wish = bySentence.get(hit.sentence.index);
      if (wish) wish.words.push(hit.phrase);
      else bySentence.set(hit.sentence.index, { itemId: item.id, sentence: hit.sentence.text.trim(), words: [hit.phrase] });
    }
    wishes.push(...bySentence.values());
  }
  return {
    waarborgId: w.id,
    chosen: chosen.map((item) => item.id),
    unchosen: w.items.filter((item) => item.state !== 'chosen').map((item) => item.id),
    cells,
    wishes,
  };
}

/**
 * Per item: the reflections written for it, and the drill answers that touch it (name
 * its key terms), each in the visit-day conversation of its author. Of several drill
 * answers of one person to one question only the latest counts: practising is allowed
 * to change one's answer.
 */
function answersPerItem(input: DossierCheckInput): Map<string, GroupAnswer[]> {
  const byItem = new Map<string, GroupAnswer[]>();
  for (const [itemId, answers] of answersByItem(input.contributions)) {
    byItem.set(itemId, answers.map((a) => ({ ...a, source: 'reflection' })));
  }
  const latest = new Map<string, DrillAnswerLike>();
  for (const a of input.drillAnswers) {
    const key = `${a.personId}:${a.questionId}`;
    latest.delete(key);
    latest.set(key, a);
  }
  for (const a of latest.values()) {
    const group = conversationOfGroup(a.groupId, input.ownGroups) ?? conversationGroupOf(a.role);
    for (const itemId of itemsNamedIn(a.text, a.waarborgId)) {
      byItem.set(itemId, [...(byItem.get(itemId) ?? []), { group, author: a.authorName, text: a.text, source: 'drill' }]);
    }
  }
  return byItem;
}
