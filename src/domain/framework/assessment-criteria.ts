import type { Assessment } from './schema';
import { dusiVerslag } from './sources';

/**
 * The four assessment criteria (beoordelingscriteria) of the assessment-oriented
 * peer review (DUS-I verslag, bijlage 3), how they are applied, and what the
 * committee called decisive.
 */

const B3 = dusiVerslag('bijlage 3 Beoordelingscriteria');

export const assessment: Assessment = {
  criteria: [
    {
      id: 'concrete',
      number: 1,
      name: { nl: 'Concrete beschrijving', en: 'Concrete description' },
      description: {
        nl: 'De basiskwaliteit is per waarborg concreet beschreven.',
        en: 'The basic quality is described concretely for each waarborg.',
      },
      source: B3,
    },
    {
      id: 'coherence',
      number: 2,
      name: { nl: 'Samenhang met de andere waarborgen', en: 'Coherence with the other waarborgen' },
      description: {
        nl: 'De uitwerking van de waarborg hangt samen met die van de andere waarborgen.',
        en: 'How the waarborg is worked out is coherent with the other waarborgen.',
      },
      source: B3,
    },
    {
      id: 'practice',
      number: 3,
      name: { nl: 'Uitvoering in de praktijk', en: 'Execution in practice' },
      description: {
        nl: 'Wat beschreven is, wordt in de praktijk ook zo uitgevoerd.',
        en: 'What is described is actually carried out that way in practice.',
      },
      source: B3,
    },
    {
      id: 'jointness',
      number: 4,
      name: { nl: 'Gezamenlijkheid in de uitvoering', en: 'Jointness of execution' },
      description: {
        nl: 'De partners voeren het beschrevene samen uit.',
        en: 'The partners carry out what is described together.',
      },
      source: B3,
    },
  ],
  rules: [
    {
      id: 'assessment.rule.per-waarborg',
      text: {
        nl: 'De commissie beoordeelt de uitwerking van elke waarborg aan de hand van alle vier de criteria.',
        en: 'The committee judges how each waarborg is worked out against all four criteria.',
      },
      source: B3,
    },
    {
      id: 'assessment.rule.all-four-sufficient',
      text: {
        nl: 'Basiskwaliteit is alleen aangetoond als alle vier de waarborgen als voldoende zijn beoordeeld.',
        en: 'Basic quality is only shown when all four waarborgen are judged sufficient.',
      },
      source: B3,
    },
    {
      id: 'assessment.rule.evidence',
      text: {
        nl: 'Het advies steunt op de zelfevaluatie basiskwaliteit (één reflectie per waarborg) en op de gesprekken tijdens de bezoekdag.',
        en: 'The advice rests on the self-evaluation of basic quality (one reflection per waarborg) and on the conversations during the visit day.',
      },
      source: dusiVerslag('hoofdstuk 1 Achtergrondinformatie, De beoordelingsgerichte peer review'),
    },
  ],
  decisiveFactors: [
    {
      id: 'assessment.decisive.consistency',
      text: {
        nl: 'Consistentie tussen de waarborgen en tussen de drie gesprekken.',
        en: 'Consistency between the waarborgen and between the three conversations.',
      },
      source: dusiVerslag('hoofdstuk 4 Evaluatie, Adviezen van de commissie'),
    },
    {
      id: 'assessment.decisive.student-experience',
      text: {
        nl: 'Wat studenten in de praktijk ervaren.',
        en: 'What students experience in practice.',
      },
      source: dusiVerslag('hoofdstuk 4 Evaluatie, Adviezen van de commissie'),
    },
    {
      id: 'assessment.decisive.cooperation',
      text: {
        nl: 'De samenwerking tussen de partners.',
        en: 'The cooperation between the partners.',
      },
      source: dusiVerslag('hoofdstuk 4 Evaluatie, Adviezen van de commissie'),
    },
    {
      id: 'assessment.decisive.quality-assurance',
      text: {
        nl: 'De kwaliteitsborging.',
        en: 'Quality assurance.',
      },
      source: dusiVerslag('hoofdstuk 4 Evaluatie, Adviezen van de commissie'),
    },
  ],
};
