import type { KeyTerm, KeyTermId } from './types';

/**
 * The key concepts of each "wat moet minimaal zichtbaar zijn" item: two answers
 * can only contradict each other when they speak about the same concept. Chosen by
 * hand from the item texts (Kwaliteitskader ch. 2), nouns only: verbs such as
 * "vastgelegd" are shared by too many items to tell what an answer is about.
 * Patterns are folded (lower case, no diacritics); see `KeyTerm`.
 */
const TERMS = {
  beroepsbeeld: {
    id: 'beroepsbeeld',
    patterns: ['beroepsbeeld', 'beeld van het beroep', 'beeld van de leraar', 'image of the profession', 'professional profile'],
  },
  bekwaamheden: {
    id: 'bekwaamheden',
    patterns: ['bekwaam', 'competentie', 'competenc'],
    except: ['onbekwaam'],
  },
  leeruitkomsten: {
    id: 'leeruitkomsten',
    patterns: ['leeruitkomst', 'learning outcome'],
  },
  visie: {
    id: 'visie',
    patterns: ['visie', 'vision'],
    // Words that merely contain "visie"; "supervisie" is a form of coaching, not the vision.
    except: ['supervisie', 'televisie', 'revisie', 'divisie', 'provisie', 'supervision', 'television', 'revision', 'division', 'provision', 'envision'],
  },
  uitgangspunten: {
    id: 'uitgangspunten',
    patterns: ['uitgangspunt', 'principle'],
  },
  draagvlak: {
    id: 'draagvlak',
    patterns: ['draagvlak', '=gedragen', 'onderschre', 'onderschrijf', 'endorse'],
  },
  programma: {
    id: 'programma',
    patterns: ['programma', 'program', 'curricul'],
    except: ['programmeren', 'programming'],
  },
  samenwerking: {
    id: 'samenwerking',
    patterns: ['samenwerk', 'gezamenlijk', 'jointly', 'together', 'collaborat'],
  },
  doelen: {
    id: 'doelen',
    patterns: ['doelstelling', 'opleidingsdoel', 'leerdoel', '=doelen', 'objective', '=goals'],
  },
  feedback: {
    id: 'feedback',
    patterns: ['feedback', 'feedup', 'feed-up', 'terugkoppeling'],
  },
  beoordeling: {
    id: 'beoordeling',
    patterns: ['beoordel', 'toetsing', 'toetsen', 'assessment', 'assessing'],
  },
  werkplek: {
    id: 'werkplek',
    patterns: ['werkplek', 'stageschool', 'stageplek', 'stageplaats', 'workplace', 'placement school'],
  },
  begeleiding: {
    id: 'begeleiding',
    patterns: ['begeleid', 'mentor', 'coaching'],
  },
  overleg: {
    id: 'overleg',
    patterns: ['overleg', 'stuurgroep', 'werkgroep', 'consultation', 'steering group'],
  },
  besluitvorming: {
    id: 'besluitvorming',
    patterns: ['besluit', 'beslis', 'decision'],
  },
  afspraken: {
    id: 'afspraken',
    patterns: ['afspraak', 'afspraken', 'convenant', 'agreement'],
  },
  verantwoordelijkheden: {
    id: 'verantwoordelijkheden',
    patterns: ['verantwoordelijk', 'responsib', '=rol', '=rollen', 'rollenhuis', 'taakverdeling', 'taakomschrijving', '=taken', '=role', '=roles'],
  },
  structuur: {
    id: 'structuur',
    patterns: ['structuur', 'structure'],
  },
  professionalisering: {
    id: 'professionalisering',
    patterns: ['professionalis', 'professionaliz', 'professionele ontwikkeling', 'scholing', 'training', 'cursus', 'professional development', 'brlo'],
  },
  kwaliteitszorg: {
    id: 'kwaliteitszorg',
    patterns: ['kwaliteitszorg', 'kwaliteitsborging', 'kwaliteitssysteem', 'kwaliteitscyclus', 'kwaliteitsbeleid', 'pdca', 'systematiek', 'quality assurance', 'quality system', 'quality cycle'],
  },
  basiskwaliteit: {
    id: 'basiskwaliteit',
    patterns: ['basiskwaliteit', 'basic quality'],
  },
  kwaliteitsgesprek: {
    id: 'kwaliteitsgesprek',
    patterns: ['kwaliteitsgesprek', 'kwaliteitsdialoog', 'gesprek over kwaliteit', 'gesprekken over kwaliteit', 'quality conversation', 'quality dialogue', 'conversation about quality'],
  },
  evaluatie: {
    id: 'evaluatie',
    patterns: ['evalu', 'audit', 'peer review', 'peerreview', 'visitatie'],
  },
  gegevens: {
    id: 'gegevens',
    patterns: ['gegevens', '=data', 'cijfers', 'enquete', 'vragenlijst', 'survey', 'monitor'],
  },
  verbetering: {
    id: 'verbetering',
    patterns: ['verbeter', 'vervolgstap', 'actiepunt', 'bijstel', 'bijgesteld', 'improv'],
  },
} as const satisfies { [Id in KeyTermId]: KeyTerm & { id: Id } };

