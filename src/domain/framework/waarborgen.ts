import type { Waarborg } from './schema';
import { kwaliteitskader } from './sources';

/**
 * The four waarborgen for Samen Opleiden (Kwaliteitskader, hoofdstuk 2), with
 * their themes (kenmerken) and every "wat moet minimaal zichtbaar zijn" item.
 * Texts are our own summaries; Dutch first, English second.
 */

const LL = 'hoofdstuk 2.1 Waarborg 1. Lerende leraar';
const LO = 'hoofdstuk 2.2 Waarborg 2. Leeromgeving';
const ORG = 'hoofdstuk 2.3 Waarborg 3. Organisatie';
const KC = 'hoofdstuk 2.4 Waarborg 4. Kwaliteitscultuur';
const MINIMUM = 'wat moet minimaal zichtbaar zijn in het Samen Opleiden';

const lerendeLeraar: Waarborg = {
  id: 'lerende-leraar',
  number: 1,
  name: { nl: 'Lerende leraar', en: 'Learning teacher' },
  description: {
    nl: 'Het partnerschap deelt een gedragen beeld van het leraarsberoep en heeft dat uitgewerkt tot een visie op het leren en opleiden van aanstaande leraren.',
    en: 'The partnership shares a widely supported image of the teaching profession and has worked it out into a vision on how student teachers learn and are educated.',
  },
  aliases: [
    'lerende leraar',
    'de lerende leraar',
    'leraar',
    'll',
    'waarborg 1',
    'w1',
    '1',
    'visie',
    'beroepsbeeld',
    'learning teacher',
    'the learning teacher',
    'teacher',
    'vision',
  ],
  themes: [
    {
      id: 'lerende-leraar.visie',
      name: { nl: 'Visie en beeld van het beroep', en: 'Vision and image of the profession' },
      description: {
        nl: 'Een actueel, samenhangend en gedeeld beeld van het beroep en de groeimogelijkheden daarin, gericht op wat de leraar bijdraagt aan het leren van leerlingen en aan de school. Daaruit volgen toetsbare opleidingsdoelen, een visie op het leren van de aanstaande leraar in het licht van de verdere loopbaan, en uitgangspunten voor het faciliteren van dat leren (het handelen van de opleiders) op alle leerplekken. Alle partners onderschrijven en onderhouden dit actief. Het landelijke beroepsbeeld en de bekwaamheidseisen zijn de onderlegger; het partnerschap legt eigen accenten.',
        en: "A current, coherent and shared image of the profession and of the room for growth within it, focused on what teachers contribute to pupils' learning and to the school. From it follow testable training goals, a vision on how student teachers learn in view of their further career, and principles for facilitating that learning (what the teacher educators do) in every setting. All partners endorse and actively maintain this. The national professional profile and the competence requirements are the basis; the partnership adds its own accents.",
      },
      source: kwaliteitskader(`${LL}, Visie en beeld van het beroep (met voetnoot 8)`),
    },
    {
      id: 'lerende-leraar.profiel',
      name: { nl: 'Profiel', en: 'Profile' },
      description: {
        nl: 'Uit het beeld, de visie en de daaruit volgende doelen voor opleiden en professionele ontwikkeling blijkt wat typerend is voor het partnerschap: zijn profiel.',
        en: 'The image, the vision and the resulting goals for training and professional development show what is typical of the partnership: its profile.',
      },
      source: kwaliteitskader(`${LL}, Profiel`),
    },
  ],
  minimumItems: [
    {
      id: 'lerende-leraar.minimum.1',
      text: {
        nl: 'Er is een beeld van het beroep geformuleerd, uitgewerkt in startbekwaamheden of leeruitkomsten waaraan aanstaande leraren moeten voldoen.',
        en: 'An image of the profession has been formulated and worked out into starting competences or learning outcomes that student teachers must meet.',
      },
      themeIds: ['lerende-leraar.visie'],
      source: kwaliteitskader(`${LL}, ${MINIMUM}`),
    },
    {
      id: 'lerende-leraar.minimum.2',
      text: {
        nl: 'Daaraan is een expliciete visie op leren gekoppeld: hoe de verschillende groepen aanstaande leraren de beoogde bekwaamheden of leeruitkomsten verwerven.',
        en: 'An explicit vision on learning is linked to it: how the different groups of student teachers acquire the intended competences or learning outcomes.',
      },
      themeIds: ['lerende-leraar.visie'],
      source: kwaliteitskader(`${LL}, ${MINIMUM}`),
    },
    {
      id: 'lerende-leraar.minimum.3',
      text: {
        nl: 'Beroepsbeeld en visie zijn vertaald in uitgangspunten waarmee opleidingen, schoolbesturen en scholen als duurzaam partnerschap het leren van aanstaande leraren faciliteren.',
        en: 'The image of the profession and the vision are translated into principles by which teacher colleges, school boards and schools, as a lasting partnership, facilitate the learning of student teachers.',
      },
      themeIds: ['lerende-leraar.visie'],
      source: kwaliteitskader(`${LL}, ${MINIMUM}`),
    },
    {
      id: 'lerende-leraar.minimum.4',
      text: {
        nl: 'Beroepsbeeld, visie op leren en uitgangspunten van het opleiden worden in alle lagen van het partnerschap gedragen.',
        en: 'The image of the profession, the vision on learning and the training principles are supported at every level of the partnership.',
      },
      themeIds: ['lerende-leraar.visie'],
      source: kwaliteitskader(`${LL}, ${MINIMUM}`),
    },
  ],
  source: kwaliteitskader(LL),
};

