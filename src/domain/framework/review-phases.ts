import type { Review } from './schema';
import { dusiVerslag, kwaliteitskader } from './sources';

/**
 * The two kinds of peer review and their phases:
 * - development-oriented (ontwikkelingsgericht), Kwaliteitskader hoofdstuk 3;
 * - assessment-oriented (beoordelingsgericht), as DUS-I ran it in 2024 (verslag hoofdstuk 2).
 */

const PROCESS = 'hoofdstuk 3.2 Het proces';
const DUSI_INTRO = 'hoofdstuk 2 Beoordelingsgerichte peer review, Inleiding';
const DUSI_VISITS = 'hoofdstuk 2, Bevindingen, Bezoekdagen';

const developmentOrientedReview: Review = {
  id: 'development-oriented',
  name: { nl: 'Ontwikkelingsgerichte peer review', en: 'Development-oriented peer review' },
  description: {
    nl: 'Een open dialoog, op basis van vertrouwen en gelijkwaardigheid, tussen de ontvangende Onderwijsregio met haar partnerschap(pen) en een bezoekend panel uit één andere regio. Doel is kwaliteitsborging en -ontwikkeling, zonder oordeel; de review veronderstelt basiskwaliteit. De ontvangende regio en partnerschappen zijn eigenaar van proces en inhoud.',
    en: 'An open dialogue, based on trust and equality, between the receiving education region with its partnership(s) and a visiting panel from one other region. Its aim is quality assurance and development, without a verdict; it presupposes basic quality. The receiving region and partnerships own both process and content.',
  },
  timing: { every: { amount: 4, unit: 'years' } },
  phases: [
    {
      id: 'development-oriented.preparation',
      name: { nl: 'Voorbereidende fase', en: 'Preparation phase' },
      description: {
        nl: 'De ontvangende regio bereidt met haar partnerschap(pen) de peer review gedegen voor.',
        en: 'The receiving region and its partnership(s) prepare the peer review thoroughly.',
      },
      steps: [
        {
          id: 'development-oriented.preparation.critical-reflection',
          text: {
            nl: "Schrijf een kritische reflectie op de vier waarborgen, per partnerschap of voor alle partnerschappen samen, mede op basis van eerdere peer reviews en de centrale thema's rond Samen Opleiden in de regio.",
            en: 'Write a critical reflection on the four waarborgen, per partnership or for all partnerships together, drawing also on earlier peer reviews and the central themes around Samen Opleiden in the region.',
          },
          source: kwaliteitskader(`${PROCESS}, Voorbereidende fase`),
        },
        {
          id: 'development-oriented.preparation.questions',
          text: {
            nl: 'Formuleer de vraagstukken die je met het bezoekend panel wilt bespreken.',
            en: 'Formulate the questions (vraagstukken) you want to discuss with the visiting panel.',
          },
          source: kwaliteitskader(`${PROCESS}, Voorbereidende fase`),
        },
        {
          id: 'development-oriented.preparation.participants',
          text: {
            nl: 'Bepaal samen, op basis van de vraagstukken, wie deelneemt; zorg voor brede deelname van alle belanghebbenden bij Samen Opleiden.',
            en: 'Decide together, based on the questions, who takes part; ensure broad participation of all stakeholders in Samen Opleiden.',
          },
          source: kwaliteitskader(`${PROCESS}, Voorbereidende fase`),
        },
        {
          id: 'development-oriented.preparation.panel',
          text: {
            nl: 'Spreek af welke Onderwijsregio het bezoekend panel levert en welke expertise het panel gezien de vraagstukken nodig heeft.',
            en: 'Agree which education region provides the visiting panel and which expertise the panel needs given the questions.',
          },
          source: kwaliteitskader(`${PROCESS}, Voorbereidende fase`),
        },
        {
          id: 'development-oriented.preparation.programme',
          text: {
            nl: 'Stel een programma op dat ruimte geeft voor dialoog en recht doet aan de vraagstukken en de expertise van bezoekers en ontvangers.',
            en: 'Draw up a programme that leaves room for dialogue and does justice to the questions and to the expertise of both the visiting panel and the receiving side.',
          },
          source: kwaliteitskader(`${PROCESS}, Voorbereidende fase`),
        },
        {
          id: 'development-oriented.preparation.send',
          text: {
            nl: 'Rond de fase af door de kritische reflectie en het programma naar het bezoekend panel te sturen.',
            en: 'Close the phase by sending the critical reflection and the programme to the visiting panel.',
          },
          source: kwaliteitskader(`${PROCESS}, Voorbereidende fase`),
        },
        {
          id: 'development-oriented.preparation.panel-input',
          text: {
            nl: 'Het bezoekend panel bespreekt reflectie en vraagstukken en bereidt input en vragen voor de gesprekken voor.',
            en: 'The visiting panel discusses the reflection and the questions and prepares input and questions for the conversations.',
          },
          source: kwaliteitskader(`${PROCESS}, Voorbereidende fase`),
        },
      ],
      source: kwaliteitskader(`${PROCESS}, Voorbereidende fase`),
    },
    {
      id: 'development-oriented.execution',
      name: { nl: 'Uitvoerende fase', en: 'Execution phase' },
      description: {
        nl: 'Het bezoek: dialoogrondes tussen ontvangers en bezoekers, die beiden er nieuwe inzichten aan overhouden.',
        en: 'The visit: rounds of dialogue between the receiving side and the visiting panel, both of which gain new insights.',
      },
      steps: [
        {
          id: 'development-oriented.execution.dialogue',
          text: {
            nl: 'In meerdere dialoogrondes vormen ontvangers en bezoekers zich een beeld van de vraagstukken en komen ze via een gezamenlijke analyse tot verbetermogelijkheden.',
            en: 'In several rounds of dialogue, the receiving side and the visiting panel form a picture of the questions and, through joint analysis, arrive at possible improvements.',
          },
          source: kwaliteitskader(`${PROCESS}, Uitvoerende fase`),
        },
        {
          id: 'development-oriented.execution.reflection',
          text: {
            nl: 'Tussendoor reflecteren ontvangers en bezoekers op wat de inzichten betekenen voor Samen Opleiden in de regio.',
            en: 'In between, the receiving side and the visiting panel reflect on what the insights mean for Samen Opleiden in the region.',
          },
          source: kwaliteitskader(`${PROCESS}, Uitvoerende fase`),
        },
        {
          id: 'development-oriented.execution.closing',
          text: {
            nl: 'De uitvoering eindigt met een gezamenlijke afsluiting waarin conclusies, reflecties, adviezen en mogelijke oplossingsrichtingen worden gedeeld.',
            en: 'The visit ends with a joint closing in which conclusions, reflections, advice and possible directions for solutions are shared.',
          },
          source: kwaliteitskader(`${PROCESS}, Uitvoerende fase`),
        },
      ],
      source: kwaliteitskader(`${PROCESS}, Uitvoerende fase`),
    },
    {
      id: 'development-oriented.wrap-up',
      name: { nl: 'Afrondende fase', en: 'Wrap-up phase' },
      description: {
        nl: 'Verslag, actiepunten en het delen van de opbrengsten.',
        en: 'Report, action points and sharing the results.',
      },
      steps: [
        {
          id: 'development-oriented.wrap-up.report',
          text: {
            nl: 'De ontvangende regio schrijft binnen twee weken na de peer review een verslag en stuurt dat naar de voorzitter van het bezoekend panel voor opmerkingen, aanvullingen en feedback.',
            en: 'Within two weeks of the peer review, the receiving region writes a report and sends it to the chair of the visiting panel for comments, additions and feedback.',
          },
          timing: { within: { amount: 2, unit: 'weeks' } },
          source: kwaliteitskader(`${PROCESS}, Afrondende fase`),
        },
        {
          id: 'development-oriented.wrap-up.final-report',
          text: {
            nl: 'Daarna maakt de ontvangende regio het verslag definitief.',
            en: 'The receiving region then finalises the report.',
          },
          source: kwaliteitskader(`${PROCESS}, Afrondende fase`),
        },
        {
          id: 'development-oriented.wrap-up.action-points',
          text: {
            nl: 'Regio en partnerschap(pen) stellen (gezamenlijke) actiepunten op voor de komende vier jaar en zorgen dat conclusies en actiepunten bij alle partnerschappen in de regio landen.',
            en: 'The region and its partnership(s) set (joint) action points for the next four years and make sure conclusions and action points reach all partnerships in the region.',
          },
          timing: { duration: { amount: 4, unit: 'years' } },
          source: kwaliteitskader(`${PROCESS}, Afrondende fase`),
        },
        {
          id: 'development-oriented.wrap-up.share-other-regions',
          text: {
            nl: 'Een partnerschap dat in meerdere regio\'s actief is, deelt de verslagen volgens vooraf gemaakte afspraken met die regio\'s.',
            en: 'A partnership active in several regions shares the reports with those regions according to agreements made beforehand.',
          },
          source: kwaliteitskader(`${PROCESS}, Afrondende fase`),
        },
        {
          id: 'development-oriented.wrap-up.panel-lessons',
          text: {
            nl: 'Leden van het bezoekend panel noteren leerpunten voor hun eigen partnerschap en delen die met hun eigen regio.',
            en: 'Members of the visiting panel note lessons for their own partnership and share them with their own region.',
          },
          source: kwaliteitskader(`${PROCESS}, Afrondende fase`),
        },
      ],
      source: kwaliteitskader(`${PROCESS}, Afrondende fase`),
    },
  ],
  safeguards: [
    {
      id: 'development-oriented.safeguard.framework',
      text: {
        nl: 'Het kwaliteitskader is de inhoudelijke basis; kader en procedures zijn helder en openbaar.',
        en: 'The quality framework is the basis for content; framework and procedures are clear and public.',
      },
      source: kwaliteitskader('hoofdstuk 3.3 Kwaliteitsborging, Kwaliteitskader en procedures'),
    },
    {
      id: 'development-oriented.safeguard.panel',
      text: {
        nl: 'Het bezoekend panel komt uit minimaal één andere Onderwijsregio; de peers hebben affiniteit met of deskundigheid in Samen Opleiden, een deel heeft ervaring met audits, en zij volgen de ondersteuning van het Platform Samen Opleiden & Professionaliseren.',
        en: 'The visiting panel comes from at least one other education region; the peers have affinity with or expertise in Samen Opleiden, some have audit experience, and they take part in the support offered by the Platform Samen Opleiden & Professionaliseren.',
      },
      source: kwaliteitskader('hoofdstuk 3.3 Kwaliteitsborging, Kwaliteitsborging bezoekend panel'),
    },
    {
      id: 'development-oriented.safeguard.facilitator',
      text: {
        nl: 'Een onafhankelijke procesbegeleider, geschoold in open dialoog en procesbewaking, begeleidt de review en kalibreert regelmatig.',
        en: 'An independent process facilitator, trained in open dialogue and guarding the process, guides the review and calibrates regularly.',
      },
      source: kwaliteitskader('hoofdstuk 3.3 Kwaliteitsborging, Procesbegeleider'),
    },
    {
      id: 'development-oriented.safeguard.national-analysis',
      text: {
        nl: 'Het Platform analyseert de opbrengsten van alle reviews landelijk en maakt die analyse openbaar.',
        en: 'The Platform analyses the results of all reviews nationally and publishes that analysis.',
      },
      source: kwaliteitskader('hoofdstuk 3.3 Kwaliteitsborging, Landelijke kwaliteitsanalyse'),
    },
  ],
  source: kwaliteitskader('hoofdstuk 3.1 Ontwikkelingsgerichte peer review'),
};

