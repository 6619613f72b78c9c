// The four assessment criteria for one answer: ✓ or ✗ each, with the reason in words.
import type { Locale } from '../../core/turn';
import { ASSESSMENT_CRITERION_IDS, framework, getWaarborg, WAARBORG_IDS } from '../../domain/framework';
import type { Analysis, CriterionResult } from '../../domain/coaching';
import type { Texts } from '../../texts';

export function criteriaLines(analysis: Analysis, texts: Texts, locale: Locale): string {
  const t = texts.reflection;
  return ASSESSMENT_CRITERION_IDS.map((id) => {
    const covered = analysis.criteria.find((c) => c.id === id);
    const result = (covered ?? analysis.missingCriteria.find((c) => c.id === id))!;
    const name = framework.assessment.criteria.find((c) => c.id === id)!.name[locale];
    return t.criterionLine(Boolean(covered), name, reason(result, analysis, texts, locale));
  }).join('\n');
}

function reason(result: CriterionResult, analysis: Analysis, texts: Texts, locale: Locale): string {
  const t = texts.reflection;
  if (result.reason === 'links-other-waarborg') {
    // Only the links in the sentences the criterion rests on (not those in a plan).
    const linked = WAARBORG_IDS.filter((id) =>
      analysis.coherenceMentions.some((m) => m.waarborgId === id && result.sentenceIndices.includes(m.sentenceIndex)),
    );
    if (linked.length > 0) return t.linkedWith(linked.map((id) => getWaarborg(id)?.name[locale] ?? id));
  }
  if (result.reason === 'negated' || result.reason === 'not-yet') {
    // Quote the words it noticed: the first negation in the sentences the reason rests on.
    const hit = analysis.negations.find((n) => n.kind !== 'only' && result.sentenceIndices.includes(n.sentenceIndex));
    if (hit) return result.reason === 'negated' ? t.negatedWith(hit.text) : t.notYetWith(hit.text);
  }
  return t.reasons[result.reason];
}
