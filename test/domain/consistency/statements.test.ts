// How one answer is read: the stretches that name a key term, each with the
// stance it takes and the words that show it.
import { describe, expect, it } from 'vitest';
import { keyTermsOf, readStatements } from '../../../src/domain/consistency';

const read = (text: string, itemId = 'leeromgeving.minimum.3') =>
  readStatements({ group: 'students', author: 'Sam', text }, 'leeromgeving', keyTermsOf(itemId)).map((s) => [s.stance, s.termIds, s.cue]);

describe('readStatements', () => {
  it('reads practice, absence and intention per sentence', () => {
    expect(read('We krijgen feedback na elk lesbezoek. De beoordeling is nog niet vastgelegd. We willen de doelstellingen herzien.')).toEqual([
      ['present', ['feedback'], undefined],
      ['absent', ['beoordeling'], 'nog niet'],
      ['intention', ['doelen'], 'We willen'],
    ]);
  });

  it('reads the parts of a sentence that turns on its own', () => {
    expect(read('Er is geen gezamenlijk programma, wel feedback van de mentor.')).toEqual([
      ['absent', ['programma'], 'geen'],
      ['present', ['feedback'], undefined],
    ]);
    expect(read('Feedback krijgen we, maar de beoordeling ontbreekt.')).toEqual([
      ['present', ['feedback'], undefined],
      ['absent', ['beoordeling'], 'ontbreekt'],
    ]);
  });

  it('treats a negation as the stronger signal when a sentence also holds an intention', () => {
    expect(read('We willen feedback geven, want die is er nog niet.')).toEqual([['absent', ['feedback'], 'nog niet']]);
  });

  it('leaves out questions, quoted speech and sentences without key terms', () => {
    expect(read('Krijgen we geen feedback? Een student: "ik kreeg geen feedback". Het was een mooie dag.')).toEqual([]);
  });

  it('reads English negations and intentions', () => {
    expect(read("We don't get feedback. We will introduce an assessment rubric.")).toEqual([
      ['absent', ['feedback'], "don't"],
      ['intention', ['beoordeling'], 'We will'],
    ]);
  });
});