/** Key terms per minimum item id, most telling first. */
const ITEM_TERMS: Readonly<Record<string, readonly KeyTermId[]>> = {
  'lerende-leraar.minimum.1': ['beroepsbeeld', 'bekwaamheden', 'leeruitkomsten'],
  'lerende-leraar.minimum.2': ['visie', 'bekwaamheden', 'leeruitkomsten'],
  'lerende-leraar.minimum.3': ['uitgangspunten', 'beroepsbeeld', 'visie'],
  'lerende-leraar.minimum.4': ['draagvlak', 'beroepsbeeld', 'visie', 'uitgangspunten'],
  'leeromgeving.minimum.1': ['programma', 'samenwerking'],
  'leeromgeving.minimum.2': ['programma', 'samenwerking'],
  'leeromgeving.minimum.3': ['doelen', 'programma', 'feedback', 'beoordeling'],
  'leeromgeving.minimum.4': ['werkplek', 'begeleiding'],
  'organisatie.minimum.1': ['overleg', 'besluitvorming', 'afspraken', 'samenwerking'],
  'organisatie.minimum.2': ['verantwoordelijkheden', 'bekwaamheden', 'structuur'],
  'organisatie.minimum.3': ['professionalisering'],
  'kwaliteitscultuur.minimum.1': ['kwaliteitszorg', 'basiskwaliteit'],
  'kwaliteitscultuur.minimum.2': ['kwaliteitsgesprek', 'evaluatie'],
  'kwaliteitscultuur.minimum.3': ['gegevens', 'evaluatie', 'verbetering'],
};

/** The key terms of an item; [] for an item id this list does not know. */
export function keyTermsOf(itemId: string): KeyTerm[] {
  return (ITEM_TERMS[itemId] ?? []).map((id) => TERMS[id]);
}

/** Ids of the items that have key terms (for the integrity test). */
export function itemsWithKeyTerms(): string[] {
  return Object.keys(ITEM_TERMS);
}

const compiled = new Map<KeyTerm, RegExp>();

function patternOf(term: KeyTerm): RegExp {
  let pattern = compiled.get(term);
  if (!pattern) {
    const alternatives = term.patterns.map((p) => {
      const whole = p.startsWith('=');
      const body = escapeRegExp(whole ? p.slice(1) : p).replace(/ /g, String.raw`\s+`);
      // Plain patterns take the whole word around them, so compounds count and `except` can see the word.
      return whole ? body : String.raw`\p{L}*${body}\p{L}*`;
    });
    pattern = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${alternatives.join('|')})(?![\p{L}\p{N}])`, 'gu');
    compiled.set(term, pattern);
  }
  return pattern;
}

/** Whether the folded text names the term (outside its `except` words). */
export function mentions(folded: string, term: KeyTerm): boolean {
  for (const match of folded.matchAll(patternOf(term))) {
    if (!term.except?.includes(match[0])) return true;
  }
  return false;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
