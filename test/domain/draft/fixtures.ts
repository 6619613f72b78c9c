// A partnership with a few chosen texts and contributions, shared by the draft tests.
import { compileDraft, type ContributionInput, type DraftEntryInput } from '../../../src/domain/draft';
import type { Partnership } from '../../../src/domain/partnership';

export const partnership: Partnership = {
  id: '00000000-0000-4000-8000-000000000001',
  name: 'Opleiden in de Regio Zuid-Oost',
  region: 'Onderwijsregio Brabant',
  sectors: ['PO', 'VO'],
  reviewType: 'assessment',
  visitDate: '2027-04-14',
  updatesChannelId: null,
  wordLimitPerWaarborg: 60,
  version: 0,
};

/** Covers all four criteria, no intentions (checked against the coaching). 34 words. */
export const PRACTICE =
  'Sinds 2022 voeren de schoolopleider en de instituutsopleider elke week samen een driehoeksgesprek met de student. ' +
  'Een tweedejaars student vertelde dat ze daardoor haar lessen beter voorbereidt. We evalueren dit jaarlijks in de stuurgroep.';

/** Two intention phrases: "In de toekomst", "willen we". 8 words. */
export const INTENTION = 'In de toekomst willen we de driehoeksgesprekken uitbreiden.';

export const entries: DraftEntryInput[] = [
  { itemId: 'leeromgeving.minimum.2', text: PRACTICE, editorName: 'Coby Coördinator', version: 3 },
  { itemId: 'leeromgeving.minimum.1', text: `${PRACTICE}\n\n${INTENTION}`, editorName: 'Coby Coördinator', version: 0 },
  { itemId: 'lerende-leraar.minimum.1', text: INTENTION, editorName: 'Dirk Docent', version: 1 },
];

export const contributions: ContributionInput[] = [
  { itemId: 'leeromgeving.minimum.1', text: PRACTICE },
  { itemId: 'leeromgeving.minimum.3', text: 'Een bijdrage zonder keuze.' },
  { itemId: 'leeromgeving.minimum.3', text: 'Nog een bijdrage.' },
  { itemId: 'leeromgeving.minimum.4', text: '   ' },
  { itemId: 'onbekend.item', text: 'Hoort bij geen item.' },
];

export const DATE = new Date('2027-01-15T10:00:00Z');

export function sampleDraft(locale: 'nl' | 'en' = 'nl') {
  return compileDraft(partnership, contributions, entries, locale, { date: DATE });
}
