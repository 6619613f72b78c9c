// The coaching analysis of a stored answer.
import { limits } from '../../core/limits';
import { analyseAnswer, type Analysis } from '../../domain/coaching';
import type { WaarborgId } from '../../domain/framework';

/** Never throws on length: a stored text is at most one turn long, but a row may come from elsewhere. */
export function analyse(text: string, waarborgId: WaarborgId): Analysis {
  return analyseAnswer(text.slice(0, limits.maxTextLength), { waarborgId });
}
