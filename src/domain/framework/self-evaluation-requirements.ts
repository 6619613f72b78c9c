import type { SelfEvaluation } from './schema';
import { dusiVerslag } from './sources';

/**
 * What the zelfevaluatie basiskwaliteit must show per waarborg (DUS-I verslag,
 * bijlage 3), plus the committee's writing advice (DUS-I verslag, hoofdstuk 2 and 4).
 *
 * Bijlage 3 is a two-column table per waarborg: left "Basiskwaliteit" (what to
 * describe), right "In de zelfevaluatie basiskwaliteit laat het partnerschap zien
 * in hoeverre ..." (what the description must demonstrate).
 */

const BASIC = 'basiskwaliteit';
const SHOW = 'in de zelfevaluatie basiskwaliteit laat het partnerschap zien in hoeverre';
const b3 = (waarborg: string, column: string) => dusiVerslag(`bijlage 3 Beoordelingscriteria, ${waarborg}, ${column}`);

export const selfEvaluation: SelfEvaluation = {
  lead: {
    nl: 'In de zelfevaluatie basiskwaliteit laat het partnerschap zien in hoeverre:',
    en: 'In the self-evaluation of basic quality the partnership shows to what extent:',
  },
  requirements: [
    {
      id: 'self-evaluation.lerende-leraar',
      waarborgId: 'lerende-leraar',
      basicQuality: [
        {
          id: 'self-evaluation.lerende-leraar.basic.1',
          text: {
            nl: 'Het partnerschap heeft een expliciete visie op het opleiden van aanstaande leraren, met daarin ook een gedeelde visie op hoe leraren zich tijdens hun loopbaan ontwikkelen.',
            en: 'The partnership has an explicit vision on educating student teachers, which includes a shared vision on how teachers develop during their career.',
          },
          source: b3('Lerende leraar', BASIC),
        },
        {
          id: 'self-evaluation.lerende-leraar.basic.2',
          text: {
            nl: 'Die visie op opleiden sluit aan bij het beroepsbeeld dat het partnerschap van de leraar heeft.',
            en: "That vision on teacher education matches the partnership's image of the teaching profession.",
          },
          source: b3('Lerende leraar', BASIC),
        },
      ],
      mustShow: [
        {
          id: 'self-evaluation.lerende-leraar.show.1',
          text: {
            nl: 'Beroepsbeeld en visie op het leren en opleiden van leraren zijn concreet geformuleerd.',
            en: 'The image of the profession and the vision on teacher learning and education are formulated concretely.',
          },
          source: b3('Lerende leraar', SHOW),
        },
        {
          id: 'self-evaluation.lerende-leraar.show.2',
          text: {
            nl: 'Beroepsbeeld en visie op leren en opleiden hangen met elkaar samen.',
            en: 'The image of the profession and the vision on learning and education are coherent with each other.',
          },
          source: b3('Lerende leraar', SHOW),
        },
        {
          id: 'self-evaluation.lerende-leraar.show.3',
          text: {
            nl: 'De visie op leren en opleiden past bij Samen Opleiden.',
            en: 'The vision on learning and education fits Samen Opleiden.',
          },
          source: b3('Lerende leraar', SHOW),
        },
        {
          id: 'self-evaluation.lerende-leraar.show.4',
          text: {
            nl: 'Beroepsbeeld en visie zijn (en blijven) gedeeld met alle betrokkenen en worden in alle lagen breed gedragen.',
            en: 'The image of the profession and the vision are (and keep being) shared with everyone involved and are broadly supported at every level.',
          },
          source: b3('Lerende leraar', SHOW),
        },
      ],
      source: dusiVerslag('bijlage 3 Beoordelingscriteria, Lerende leraar'),
    },
    {
      id: 'self-evaluation.leeromgeving',
      waarborgId: 'leeromgeving',
      basicQuality: [
        {
          id: 'self-evaluation.leeromgeving.basic.1',
          text: {
            nl: 'Een gezamenlijk opleidingsprogramma voor verschillende groepen (aanstaande) leraren.',
            en: 'A joint training programme for different groups of (student) teachers.',
          },
          source: b3('Leeromgeving', BASIC),
        },
        {
          id: 'self-evaluation.leeromgeving.basic.2',
          text: {
            nl: 'Hoe dat programma in de praktijk gezamenlijk wordt uitgevoerd.',
            en: 'How that programme is carried out jointly in practice.',
          },
          source: b3('Leeromgeving', BASIC),
        },
        {
          id: 'self-evaluation.leeromgeving.basic.3',
          text: {
            nl: "Dat doelstellingen, programma's en beoordelingswijzen zijn vastgelegd.",
            en: 'That goals, programmes and ways of assessment are laid down.',
          },
          source: b3('Leeromgeving', BASIC),
        },
        {
          id: 'self-evaluation.leeromgeving.basic.4',
          text: {
            nl: 'De werkplek als professionele leeromgeving waarin aanstaande en startende leraren zich optimaal kunnen ontwikkelen.',
            en: 'The workplace as a professional learning environment in which student and starting teachers can develop to the full.',
          },
          source: b3('Leeromgeving', BASIC),
        },
      ],
      mustShow: [
        {
          id: 'self-evaluation.leeromgeving.show.1',
          text: {
            nl: "Doelstellingen, programma's en beoordelingswijzen:",
            en: 'Goals, programmes and ways of assessment:',
          },
          details: [
            { nl: 'zijn concreet uitgewerkt;', en: 'are worked out concretely;' },
            {
              nl: 'worden in de praktijk ontwikkeld en uitgevoerd door actoren van alle partners;',
              en: 'are developed and carried out in practice by actors from all partners;',
            },
            {
              nl: 'zijn een gezamenlijke verantwoordelijkheid van alle partners.',
              en: 'are a joint responsibility of all partners.',
            },
          ],
          source: b3('Leeromgeving', SHOW),
        },
        {
          id: 'self-evaluation.leeromgeving.show.2',
          text: {
            nl: 'Het programma op de opleiding en dat op de school hangen samen.',
            en: 'The programme at the teacher college and the one at school are coherent.',
          },
          source: b3('Leeromgeving', SHOW),
        },
        {
          id: 'self-evaluation.leeromgeving.show.3',
          text: {
            nl: 'Er is een leeromgeving waarin alle betrokken actoren leren en die daarmee het leren van aanstaande leraren ondersteunt.',
            en: 'There is a learning environment in which all actors involved learn, and which thereby supports the learning of student teachers.',
          },
          source: b3('Leeromgeving', SHOW),
        },
        {
          id: 'self-evaluation.leeromgeving.show.4',
          text: {
            nl: 'Voor de betrokken actoren is duidelijk dat hun activiteiten in de leeromgeving voortkomen uit het beroepsbeeld en de visie op het leren en opleiden van leraren.',
            en: 'The actors involved understand that their activities in the learning environment stem from the image of the profession and the vision on teacher learning and education.',
          },
          source: b3('Leeromgeving', SHOW),
        },
      ],
      source: dusiVerslag('bijlage 3 Beoordelingscriteria, Leeromgeving'),
    },
    {
      id: 'self-evaluation.organisatie',
      waarborgId: 'organisatie',
      basicQuality: [
        {
          id: 'self-evaluation.organisatie.basic.1',
          text: {
            nl: 'Een overleg- en afsprakenstructuur voor de verschillende actoren waarin de gezamenlijkheid tot uitdrukking komt.',
            en: 'A structure for consultation and agreements between the various actors that expresses their jointness.',
          },
          source: b3('Organisatie', BASIC),
        },
        {
          id: 'self-evaluation.organisatie.basic.2',
          text: {
            nl: 'Dat verantwoordelijkheden en benodigde competenties van de actoren binnen het partnerschap zijn vastgesteld en verankerd in de organisatiestructuur.',
            en: 'That the responsibilities and required competences of the actors within the partnership are set and embedded in the organisational structure.',
          },
          source: b3('Organisatie', BASIC),
        },
        {
          id: 'self-evaluation.organisatie.basic.3',
          text: {
            nl: 'Een aanpak voor de professionele ontwikkeling van de verschillende actoren in het partnerschap.',
            en: 'An approach to the professional development of the various actors in the partnership.',
          },
          source: b3('Organisatie', BASIC),
        },
      ],
      mustShow: [
        {
          id: 'self-evaluation.organisatie.show.1',
          text: {
            nl: 'De overleg- en afsprakenstructuur voor de actoren werkt in de praktijk ook zo.',
            en: 'The consultation and agreement structure for the actors also works that way in practice.',
          },
          source: b3('Organisatie', SHOW),
        },
        {
          id: 'self-evaluation.organisatie.show.2',
          text: {
            nl: 'Actoren van alle partners zijn betrokken op operationeel, tactisch en strategisch niveau, en er wordt op en tussen die niveaus samengewerkt.',
            en: 'Actors from all partners are involved at operational, tactical and strategic level, and they cooperate at and between those levels.',
          },
          source: b3('Organisatie', SHOW),
        },
        {
          id: 'self-evaluation.organisatie.show.3',
          text: {
            nl: 'De actoren kennen hun verantwoordelijkheden, en dat is zichtbaar in wat ze binnen het partnerschap doen.',
            en: 'The actors know their responsibilities, and this is visible in what they do within the partnership.',
          },
          source: b3('Organisatie', SHOW),
        },
        {
          id: 'self-evaluation.organisatie.show.4',
          text: {
            nl: 'Er zijn afspraken over de inzet van actoren om Samen Opleiden te realiseren en te borgen, en die inzet wordt in de praktijk ook geleverd.',
            en: 'There are agreements on how actors are deployed to realise and secure Samen Opleiden, and that effort is actually delivered in practice.',
          },
          source: b3('Organisatie', SHOW),
        },
        {
          id: 'self-evaluation.organisatie.show.5',
          text: {
            nl: 'Beschreven is welke competenties de actoren nodig hebben voor hun rol in het partnerschap.',
            en: 'It is described which competences the actors need for their role in the partnership.',
          },
          source: b3('Organisatie', SHOW),
        },
        {
          id: 'self-evaluation.organisatie.show.6',
          text: {
            nl: 'De actoren kennen hun rol en de bijbehorende competenties.',
            en: 'The actors know their role and the competences that go with it.',
          },
          source: b3('Organisatie', SHOW),
        },
        {
          id: 'self-evaluation.organisatie.show.7',
          text: {
            nl: 'Er wordt professionalisering georganiseerd om de benodigde competenties te ontwikkelen en duurzaam te borgen.',
            en: 'Professional development is organised to build the required competences and secure them for the long term.',
          },
          source: b3('Organisatie', SHOW),
        },
        {
          id: 'self-evaluation.organisatie.show.8',
          text: {
            nl: 'Wat het partnerschap organiseert, draagt bij aan het realiseren en borgen van de leeromgeving, het beroepsbeeld en de visie op het leren en opleiden van aanstaande leraren.',
            en: 'What the partnership organises helps realise and secure the learning environment, the image of the profession and the vision on how student teachers learn and are educated.',
          },
          source: b3('Organisatie', SHOW),
        },
      ],
      source: dusiVerslag('bijlage 3 Beoordelingscriteria, Organisatie'),
    },
    {
      id: 'self-evaluation.kwaliteitscultuur',
      waarborgId: 'kwaliteitscultuur',
      basicQuality: [
        {
          id: 'self-evaluation.kwaliteitscultuur.basic.1',
          text: {
            nl: 'De systematiek waarmee het partnerschap de basiskwaliteit bewaakt én de doorlopende ontwikkeling borgt, waaronder het regelmatig bespreken van deze vragen:',
            en: 'The systematic approach by which the partnership monitors basic quality and secures its continuous development, including regularly discussing these questions:',
          },
          details: [
            { nl: 'Doen we het goede? Hoe weten we dat?', en: 'Are we doing the right things? How do we know?' },
            {
              nl: 'Vinden anderen dat ook (bijvoorbeeld via audits met externen of een ontwikkelingsgerichte peer review)?',
              en: 'Do others agree (for example through audits with outsiders or a development-oriented peer review)?',
            },
            { nl: 'Wat doen we met die wetenschap?', en: 'What do we do with that knowledge?' },
          ],
          source: b3('Kwaliteitscultuur', BASIC),
        },
        {
          id: 'self-evaluation.kwaliteitscultuur.basic.2',
          text: {
            nl: 'Het benutten van onderzoeksuitkomsten bij het beantwoorden van deze vragen.',
            en: 'Using research findings to answer these questions.',
          },
          source: b3('Kwaliteitscultuur', BASIC),
        },
        {
          id: 'self-evaluation.kwaliteitscultuur.basic.3',
          text: {
            nl: 'Op basis van de antwoorden vervolgstappen afspreken, uitvoeren, evalueren en bijstellen.',
            en: 'Agreeing, carrying out, evaluating and adjusting next steps based on the answers.',
          },
          source: b3('Kwaliteitscultuur', BASIC),
        },
      ],
      mustShow: [
        {
          id: 'self-evaluation.kwaliteitscultuur.show.1',
          text: {
            nl: 'Er wordt een kwaliteitsinstrumentarium gebruikt om de basiskwaliteit op alle vier waarborgen te borgen en het partnerschap doorlopend te ontwikkelen.',
            en: 'A set of quality instruments is used to secure basic quality on all four waarborgen and to develop the partnership continuously.',
          },
          source: b3('Kwaliteitscultuur', SHOW),
        },
        {
          id: 'self-evaluation.kwaliteitscultuur.show.2',
          text: {
            nl: 'Taken, rollen en verantwoordelijkheden (onder meer de beslisstructuur) zijn vastgesteld.',
            en: 'Tasks, roles and responsibilities (including the decision-making structure) are set.',
          },
          source: b3('Kwaliteitscultuur', SHOW),
        },
        {
          id: 'self-evaluation.kwaliteitscultuur.show.3',
          text: {
            nl: 'Binnen de gekozen systematiek bespreken alle actoren regelmatig, vanuit hun eigen rol, de genoemde kwaliteitsvragen.',
            en: 'Within the chosen approach, all actors regularly discuss the quality questions above from the angle of their own role.',
          },
          source: b3('Kwaliteitscultuur', SHOW),
        },
        {
          id: 'self-evaluation.kwaliteitscultuur.show.4',
          text: {
            nl: 'Bij het beantwoorden van de vragen worden onderzoeksuitkomsten gebruikt.',
            en: 'Research findings are used to answer the questions.',
          },
          source: b3('Kwaliteitscultuur', SHOW),
        },
        {
          id: 'self-evaluation.kwaliteitscultuur.show.5',
          text: {
            nl: 'Vervolgstappen worden op basis van de antwoorden cyclisch afgesproken, uitgevoerd, geëvalueerd en bijgesteld.',
            en: 'Next steps are agreed, carried out, evaluated and adjusted in a cycle, based on the answers.',
          },
          source: b3('Kwaliteitscultuur', SHOW),
        },
        {
          id: 'self-evaluation.kwaliteitscultuur.show.6',
          text: {
            nl: 'Alle actoren op operationeel, tactisch en strategisch niveau, ook aanstaande leraren, maken deel uit van de kwaliteitscultuur.',
            en: 'All actors at operational, tactical and strategic level, student teachers included, are part of the quality culture.',
          },
          source: b3('Kwaliteitscultuur', SHOW),
        },
      ],
      source: dusiVerslag('bijlage 3 Beoordelingscriteria, Kwaliteitscultuur (kop ontbreekt in de tekstextractie)'),
    },
  ],
  guidance: [
    {
      id: 'self-evaluation.guidance.current-state',
      text: {
        nl: 'Beschrijf de huidige stand van zaken: wat nu is gerealiseerd, niet wat je nog wilt ontwikkelen. De commissie moet kunnen beoordelen wat er op dit moment staat.',
        en: 'Describe the current state: what has been realised now, not what you still want to develop. The committee must be able to judge what is in place today.',
      },
      source: dusiVerslag('hoofdstuk 2, Bevindingen, Feedbackgesprekken, Concept zelfevaluatie basiskwaliteit'),
    },
    {
      id: 'self-evaluation.guidance.concrete-examples',
      text: {
        nl: 'Maak beschrijvingen zo concreet mogelijk, met voorbeelden van hoe het partnerschap werkt. Hulpvragen:',
        en: 'Make descriptions as concrete as possible, with examples of how the partnership works. Helpful questions:',
      },
      details: [
        { nl: 'Wat ervaart de student?', en: 'What does the student experience?' },
        { nl: 'Hoe werkt deze waarborg in de praktijk?', en: 'How does this waarborg work in practice?' },
      ],
      source: dusiVerslag('hoofdstuk 2, Bevindingen, Feedbackgesprekken, Concept zelfevaluatie basiskwaliteit'),
    },
    {
      id: 'self-evaluation.guidance.complementary-examples',
      text: {
        nl: 'Laat tekst en praktijkvoorbeelden elkaar aanvullen, en zorg dat elk voorbeeld past bij de criteria van de passage waarin het staat.',
        en: 'Let the text and the practice examples complement each other, and make sure each example fits the criteria of the passage it appears in.',
      },
      source: dusiVerslag('hoofdstuk 2, Bevindingen, Feedbackgesprekken, Concept zelfevaluatie basiskwaliteit'),
    },
    {
      id: 'self-evaluation.guidance.format',
      text: {
        nl: 'Gebruik het format als houvast voor wat je moet beschrijven; een eigen opmaak mag.',
        en: 'Use the template as a guide to what you must describe; your own layout is allowed.',
      },
      source: dusiVerslag('hoofdstuk 2, Bevindingen, Feedbackgesprekken, Concept zelfevaluatie basiskwaliteit'),
    },
    {
      id: 'self-evaluation.guidance.readable',
      text: {
        nl: 'Maak een leesbare, goed opgebouwde zelfevaluatie: houd het klein en concreet, volg het kader en laat vooral zien waar je trots op bent.',
        en: 'Write a readable, well-structured self-evaluation: keep it small and concrete, follow the framework and show above all what you are proud of.',
      },
      source: dusiVerslag('hoofdstuk 4 Evaluatie, Adviezen van de commissie en Adviezen van beoordeelde partnerschappen'),
    },
  ],
};
