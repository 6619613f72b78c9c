import type { InductionAndDevelopment } from './schema';
import { kwaliteitskader } from './sources';

/**
 * The four waarborgen applied to begeleiden (induction of starting teachers) and
 * professionaliseren (development of experienced teachers), Kwaliteitskader
 * hoofdstuk 4. Formative: for regions that extend their review beyond Samen
 * Opleiden. The source calls the concrete items "Implicaties voor begeleiden /
 * professionaliseren"; they play the role the "wat moet minimaal zichtbaar zijn"
 * items play in hoofdstuk 2.
 */

const LL = 'hoofdstuk 4.1 Waarborg 1. Lerende leraar';
const LO = 'hoofdstuk 4.2 Waarborg 2. Leeromgeving';
const ORG = 'hoofdstuk 4.3 Waarborg 3. Organisatie';
const KC = 'hoofdstuk 4.4 Waarborg 4. Kwaliteitscultuur';
const FOR_INDUCTION = 'Implicaties voor begeleiden';
const FOR_DEVELOPMENT = 'Implicaties voor professionaliseren';
const FOR_BOTH = 'Implicaties voor begeleiden en professionaliseren';

export const inductionAndDevelopment: InductionAndDevelopment = {
  status: {
    id: 'begeleiden-professionaliseren.status',
    text: {
      nl: 'Deze waarborgen zijn formatief, niet summatief. Ze zijn een handvat voor reflectie en evaluatie: om Onderwijsregio\'s te inspireren, partijen te verbinden, bij te dragen aan een gedeeld beeld van kwaliteit en verdere ontwikkeling te stimuleren, bijvoorbeeld via peerfeedback tussen schoolbesturen of regio\'s. Schoolbesturen blijven als werkgever verantwoordelijk voor begeleiding en professionalisering van hun personeel.',
      en: 'These waarborgen are formative, not summative. They are a handle for reflection and evaluation: to inspire education regions, connect parties, build a shared view of quality and stimulate further development, for instance through peer feedback between school boards or regions. School boards, as employers, remain responsible for the induction and development of their staff.',
    },
    source: kwaliteitskader('hoofdstuk 4, Status van de waarborgen'),
  },
  scopes: [
    {
      id: 'induction',
      name: { nl: 'Begeleiden (inductie)', en: 'Induction' },
      description: {
        nl: 'De begeleiding van startende leraren in de inductiefase, ongeveer de eerste drie jaar, waarin zij groeien van startbekwaam naar vakbekwaam.',
        en: 'Supporting starting teachers during induction, roughly their first three years, in which they grow from starting competence to full qualification (startbekwaam to vakbekwaam).',
      },
      source: kwaliteitskader('hoofdstuk 4, Status van de waarborgen'),
    },
    {
      id: 'development',
      name: { nl: 'Professionaliseren', en: 'Professional development' },
      description: {
        nl: 'De professionele ontwikkeling van ervaren leraren na de inductiefase, met de mogelijkheid uit te groeien tot expert op een specifiek gebied.',
        en: 'The professional development of experienced teachers after induction, with the possibility to grow into an expert in a specific field.',
      },
      source: kwaliteitskader('hoofdstuk 4, Status van de waarborgen'),
    },
  ],
  waarborgen: [
    {
      id: 'begeleiden-professionaliseren.lerende-leraar',
      waarborgId: 'lerende-leraar',
      description: {
        nl: 'De Onderwijsregio heeft een gedeeld en gedragen beeld van het leraarsberoep, vertaald in een visie op leren in de verschillende loopbaanfasen en uitgewerkt in uitgangspunten voor het faciliteren van dat leren tijdens de inductie (begeleiden) en daarna (professionaliseren).',
        en: 'The education region has a shared and supported image of the teaching profession, translated into a vision on learning in the different career phases and worked out into principles for facilitating that learning during induction and afterwards (professional development).',
      },
      themes: [
        {
          id: 'begeleiden-professionaliseren.lerende-leraar.visie',
          name: {
            nl: 'Beeld van het beroep, visie op leren en op het faciliteren van het leren',
            en: 'Image of the profession, vision on learning and on facilitating learning',
          },
          description: {
            nl: 'Een actueel, samenhangend en gedeeld beroepsbeeld met ontwikkeldoelen per loopbaanfase en een visie op het leren van leraren in elke fase, vertaald naar uitgangspunten voor begeleiden en professionaliseren en door alle partijen in de regio onderschreven en onderhouden. Beeld en visie steunen op (wetenschappelijke) bronnen en recente beroepsbeelden, sluiten aan bij die van Samen Opleiden en laten het profiel van de regio zien.',
            en: 'A current, coherent and shared image of the profession with development goals per career phase and a vision on how teachers learn in each phase, translated into principles for induction and professional development and endorsed and maintained by all parties in the region. Image and vision rest on (scientific) sources and recent professional profiles, align with those of Samen Opleiden and show the profile of the region.',
          },
          source: kwaliteitskader(`${LL}, Beeld van het beroep, visie op leren en op het faciliteren van het leren`),
        },
      ],
      implications: [
        {
          id: 'begeleiden.lerende-leraar.1',
          scope: 'induction',
          text: {
            nl: 'Voortbouwend op de visie op Samen Opleiden heeft de regio een expliciete visie op de rol en positie van startende leraren en hun bijdrage aan het leren van leerlingen en aan onderwijs- en schoolontwikkeling, vertaald in uitgangspunten voor taken en een werkomgeving die passen bij hun ervaring en bekwaamheidsniveau.',
            en: "Building on the Samen Opleiden vision, the region has an explicit vision on the role and position of starting teachers and their contribution to pupils' learning and to the development of education and the school, translated into principles for tasks and a work environment that fit their experience and competence level.",
          },
          source: kwaliteitskader(`${LL}, ${FOR_INDUCTION}`),
        },
        {
          id: 'begeleiden.lerende-leraar.2',
          scope: 'induction',
          text: {
            nl: 'Vanuit een algemeen beroepsbeeld is expliciet gemaakt welke bekwaamheidsontwikkeling startende leraren in hun eerste jaren doormaken (niveau vakbekwaam).',
            en: 'Based on a general image of the profession, it is made explicit which competence development starting teachers go through in their first years (fully qualified level, vakbekwaam).',
          },
          source: kwaliteitskader(`${LL}, ${FOR_INDUCTION}`),
        },
        {
          id: 'begeleiden.lerende-leraar.3',
          scope: 'induction',
          text: {
            nl: 'Dat ontwikkelniveau, samen met een visie op hoe starters de beoogde bekwaamheden verwerven, stuurt de ondersteuning van startende leraren; waar nodig wordt onderscheid gemaakt tussen groepen starters.',
            en: 'That development level, together with a vision on how starters acquire the intended competences, guides the support given to starting teachers; where needed, different groups of starters are distinguished.',
          },
          source: kwaliteitskader(`${LL}, ${FOR_INDUCTION}`),
        },
        {
          id: 'professionaliseren.lerende-leraar.1',
          scope: 'development',
          text: {
            nl: 'De regio stimuleert schoolbesturen om op bestuurs- of schoolniveau een expliciete visie te ontwikkelen op bekwaamheidsonderhoud in een lerende cultuur, met aandacht voor:',
            en: 'The region encourages school boards to develop, at board or school level, an explicit vision on maintaining competence within a learning culture, paying attention to:',
          },
          details: [
            {
              nl: 'de doorgaande lijn opleiden – begeleiden – professionaliseren;',
              en: 'the continuous line from initial training through induction to professional development;',
            },
            { nl: 'het eigenaarschap van lerarenteams;', en: 'ownership by teams of teachers;' },
            {
              nl: 'een vertaling naar passende professionaliseringsvormen op schoolniveau.',
              en: 'a translation into fitting forms of professional development at school level.',
            },
          ],
          source: kwaliteitskader(`${LL}, ${FOR_DEVELOPMENT}`),
        },
        {
          id: 'professionaliseren.lerende-leraar.2',
          scope: 'development',
          text: {
            nl: "De regio heeft een expliciete visie op de rol en positie van expertleraren en hun bijdrage aan het leren van leerlingen en collega's en aan onderwijs- en schoolontwikkeling, vertaald in uitgangspunten voor de facilitering die zij daarvoor nodig hebben.",
            en: "The region has an explicit vision on the role and position of expert teachers and their contribution to the learning of pupils and colleagues and to the development of education and the school, translated into principles for the facilities they need for this.",
          },
          source: kwaliteitskader(`${LL}, ${FOR_DEVELOPMENT}`),
        },
      ],
      source: kwaliteitskader(LL),
    },
    {
      id: 'begeleiden-professionaliseren.leeromgeving',
      waarborgId: 'leeromgeving',
      description: {
        nl: 'De Onderwijsregio stimuleert dat elk schoolbestuur, vanuit de visie op het leren van leraren, een passende, samenhangende en consistente leeromgeving voor begeleiden en professionaliseren inricht die aansluit op de leeromgeving van het opleiden; besturen leren daarbij van elkaar.',
        en: 'The education region encourages every school board to set up, from the vision on teacher learning, a fitting, coherent and consistent learning environment for induction and professional development that connects with the learning environment of initial training; boards learn from each other in doing so.',
      },
      themes: [
        {
          id: 'begeleiden-professionaliseren.leeromgeving.passend',
          name: {
            nl: 'Een passende, samenhangende en consistente leeromgeving',
            en: 'A fitting, coherent and consistent learning environment',
          },
          description: {
            nl: 'Leerarrangementen faciliteren formele scholing (trainingen, cursussen), netwerkleren (communities, intervisie), werkplekleren en ervaringsleren (coaching). Ze zijn ontworpen op wetenschappelijk gevoede ontwerpeisen, dekken de aspecten uit het beroepsbeeld en zijn vertaald in begeleidings- en professionaliseringsactiviteiten die putten uit de kennis van de lerarenopleidingen en ook leervaardigheden ontwikkelen. Er is formeel en informeel leren, maatwerk en flexibele routes, aansluitend bij de school als lerende organisatie. Een samenhangend feedbacksysteem ondersteunt de groei naar het gewenste niveau (vakbekwaam of expert). Ondersteuning, middelen en facilitering zijn toegankelijk, met ruimte voor andere onderwijsvormen, rollen en (praktijk)onderzoek.',
            en: 'Learning arrangements facilitate formal training (courses), network learning (communities, peer consultation), workplace learning and experiential learning (coaching). They are designed on research-informed design requirements, cover the aspects of the image of the profession and are translated into induction and development activities that draw on the knowledge of the teacher colleges and also build learning skills. There is formal and informal learning, tailoring and flexible routes, in line with the school as a learning organisation. A coherent feedback system supports growth to the desired level (fully qualified or expert). Support, resources and facilities are accessible, with room for other forms of education, roles and (practice-based) research.',
          },
          source: kwaliteitskader(`${LO}, Een passende, samenhangende en consistente leeromgeving`),
        },
      ],
      implications: [
        {
          id: 'begeleiden.leeromgeving.1',
          scope: 'induction',
          text: {
            nl: "Alle scholen in de regio hebben een begeleidingssystematiek of -programma voor startende leraren, gericht op groei naar vakbekwaamheid, met de elementen ontwerp, programma's, beoordeling en feedback, en ondersteuning.",
            en: 'All schools in the region have an induction system or programme for starting teachers aimed at becoming fully qualified, containing design, programmes, assessment and feedback, and support.',
          },
          source: kwaliteitskader(`${LO}, ${FOR_INDUCTION}`),
        },
        {
          id: 'begeleiden.leeromgeving.2',
          scope: 'induction',
          text: {
            nl: 'Alle scholen zetten startende leraren in op een manier die past bij hun ervaring en bekwaamheidsniveau.',
            en: 'All schools deploy starting teachers in a way that fits their experience and competence level.',
          },
          source: kwaliteitskader(`${LO}, ${FOR_INDUCTION}`),
        },
        {
          id: 'begeleiden.leeromgeving.3',
          scope: 'induction',
          text: {
            nl: 'Doelen, professionaliseringsactiviteiten, begeleiding en beoordeling zijn op alle scholen passend en transparant.',
            en: 'Goals, development activities, mentoring and assessment are fitting and transparent at every school.',
          },
          source: kwaliteitskader(`${LO}, ${FOR_INDUCTION}`),
        },
        {
          id: 'begeleiden.leeromgeving.4',
          scope: 'induction',
          text: {
            nl: 'Binnen de regio worden aanpakken en ervaringen uitgewisseld, voor inspiratie en kwaliteitsontwikkeling.',
            en: 'Approaches and experiences are exchanged within the region, for inspiration and quality development.',
          },
          source: kwaliteitskader(`${LO}, ${FOR_INDUCTION}`),
        },
        {
          id: 'begeleiden.leeromgeving.5',
          scope: 'induction',
          text: {
            nl: 'Het niveau vakbekwaam dat starters in een begeleidingsprogramma bereiken, wordt in de hele regio erkend.',
            en: 'The fully qualified level that starters reach in an induction programme is recognised throughout the region.',
          },
          source: kwaliteitskader(`${LO}, ${FOR_INDUCTION}`),
        },
        {
          id: 'begeleiden.leeromgeving.6',
          scope: 'induction',
          text: {
            nl: "Schoolbesturen en lerarenopleidingen ontwikkelen begeleidingsprogramma's voor starters in nauwe samenwerking.",
            en: 'School boards and teacher colleges develop induction programmes for starters in close cooperation.',
          },
          source: kwaliteitskader(`${LO}, ${FOR_INDUCTION}`),
        },
        {
          id: 'professionaliseren.leeromgeving.1',
          scope: 'development',
          text: {
            nl: 'Schoolbesturen, lerarenopleidingen en beroepsgroep bouwen in de regio samen aan een professionaliseringsinfrastructuur met een zo dekkend mogelijk aanbod voor de expertise- en loopbaanontwikkeling van leraren.',
            en: "School boards, teacher colleges and the profession jointly build a professional development infrastructure in the region with as complete an offer as possible for teachers' expertise and career development.",
          },
          source: kwaliteitskader(`${LO}, ${FOR_DEVELOPMENT}`),
        },
        {
          id: 'professionaliseren.leeromgeving.2',
          scope: 'development',
          text: {
            nl: 'Het expertniveau op een domein dat leraren in een programma bereiken, wordt in de hele regio erkend.',
            en: 'The expert level in a field that teachers reach in a programme is recognised throughout the region.',
          },
          source: kwaliteitskader(`${LO}, ${FOR_DEVELOPMENT}`),
        },
        {
          id: 'professionaliseren.leeromgeving.3',
          scope: 'development',
          text: {
            nl: 'Schoolbesturen en lerarenopleidingen werken nauw samen aan dat dekkende ondersteuningsaanbod.',
            en: 'School boards and teacher colleges work closely together on that complete offer of support.',
          },
          source: kwaliteitskader(`${LO}, ${FOR_DEVELOPMENT}`),
        },
      ],
      source: kwaliteitskader(LO),
    },
    {
      id: 'begeleiden-professionaliseren.organisatie',
      waarborgId: 'organisatie',
      description: {
        nl: 'Voor goede begeleiding van starters en een rijke professionaliseringsinfrastructuur werken schoolbesturen, beroepsgroep en lerarenopleidingen in de regio nauw en duurzaam samen; verantwoordelijkheden en competenties van de belangrijkste actoren zijn vastgelegd, afgestemd en verankerd in governancestructuren.',
        en: 'For good induction of starters and a rich professional development infrastructure, school boards, the profession and teacher colleges in the region cooperate closely and lastingly; the responsibilities and competences of the key actors are laid down, aligned and embedded in governance structures.',
      },
      themes: [
        {
          id: 'begeleiden-professionaliseren.organisatie.verantwoordelijkheden',
          name: {
            nl: 'Verantwoordelijkheden, kwaliteit en afstemming',
            en: 'Responsibilities, quality and alignment',
          },
          description: {
            nl: 'De partners voelen zich samen verantwoordelijk voor de begeleiding van starters en de professionalisering van ervaren leraren; rollen, taken en functies zijn samen vastgesteld, vertaald naar organisatiestructuren en worden periodiek geëvalueerd en bijgewerkt. Wie opleidt, begeleidt, beoordeelt of leidinggeeft is aantoonbaar bekwaam, heeft een passende positie en krijgt systematisch aandacht voor de eigen ontwikkeling, waar mogelijk regiobreed gefaciliteerd; leidinggevenden hebben een beleidsmatige en faciliterende rol. Er zijn passende overlegstructuren, waar relevant in samenhang met Samen Opleiden.',
            en: 'The partners feel jointly responsible for the induction of starters and the development of experienced teachers; roles, tasks and positions are set together, translated into organisational structures and periodically evaluated and updated. Those who train, mentor, assess or manage are demonstrably competent, have a fitting position and get systematic attention for their own development, facilitated region-wide where possible; managers have a policy and a facilitating role. There are fitting consultation structures, linked to Samen Opleiden where relevant.',
          },
          source: kwaliteitskader(`${ORG}, Verantwoordelijkheden, kwaliteit en afstemming`),
        },
      ],
      implications: [
        {
          id: 'begeleiden.organisatie.1',
          scope: 'induction',
          text: {
            nl: 'De regio heeft de verantwoordelijkheden en benodigde competenties van de actoren bij het begeleiden van starters vastgesteld en verankerd in de governancestructuur.',
            en: 'The region has set the responsibilities and required competences of the actors involved in inducting starters and embedded them in the governance structure.',
          },
          source: kwaliteitskader(`${ORG}, ${FOR_INDUCTION}`),
        },
        {
          id: 'begeleiden.organisatie.2',
          scope: 'induction',
          text: {
            nl: 'Er is een regionale overleg- en afsprakenstructuur voor de actoren waarin de gezamenlijkheid zichtbaar is.',
            en: 'There is a regional structure for consultation and agreements between the actors that shows their jointness.',
          },
          source: kwaliteitskader(`${ORG}, ${FOR_INDUCTION}`),
        },
        {
          id: 'begeleiden.organisatie.3',
          scope: 'induction',
          text: {
            nl: 'De regio stimuleert regionale samenwerking bij de professionele ontwikkeling van alle betrokken actoren.',
            en: 'The region encourages regional cooperation on the professional development of all actors involved.',
          },
          source: kwaliteitskader(`${ORG}, ${FOR_INDUCTION}`),
        },
        {
          id: 'begeleiden.organisatie.4',
          scope: 'induction',
          text: {
            nl: "De regio stimuleert dat scholen en schoolbesturen hun inductiebeleid en -programma's verankeren in hun strategisch HRM-beleid.",
            en: 'The region encourages schools and school boards to embed their induction policy and programmes in their strategic HRM policy.',
          },
          source: kwaliteitskader(`${ORG}, ${FOR_INDUCTION}`),
        },
        {
          id: 'professionaliseren.organisatie.1',
          scope: 'development',
          text: {
            nl: 'De regio wil een gezamenlijke infrastructuur voor professionalisering en expertiseontwikkeling van leraren realiseren en heeft daarvoor een overleg- en afsprakenstructuur ingericht.',
            en: "The region aims to realise a joint infrastructure for teachers' professional and expertise development and has set up a structure for consultation and agreements to that end.",
          },
          source: kwaliteitskader(`${ORG}, ${FOR_DEVELOPMENT}`),
        },
        {
          id: 'professionaliseren.organisatie.2',
          scope: 'development',
          text: {
            nl: 'Die structuur weerspiegelt de gezamenlijke ambitie en het gedeelde eigenaarschap voor de professionalisering van leraren.',
            en: 'That structure reflects the joint ambition and shared ownership of teachers\' professional development.',
          },
          source: kwaliteitskader(`${ORG}, ${FOR_DEVELOPMENT}`),
        },
        {
          id: 'professionaliseren.organisatie.3',
          scope: 'development',
          text: {
            nl: 'Bij het inrichten van de gezamenlijke infrastructuur wordt de expertise van de verschillende partners in de regio benut.',
            en: 'Setting up the joint infrastructure draws on the expertise of the various partners in the region.',
          },
          source: kwaliteitskader(`${ORG}, ${FOR_DEVELOPMENT}`),
        },
        {
          id: 'professionaliseren.organisatie.4',
          scope: 'development',
          text: {
            nl: 'Waar nodig zijn passende afspraken gemaakt over financiële verrekening.',
            en: 'Where needed, fitting agreements on financial settlement have been made.',
          },
          source: kwaliteitskader(`${ORG}, ${FOR_DEVELOPMENT}`),
        },
        {
          id: 'professionaliseren.organisatie.5',
          scope: 'development',
          text: {
            nl: 'Op regioniveau is aandacht voor wat de inzet van expertleraren betekent voor de structuur en het HRM-beleid van onderwijsorganisaties.',
            en: 'At regional level, attention is paid to what deploying expert teachers means for the structure and HRM policy of educational organisations.',
          },
          source: kwaliteitskader(`${ORG}, ${FOR_DEVELOPMENT}`),
        },
      ],
      source: kwaliteitskader(ORG),
    },
    {
      id: 'begeleiden-professionaliseren.kwaliteitscultuur',
      waarborgId: 'kwaliteitscultuur',
      description: {
        nl: "Onderwijsregio's stimuleren de borging van de kwaliteit van begeleiden en professionaliseren en maken daar regionale afspraken over. Dat vraagt een kwaliteitscultuur waarin alle actoren vanuit een gedeelde visie in open dialoog de kwaliteit volgen en versterken.",
        en: 'Education regions stimulate quality assurance of induction and professional development and make regional agreements on it. This calls for a quality culture in which all actors, from a shared vision, monitor and strengthen quality in open dialogue.',
      },
      themes: [
        {
          id: 'begeleiden-professionaliseren.kwaliteitscultuur.evalueren-en-leren',
          name: { nl: 'Evalueren en leren', en: 'Evaluating and learning' },
          description: {
            nl: 'De regio wil de kwaliteit uit waarborg 1 tot en met 3 realiseren en blijven verbeteren. Alle betrokkenen, ook startende en ervaren leraren, voeren daarom regelmatig open gesprekken waarin feedback centraal staat, gevoed door kwantitatief en kwalitatief verzamelde gegevens. Dat kan bijvoorbeeld met de peer review uit hoofdstuk 3, hier met een formatief karakter: tussen schoolbesturen binnen de regio of tussen regio\'s. Vragen die daarin aan bod komen staan hieronder.',
            en: 'The region wants to realise the quality described in waarborgen 1 to 3 and keep improving it. Everyone involved, starting and experienced teachers included, therefore regularly holds open conversations centred on feedback, informed by quantitative and qualitative data. This can be done, for example, with the peer review of chapter 3, here with a formative character: between school boards within the region or between regions. Questions it covers are listed below.',
          },
          questions: [
            {
              id: 'begeleiden-professionaliseren.kwaliteitscultuur.vraag.1',
              text: {
                nl: 'Is wat we willen bereiken nog actueel en relevant? (waarborg 1)',
                en: 'Is what we want to achieve still current and relevant? (waarborg 1)',
              },
              source: kwaliteitskader(`${KC}, Evalueren en leren`),
            },
            {
              id: 'begeleiden-professionaliseren.kwaliteitscultuur.vraag.2',
              text: {
                nl: 'Bereiken we werkelijk wat we willen bereiken? Waar zijn nog ontwikkelstappen te zetten, en wat is dan een concrete volgende stap?',
                en: 'Do we actually achieve what we want to achieve? Where can we still develop, and what is a concrete next step?',
              },
              source: kwaliteitskader(`${KC}, Evalueren en leren`),
            },
            {
              id: 'begeleiden-professionaliseren.kwaliteitscultuur.vraag.3',
              text: {
                nl: 'Doen we wat we willen doen, en is dat effectief? (waarborg 2)',
                en: 'Do we do what we intend to do, and is it effective? (waarborg 2)',
              },
              source: kwaliteitskader(`${KC}, Evalueren en leren`),
            },
            {
              id: 'begeleiden-professionaliseren.kwaliteitscultuur.vraag.4',
              text: {
                nl: 'Waar kan de uitvoering beter? (waarborg 2)',
                en: 'Where can the execution improve? (waarborg 2)',
              },
              source: kwaliteitskader(`${KC}, Evalueren en leren`),
            },
            {
              id: 'begeleiden-professionaliseren.kwaliteitscultuur.vraag.5',
              text: {
                nl: 'Is dat goed georganiseerd? (waarborg 3)',
                en: 'Is it organised in the right way? (waarborg 3)',
              },
              source: kwaliteitskader(`${KC}, Evalueren en leren`),
            },
            {
              id: 'begeleiden-professionaliseren.kwaliteitscultuur.vraag.6',
              text: {
                nl: 'Doen we dit voldoende samen? (waarborg 3)',
                en: 'Do we do this jointly enough? (waarborg 3)',
              },
              source: kwaliteitskader(`${KC}, Evalueren en leren`),
            },
            {
              id: 'begeleiden-professionaliseren.kwaliteitscultuur.vraag.7',
              text: {
                nl: 'Waar kan de organisatie beter? (waarborg 3)',
                en: 'Where can the organisation improve? (waarborg 3)',
              },
              source: kwaliteitskader(`${KC}, Evalueren en leren`),
            },
          ],
          source: kwaliteitskader(`${KC}, Evalueren en leren`),
        },
      ],
      implications: [
        {
          id: 'begeleiden-en-professionaliseren.kwaliteitscultuur.1',
          scope: 'induction-and-development',
          text: {
            nl: 'De regio gebruikt een systematiek om de doorgaande lijn Samen Opleiden – begeleiden – professionaliseren te versterken en te borgen.',
            en: 'The region uses a systematic approach to strengthen and secure the continuous line from Samen Opleiden through induction to professional development.',
          },
          source: kwaliteitskader(`${KC}, ${FOR_BOTH}`),
        },
        {
          id: 'begeleiden-en-professionaliseren.kwaliteitscultuur.2',
          scope: 'induction-and-development',
          text: {
            nl: 'Daartoe wordt regelmatig besproken of er, vanuit de (aanstaande) leraar bekeken, een doorgaande lijn in begeleiding en professionalisering is, aan de hand van onderstaande vragen. De antwoorden steunen op onderzoeksuitkomsten en leiden tot vervolgstappen die worden afgesproken, uitgevoerd, geëvalueerd en bijgesteld.',
            en: 'To that end, the region regularly discusses whether, seen from the (student) teacher, there is a continuous line in induction and professional development, using the questions below. The answers rest on research findings and lead to next steps that are agreed, carried out, evaluated and adjusted.',
          },
          details: [
            { nl: 'Doen we het goede?', en: 'Are we doing the right things?' },
            { nl: 'Hoe weten we dat?', en: 'How do we know?' },
            {
              nl: 'Vinden anderen dat ook (bijvoorbeeld via een ontwikkelingsgerichte peer review)?',
              en: 'Do others agree (for example through a development-oriented peer review)?',
            },
            { nl: 'Wat doen we met die wetenschap?', en: 'What do we do with that knowledge?' },
          ],
          source: kwaliteitskader(`${KC}, ${FOR_BOTH}`),
        },
      ],
      source: kwaliteitskader(KC),
    },
  ],
};
