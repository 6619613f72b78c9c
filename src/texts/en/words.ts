// Small English sentence helpers shared by the text sections.
import { listWith } from '../words';

/** "a", "a and b", "a, b and c". */
export const list = listWith('and');