const leeromgeving: Waarborg = {
  id: 'leeromgeving',
  number: 2,
  name: { nl: 'Leeromgeving', en: 'Learning environment' },
  description: {
    nl: 'Vanuit de visie op leren heeft het partnerschap een passende, samenhangende en consistente leeromgeving ingericht die aanstaande leraren in hun ontwikkeling ondersteunt: met gedeelde verantwoordelijkheid, verbinding tussen theorie en praktijk, en samenhang tussen het leren op de opleiding en op de werkplek.',
    en: 'Based on its vision on learning, the partnership has set up a fitting, coherent and consistent learning environment that supports student teachers in their development: with shared responsibility, a link between theory and practice, and coherence between learning at the teacher college and at the workplace.',
  },
  aliases: [
    'leeromgeving',
    'de leeromgeving',
    'omgeving',
    'lo',
    'waarborg 2',
    'w2',
    '2',
    'learning environment',
    'the learning environment',
    'environment',
  ],
  themes: [
    {
      id: 'leeromgeving.ontwerp',
      name: { nl: 'Ontwerp', en: 'Design' },
      description: {
        nl: 'Opleidingsdoelen, curriculum en didactisch ontwerp van de leerarrangementen zijn per doelgroep op ontwerpeisen gebaseerd. Het ontwerp dekt de aspecten van het leraarschap uit het beroepsbeeld, biedt verschillende leerroutes en gevarieerde leeractiviteiten, en maakt de verbinding tussen opleidings- en werkomgeving zichtbaar.',
        en: 'Training goals, curriculum and the didactic design of the learning arrangements are based on design requirements for each target group. The design covers the aspects of teaching in the image of the profession, offers different learning routes and varied learning activities, and makes the link between the college and the workplace visible.',
      },
      source: kwaliteitskader(`${LO}, Ontwerp`),
    },
    {
      id: 'leeromgeving.programmas',
      name: { nl: "Programma's", en: 'Programmes' },
      description: {
        nl: "Het ontwerp is uitgevoerd in opleidings- en begeleidingsprogramma's die aanstaande leraren helpen taken op niveau uit te voeren, kennis, inzicht, routines en innovatief vermogen op te bouwen, regie te nemen over hun eigen ontwikkeling en aan hun beroepsidentiteit te werken; de begeleiding richt zich ook op leervaardigheden. De programma's bieden maatwerk en flexibele routes en sluiten aan bij de school als professionele en lerende organisatie.",
        en: 'The design is put into practice in training and mentoring programmes that help student teachers perform tasks at the required level, build knowledge, insight, routines and capacity for innovation, take charge of their own development and work on their professional identity; mentoring also targets learning skills. The programmes allow tailoring and flexible routes and fit the school as a professional, learning organisation.',
      },
      source: kwaliteitskader(`${LO}, Programma's`),
    },
    {
      id: 'leeromgeving.feedback-en-beoordeling',
      name: { nl: 'Feedback en beoordeling', en: 'Feedback and assessment' },
      description: {
        nl: "De programma's bevatten een samenhangend systeem van feedback, feedup, feedforward en beoordeling dat past bij het didactisch ontwerp; zo wordt de ontwikkeling van de aanstaande leraar gevolgd en ondersteund. Beoordelen hoort bij de cycli van opleiden en begeleiden.",
        en: 'The programmes contain a coherent system of feedback, feed-up, feed-forward and assessment that matches the didactic design; it is used to follow and support the student teacher\'s development. Assessment is part of the training and mentoring cycles.',
      },
      source: kwaliteitskader(`${LO}, Feedback en beoordeling`),
    },
    {
      id: 'leeromgeving.ondersteuning',
      name: { nl: 'Ondersteuning', en: 'Support' },
      description: {
        nl: 'Aanstaande leraren hebben toegang tot ondersteuning bij het leren: middelen, ruimte, facilitering en begeleiding zijn beschikbaar.',
        en: 'Student teachers have access to support for their learning: resources, space, facilities and assistance are available.',
      },
      source: kwaliteitskader(`${LO}, Ondersteuning`),
    },
    {
      id: 'leeromgeving.breed-perspectief',
      name: { nl: 'Ruimte voor een breed perspectief', en: 'Room for a broad perspective' },
      description: {
        nl: 'Aanstaande leraren ervaren verschillende onderwijsvormen, contexten en onderwijsvisies, groeien in de verschillende rollen van het beroep en krijgen ruimte voor systematisch (praktijk)onderzoek en voor opdrachten of projecten die bijdragen aan hun eigen ontwikkeling, het opleidingsprogramma of de schoolontwikkeling.',
        en: 'Student teachers experience different forms of education, contexts and educational visions, grow into the various roles of the profession, and get room for systematic (practice-based) research and for assignments or projects that serve their own development, the training programme or school development.',
      },
      source: kwaliteitskader(`${LO}, Ruimte voor het ontwikkelen van een breed perspectief`),
    },
  ],
  minimumItems: [
    {
      id: 'leeromgeving.minimum.1',
      text: {
        nl: 'Er is een gezamenlijk opleidingsprogramma voor de verschillende groepen aanstaande leraren.',
        en: 'There is a joint training programme for the different groups of student teachers.',
      },
      themeIds: ['leeromgeving.ontwerp', 'leeromgeving.programmas'],
      source: kwaliteitskader(`${LO}, ${MINIMUM}`),
    },
    {
      id: 'leeromgeving.minimum.2',
      text: {
        nl: 'Het is inzichtelijk hoe dat programma in de praktijk gezamenlijk wordt uitgevoerd.',
        en: 'It is transparent how that programme is carried out jointly in practice.',
      },
      themeIds: ['leeromgeving.programmas'],
      source: kwaliteitskader(`${LO}, ${MINIMUM}`),
    },
    {
      id: 'leeromgeving.minimum.3',
      text: {
        nl: "Doelstellingen, programma's en de systematiek van feedback en beoordeling zijn vastgelegd.",
        en: 'Goals, programmes and the feedback and assessment system are laid down.',
      },
      themeIds: ['leeromgeving.ontwerp', 'leeromgeving.programmas', 'leeromgeving.feedback-en-beoordeling'],
      source: kwaliteitskader(`${LO}, ${MINIMUM}`),
    },
    {
      id: 'leeromgeving.minimum.4',
      text: {
        nl: 'De werkplek is een professionele leeromgeving waarin aanstaande leraren zich optimaal kunnen ontwikkelen.',
        en: 'The workplace is a professional learning environment in which student teachers can develop to the full.',
      },
      themeIds: ['leeromgeving.ondersteuning', 'leeromgeving.breed-perspectief'],
      source: kwaliteitskader(`${LO}, ${MINIMUM}`),
    },
  ],
  source: kwaliteitskader(LO),
};