const assessmentOrientedReview: Review = {
  id: 'assessment-oriented',
  name: { nl: 'Beoordelingsgerichte peer review', en: 'Assessment-oriented peer review' },
  description: {
    nl: 'Het sluitstuk van de aspirantfase: in het vierde jaar toont een aspirant-partnerschap met een zelfevaluatie basiskwaliteit en een bezoekdag aan een commissie aan dat het de basiskwaliteit op de vier waarborgen haalt. De commissie adviseert de minister; DUS-I voert het secretariaat.',
    en: 'The final step of the aspiring phase: in its fourth year an aspiring partnership shows a committee, through a self-evaluation of basic quality and a visit day, that it meets basic quality on the four waarborgen. The committee advises the minister; DUS-I acts as secretariat.',
  },
  phases: [
    {
      id: 'assessment-oriented.preparation',
      name: { nl: 'Zelfevaluatie en feedback', en: 'Self-evaluation and feedback' },
      description: {
        nl: 'Van concept-zelfevaluatie via het feedbackgesprek naar het definitieve dossier.',
        en: 'From the draft self-evaluation via the feedback conversation to the final dossier.',
      },
      steps: [
        {
          id: 'assessment-oriented.preparation.concept',
          text: {
            nl: 'Het partnerschap legt in januari een concept-zelfevaluatie basiskwaliteit voor aan het begeleidende duo van de commissie.',
            en: 'In January the partnership submits a draft self-evaluation of basic quality to its guiding pair from the committee.',
          },
          timing: { months: [1] },
          source: dusiVerslag(DUSI_INTRO),
        },
        {
          id: 'assessment-oriented.preparation.own-questions',
          text: {
            nl: 'Het partnerschap formuleert vooraf eigen vragen over de concept-zelfevaluatie (vanaf 2025 onderdeel van de procedure).',
            en: 'The partnership prepares its own questions about the draft self-evaluation beforehand (part of the procedure from 2025).',
          },
          source: dusiVerslag('hoofdstuk 2, Bevindingen, Feedbackgesprekken, Het feedbackgesprek'),
        },
        {
          id: 'assessment-oriented.preparation.feedback-conversation',
          text: {
            nl: 'In een online feedbackgesprek in januari/februari geeft het duo feedback, waarmee het partnerschap de zelfevaluatie aanscherpt.',
            en: 'In an online feedback conversation in January/February the pair gives feedback, which the partnership uses to sharpen the self-evaluation.',
          },
          timing: { months: [1, 2] },
          source: dusiVerslag(DUSI_INTRO),
        },
        {
          id: 'assessment-oriented.preparation.final-dossier',
          text: {
            nl: 'Vóór de bezoeken dient het partnerschap bij DUS-I het definitieve dossier in: de zelfevaluatie basiskwaliteit, het ID (feitelijke informatie over het partnerschap) en de samenwerkingsovereenkomst.',
            en: 'Before the visits the partnership submits the final dossier to DUS-I: the self-evaluation of basic quality, the ID (factual information about the partnership) and the cooperation agreement.',
          },
          source: dusiVerslag(DUSI_INTRO),
        },
        {
          id: 'assessment-oriented.preparation.panel-meeting',
          text: {
            nl: 'Het panel houdt een voorbereidend gesprek: de leden delen hun bevindingen en stellen een gespreksagenda voor het bezoek op.',
            en: 'The panel holds a preparatory meeting: members share their findings and set an agenda for the visit.',
          },
          source: dusiVerslag(DUSI_INTRO),
        },
        {
          id: 'assessment-oriented.preparation.rehearse',
          text: {
            nl: 'Oefen de bezoekdag kort van tevoren in een vergelijkbare setting met alle gespreksdeelnemers, om blinde vlekken te vinden (tip van eerder beoordeelde partnerschappen).',
            en: 'Rehearse the visit day shortly beforehand in a similar setting with all conversation participants, to find blind spots (tip from previously assessed partnerships).',
          },
          source: dusiVerslag('hoofdstuk 4 Evaluatie, Adviezen van beoordeelde partnerschappen'),
        },
      ],
      source: dusiVerslag(DUSI_INTRO),
    },
    {
      id: 'assessment-oriented.visit-day',
      name: { nl: 'Bezoekdag', en: 'Visit day' },
      description: {
        nl: 'Een panel van drie commissieleden voert op de bezoekdag drie gesprekken van 45 minuten met het partnerschap.',
        en: 'On the visit day a panel of three committee members holds three 45-minute conversations with the partnership.',
      },
      steps: [
        {
          id: 'assessment-oriented.visit-day.visit',
          text: {
            nl: 'Een panel van drie commissieleden bezoekt het partnerschap in april of mei, op een locatie die het partnerschap kiest.',
            en: 'A panel of three committee members visits the partnership in April or May, at a location the partnership chooses.',
          },
          timing: { months: [4, 5] },
          source: dusiVerslag(DUSI_INTRO),
        },
        {
          id: 'assessment-oriented.visit-day.presentation',
          text: {
            nl: 'Het partnerschap opent de dag met een presentatie.',
            en: 'The partnership opens the day with a presentation.',
          },
          source: dusiVerslag(DUSI_VISITS),
        },
        {
          id: 'assessment-oriented.visit-day.conversation-students',
          text: {
            nl: 'Gesprek met studenten (45 minuten).',
            en: 'Conversation with students (45 minutes).',
          },
          timing: { duration: { amount: 45, unit: 'minutes' } },
          conversationGroupId: 'students',
          source: dusiVerslag(`${DUSI_VISITS}; bijlage 4 Oefenvragen, Gesprek 1: studenten`),
        },
        {
          id: 'assessment-oriented.visit-day.conversation-teacher-educators',
          text: {
            nl: 'Gesprek met opleiders (45 minuten).',
            en: 'Conversation with teacher educators (45 minutes).',
          },
          timing: { duration: { amount: 45, unit: 'minutes' } },
          conversationGroupId: 'teacher-educators',
          source: dusiVerslag(`${DUSI_VISITS}; bijlage 4 Oefenvragen, Gesprek 2: opleiders`),
        },
        {
          id: 'assessment-oriented.visit-day.conversation-board-members',
          text: {
            nl: 'Gesprek met bestuurders (45 minuten).',
            en: 'Conversation with board members (45 minutes).',
          },
          timing: { duration: { amount: 45, unit: 'minutes' } },
          conversationGroupId: 'board-members',
          source: dusiVerslag(`${DUSI_VISITS}; bijlage 4 Oefenvragen, Gesprek 3: bestuurders`),
        },
        {
          id: 'assessment-oriented.visit-day.closing',
          text: {
            nl: 'Het panel sluit af met een dankwoord en uitleg over de verdere procedure; een oordeel volgt niet op de dag zelf.',
            en: 'The panel closes with thanks and an explanation of the further procedure; no verdict is given on the day itself.',
          },
          source: dusiVerslag(DUSI_VISITS),
        },
        {
          id: 'assessment-oriented.visit-day.preliminary-advice',
          text: {
            nl: 'Na het bezoek stelt het panel een voorlopig advies op: elk panellid geeft aan of de basiskwaliteit aanwezig is; bij een unaniem oordeel wordt het advies per waarborg onderbouwd met de vier beoordelingscriteria.',
            en: 'After the visit the panel drafts a preliminary advice: each member states whether basic quality is present; when they agree unanimously, the advice is substantiated per waarborg against the four assessment criteria.',
          },
          source: dusiVerslag(DUSI_VISITS),
        },
      ],
      source: dusiVerslag(DUSI_VISITS),
    },
    {
      id: 'assessment-oriented.decision',
      name: { nl: 'Besluit en afronding', en: 'Decision and wrap-up' },
      description: {
        nl: 'Van voorlopig advies naar het besluit van de minister en een afrondend gesprek.',
        en: "From preliminary advice to the minister's decision and a closing conversation.",
      },
      steps: [
        {
          id: 'assessment-oriented.decision.assessment-meeting',
          text: {
            nl: 'In de beoordelingsvergadering vergelijkt de commissie alle voorlopige adviezen en stelt ze definitief vast.',
            en: 'In the assessment meeting the committee compares all preliminary advices and finalises them.',
          },
          source: dusiVerslag('hoofdstuk 2, Bevindingen, De beoordelingsvergadering'),
        },
        {
          id: 'assessment-oriented.decision.minister',
          text: {
            nl: 'De adviezen gaan naar de minister; het partnerschap ontvangt de uitkomst enkele weken na de bezoekdag per brief.',
            en: 'The advices go to the minister; the partnership receives the outcome by letter a few weeks after the visit day.',
          },
          source: dusiVerslag('hoofdstuk 2, Bevindingen, De beoordelingsvergadering; hoofdstuk 4 Evaluatie, Bezoekdagen'),
        },
        {
          id: 'assessment-oriented.decision.closing-conversation',
          text: {
            nl: 'In een afrondend adviesgesprek licht de voorzitter van het panel het advies toe, als handvat voor de volgende ontwikkelfase.',
            en: 'In a closing advice conversation the panel chair explains the advice, as a handle for the next development phase.',
          },
          source: dusiVerslag('hoofdstuk 2, Bevindingen, Afrondende adviesgesprekken'),
        },
        {
          id: 'assessment-oriented.decision.recognition',
          text: {
            nl: 'Wie de basiskwaliteit aantoont, sluit de aspirantfase af en is daarna officieel opleidingsschool (partnerschap Samen Opleiden & Professionaliseren).',
            en: 'A partnership that shows basic quality completes the aspiring phase and is then officially a recognised partnership (opleidingsschool).',
          },
          source: dusiVerslag('hoofdstuk 1 Achtergrondinformatie, De beoordelingsgerichte peer review'),
        },
      ],
      source: dusiVerslag('hoofdstuk 2, Bevindingen'),
    },
  ],
  source: dusiVerslag('hoofdstuk 1 Achtergrondinformatie, De beoordelingsgerichte peer review; hoofdstuk 2 Beoordelingsgerichte peer review'),
};

export const reviews: Review[] = [developmentOrientedReview, assessmentOrientedReview];
