// Small Dutch sentence helpers shared by the text sections.
import { listWith } from '../words';

/** "a", "a en b", "a, b en c". */
export const list = listWith('en');