const organisatie: Waarborg = {
  id: 'organisatie',
  number: 3,
  name: { nl: 'Organisatie', en: 'Organisation' },
  description: {
    nl: 'Het partnerschap heeft de verantwoordelijkheden en benodigde competenties van de belangrijkste actoren afgestemd, vastgelegd en verankerd in organisatiestructuren en HRM, binnen het partnerschap en waar nodig in de Onderwijsregio. Die structuren dragen de gezamenlijke uitgangspunten en de leeromgeving.',
    en: 'The partnership has aligned, laid down and embedded the responsibilities and required competences of the key actors in organisational structures and HRM, within the partnership and, where needed, in the education region. These structures carry the shared principles and the learning environment.',
  },
  aliases: [
    'organisatie',
    'de organisatie',
    'org',
    'waarborg 3',
    'w3',
    '3',
    'organisation',
    'organization',
    'the organisation',
    'the organization',
  ],
  themes: [
    {
      id: 'organisatie.verantwoordelijkheden',
      name: { nl: 'Verantwoordelijkheden', en: 'Responsibilities' },
      description: {
        nl: 'De partners dragen de ondersteuning van het leren van aanstaande leraren samen; die gedeelde verantwoordelijkheid is benoemd, georganiseerd en geëvalueerd. Rollen, taken en functies zijn samen vastgesteld en worden periodiek bijgewerkt.',
        en: 'The partners jointly carry the support of student teachers\' learning; this shared responsibility is named, organised and evaluated. Roles, tasks and positions are set together and updated periodically.',
      },
      source: kwaliteitskader(`${ORG}, Verantwoordelijkheden`),
    },
    {
      id: 'organisatie.toerusting-en-kwaliteit',
      name: { nl: 'Toerusting en kwaliteit', en: 'Competence and quality of staff' },
      description: {
        nl: 'Opleiders, begeleiders, beoordelaars en leidinggevenden in het partnerschap zijn aantoonbaar bekwaam in kennis, vaardigheden en uitvoering, hebben een passende positie en verantwoordelijkheden, en hun professionele ontwikkeling krijgt systematisch aandacht (registratie in het beroepsregister voor lerarenopleiders, BRLO, kan daarbij helpen). Leidinggevenden van alle partners hebben een beleidsmatige én faciliterende rol.',
        en: 'Teacher educators, mentors, assessors and managers in the partnership are demonstrably competent in knowledge, skills and execution, have a fitting position and responsibilities, and their professional development gets systematic attention (registration in the professional register for teacher educators, BRLO, can help). Managers of all partners have both a policy and a facilitating role.',
      },
      source: kwaliteitskader(`${ORG}, Toerusting en kwaliteit`),
    },
    {
      id: 'organisatie.overleg',
      name: { nl: 'Overleg', en: 'Consultation' },
      description: {
        nl: 'Er is een overlegstructuur waarin opleidingsinstituten, schoolbesturen en scholen samen werken aan de opleidingsdoelen en aan de professionele ontwikkeling van (aanstaande) leraren.',
        en: 'There is a consultation structure in which teacher colleges, school boards and schools work together on the training goals and on the professional development of (student) teachers.',
      },
      source: kwaliteitskader(`${ORG}, Overleg`),
    },
  ],
  minimumItems: [
    {
      id: 'organisatie.minimum.1',
      text: {
        nl: 'Er is een structuur voor overleg, besluitvorming en afspraken tussen de verschillende actoren, waarin de gezamenlijkheid zichtbaar is.',
        en: 'There is a structure for consultation, decision-making and agreements between the various actors that shows their jointness.',
      },
      themeIds: ['organisatie.overleg', 'organisatie.verantwoordelijkheden'],
      source: kwaliteitskader(`${ORG}, ${MINIMUM}`),
    },
    {
      id: 'organisatie.minimum.2',
      text: {
        nl: 'De verantwoordelijkheden en benodigde competenties van de verschillende actoren zijn vastgesteld en verankerd in de organisatiestructuur.',
        en: 'The responsibilities and required competences of the various actors are set and embedded in the organisational structure.',
      },
      themeIds: ['organisatie.verantwoordelijkheden', 'organisatie.toerusting-en-kwaliteit'],
      source: kwaliteitskader(`${ORG}, ${MINIMUM}`),
    },
    {
      id: 'organisatie.minimum.3',
      text: {
        nl: 'Voor de verschillende actoren is een aanpak voor professionele ontwikkeling uitgewerkt.',
        en: 'An approach to professional development has been worked out for the various actors.',
      },
      themeIds: ['organisatie.toerusting-en-kwaliteit'],
      source: kwaliteitskader(`${ORG}, ${MINIMUM}`),
    },
  ],
  source: kwaliteitskader(ORG),
};

