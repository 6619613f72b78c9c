import type { CoachingPrompts } from '../sections/coaching';
import { list } from './words';

export const promptsNl: CoachingPrompts = {
  askAnswer: (waarborg) =>
    `Ik heb nog geen antwoord over ${waarborg}. Beschrijf in een paar zinnen hoe het nu gaat in jullie partnerschap: ` +
    'wat gebeurt er, wie doen het samen, en wat merkt de student ervan?',
  askCurrentPractice: (phrase) =>
    `Je schrijft "${phrase}". De commissie beoordeelt wat er nu al gebeurt, niet wat jullie van plan zijn. ` +
    'Wat doen jullie hier op dit moment al, en sinds wanneer?',
  askStudentExample:
    'Kun je het concreet maken met een voorbeeld van wat een student hier doet of ervaart? ' +
    'Denk aan een lesbezoek, intervisie of driehoeksgesprek: wie waren erbij, wanneer was het, en wat zei de student erover?',
  askOwnExperience:
    'Kun je een moment beschrijven dat je zelf meemaakte? Bijvoorbeeld een les, een gesprek met je werkplekbegeleider ' +
    'of een opdracht: wanneer was het, wie waren erbij, en wat leerde je ervan?',
  askPartners: (named) =>
    named.length === 0
      ? 'Wie voeren dit in de praktijk uit? Noem de rollen van school én opleiding ' +
        '(bijvoorbeeld schoolopleider, instituutsopleider, werkplekbegeleider) en wat zij samen doen.'
      : `Je noemt ${list(named)}. Hoe voeren school en opleiding dit samen uit: wie doet er van beide kanten mee, en waar werken ze samen?`,
  askCoherence: (others) =>
    `Hoe hangt dit samen met de andere waarborgen (${list(others.map((o) => o.name))})? ` +
    `Bijvoorbeeld: ${others.map((o) => o.hint).join(' Of: ')}`,
  coherenceHints: {
    'lerende-leraar': 'vanuit welke visie of welk beroepsbeeld doen jullie dit?',
    leeromgeving: 'hoe komt het terug in het programma, de begeleiding of de beoordeling van studenten?',
    organisatie: 'wie heeft welke rol, en welke afspraken en overleggen horen erbij?',
    kwaliteitscultuur: 'hoe evalueren jullie dit, en wat hebben jullie daardoor verbeterd?',
  },
  roleNames: {
    schoolopleider: 'de schoolopleider',
    instituutsopleider: 'de instituutsopleider',
    werkplekbegeleider: 'de werkplekbegeleider',
    opleidingsschool: 'de opleidingsschool',
    schoolleider: 'de schoolleider',
    lerarenopleiding: 'de lerarenopleiding',
    bestuur: 'het bestuur',
    stuurgroep: 'de stuurgroep',
    werkgroep: 'de werkgroep',
    coordinator: 'de coördinator',
    hr: 'de HR-afdeling',
    student: 'de student',
  },
  list,
};
