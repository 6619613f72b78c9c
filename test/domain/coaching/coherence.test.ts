import { describe, expect, it } from 'vitest';
import { analyseAnswer, COHERENCE_CUES, type WaarborgId } from '../../../src/domain/coaching';

const linked = (text: string, waarborgId: WaarborgId) => analyseAnswer(text, { waarborgId }).linkedWaarborgen;

describe('coherence with the other waarborgen', () => {
  it.each<[string, WaarborgId, WaarborgId[]]>([
    ['Het programma komt voort uit onze visie op opleiden.', 'leeromgeving', ['lerende-leraar']],
    ['Het beroepsbeeld is de basis van de beoordeling.', 'organisatie', ['lerende-leraar', 'leeromgeving']],
    ['Zie ook waarborg 3 en waarborg 4.', 'lerende-leraar', ['organisatie', 'kwaliteitscultuur']],
    ['De afspraken over de rolverdeling staan in het rollenhuis.', 'leeromgeving', ['organisatie']],
    ['Elk jaar evalueren we de stages en verbeteren we de kijkwijzer.', 'organisatie', ['leeromgeving', 'kwaliteitscultuur']],
    ['De PDCA-cyclus loopt elk jaar.', 'leeromgeving', ['kwaliteitscultuur']],
    ['Het curriculum is in 2022 geëvalueerd.', 'lerende-leraar', ['leeromgeving', 'kwaliteitscultuur']],
    ['The programme is evaluated every year and follows our vision.', 'organisatie', ['lerende-leraar', 'leeromgeving', 'kwaliteitscultuur']],
  ])('%j answering %s → %j', (text, waarborgId, expected) => {
    expect(linked(text, waarborgId)).toEqual(expected);
  });

  it('never counts the waarborg being answered', () => {
    const text = 'De leeromgeving, het curriculum en de begeleiding zijn samen ontwikkeld.';
    expect(linked(text, 'leeromgeving')).toEqual([]);
    expect(linked(text, 'organisatie')).toEqual(['leeromgeving']);
    const a = analyseAnswer(text, { waarborgId: 'leeromgeving' });
    expect(a.coherenceMentioned).toBe(false);
    expect(a.coherenceMentions).toEqual([]);
  });

  it('does not read intervisie, supervisie or televisie as "visie"', () => {
    expect(linked('Intervisie en supervisie; televisie.', 'leeromgeving')).toEqual([]);
  });

  it('has one cue per waarborg', () => {
    expect(COHERENCE_CUES.map((c) => c.waarborgId).sort()).toEqual(['kwaliteitscultuur', 'leeromgeving', 'lerende-leraar', 'organisatie']);
  });
});