const kwaliteitscultuur: Waarborg = {
  id: 'kwaliteitscultuur',
  number: 4,
  name: { nl: 'Kwaliteitscultuur', en: 'Quality culture' },
  description: {
    nl: 'Eigenaarschap van kwaliteit wordt collectief gevoeld: vanuit een gedeelde visie werken alle actoren in open dialoog aan zicht op, verantwoording over en verbetering van de kwaliteit van Samen Opleiden. Het partnerschap wil het goede uit waarborg 1 tot en met 3 doen, en dat goed doen.',
    en: 'Ownership of quality is felt collectively: from a shared vision, all actors work in open dialogue on keeping sight of, accounting for and improving the quality of Samen Opleiden. The partnership wants to do the right things from waarborgen 1 to 3, and do them well.',
  },
  aliases: [
    'kwaliteitscultuur',
    'de kwaliteitscultuur',
    'kwaliteit',
    'cultuur',
    'kc',
    'waarborg 4',
    'w4',
    '4',
    'quality culture',
    'the quality culture',
    'quality',
    'culture',
  ],
  themes: [
    {
      id: 'kwaliteitscultuur.open-gesprek',
      name: { nl: 'Open gesprek over kwaliteit', en: 'Open conversation about quality' },
      description: {
        nl: 'Alle betrokkenen, ook aanstaande leraren, voeren regelmatig een open gesprek over kwaliteit waarin feedback geven en ontvangen centraal staat, op basis van systematisch en cyclisch verzamelde kwalitatieve en kwantitatieve gegevens. Vragen die daarin aan bod komen staan hieronder.',
        en: 'Everyone involved, student teachers included, regularly holds an open conversation about quality centred on giving and receiving feedback, based on qualitative and quantitative data collected systematically and cyclically. Questions it covers are listed below.',
      },
      questions: [
        {
          id: 'kwaliteitscultuur.open-gesprek.vraag.1',
          text: {
            nl: 'Is wat we willen bereiken (waarborg 1) nog actueel en relevant?',
            en: 'Is what we want to achieve (waarborg 1) still current and relevant?',
          },
          source: kwaliteitskader(KC),
        },
        {
          id: 'kwaliteitscultuur.open-gesprek.vraag.2',
          text: {
            nl: 'Bereiken we werkelijk wat we willen bereiken?',
            en: 'Do we actually achieve what we want to achieve?',
          },
          source: kwaliteitskader(KC),
        },
        {
          id: 'kwaliteitscultuur.open-gesprek.vraag.3',
          text: {
            nl: 'Doen we wat we willen doen, en is dat effectief (waarborg 2)?',
            en: 'Do we do what we intend to do, and is it effective (waarborg 2)?',
          },
          source: kwaliteitskader(KC),
        },
        {
          id: 'kwaliteitscultuur.open-gesprek.vraag.4',
          text: {
            nl: 'Is dat goed georganiseerd (waarborg 3)?',
            en: 'Is it organised in the right way (waarborg 3)?',
          },
          source: kwaliteitskader(KC),
        },
        {
          id: 'kwaliteitscultuur.open-gesprek.vraag.5',
          text: {
            nl: 'Doen we dit voldoende samen, met betrokkenheid in alle lagen?',
            en: 'Do we do this jointly enough, with involvement at every level?',
          },
          source: kwaliteitskader(KC),
        },
      ],
      source: kwaliteitskader(KC),
    },
  ],
  minimumItems: [
    {
      id: 'kwaliteitscultuur.minimum.1',
      text: {
        nl: 'Er wordt een systematiek gebruikt om de basiskwaliteit te bewaken én de doorlopende ontwikkeling van Samen Opleiden te borgen; alle betrokkenen spelen daarin een rol vanuit hun eigen taken en verantwoordelijkheden.',
        en: 'A systematic approach is used both to monitor basic quality and to secure the continuous development of Samen Opleiden; everyone involved plays a part in it from their own tasks and responsibilities.',
      },
      themeIds: ['kwaliteitscultuur.open-gesprek'],
      source: kwaliteitskader(`${KC}, ${MINIMUM}`),
    },
    {
      id: 'kwaliteitscultuur.minimum.2',
      text: {
        nl: 'Daartoe worden regelmatig deze vragen besproken:',
        en: 'To that end these questions are discussed regularly:',
      },
      details: [
        { nl: 'Doen we het goede?', en: 'Are we doing the right things?' },
        { nl: 'Hoe weten we dat?', en: 'How do we know?' },
        {
          nl: 'Vinden anderen dat ook (bijvoorbeeld via audits met externen of een ontwikkelingsgerichte peer review)?',
          en: 'Do others agree (for example through audits with outsiders or a development-oriented peer review)?',
        },
        { nl: 'Wat doen we met die wetenschap?', en: 'What do we do with that knowledge?' },
      ],
      themeIds: ['kwaliteitscultuur.open-gesprek'],
      source: kwaliteitskader(`${KC}, ${MINIMUM}`),
    },
    {
      id: 'kwaliteitscultuur.minimum.3',
      text: {
        nl: 'Bij het beantwoorden van die vragen worden systematisch verzamelde gegevens gebruikt; op basis van de antwoorden worden vervolgstappen afgesproken, uitgevoerd, geëvalueerd en bijgesteld.',
        en: 'Systematically collected data are used to answer those questions; based on the answers, next steps are agreed, carried out, evaluated and adjusted.',
      },
      themeIds: ['kwaliteitscultuur.open-gesprek'],
      source: kwaliteitskader(`${KC}, ${MINIMUM}`),
    },
  ],
  source: kwaliteitskader(KC),
};

export const waarborgen: Waarborg[] = [lerendeLeraar, leeromgeving, organisatie, kwaliteitscultuur];
