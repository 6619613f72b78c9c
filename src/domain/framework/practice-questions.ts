import type { ConversationGroupId, PracticeQuestion, PracticeQuestions, WaarborgId } from './schema';
import { dusiVerslag } from './sources';

/**
 * Practice questions for the three visit-day conversations, per waarborg
 * (DUS-I verslag, bijlage 4 Oefenvragen). The source calls them a small selection.
 */

const CONVERSATION_HEADING: Record<ConversationGroupId, string> = {
  students: 'Gesprek 1: studenten',
  'teacher-educators': 'Gesprek 2: opleiders',
  'board-members': 'Gesprek 3: bestuurders',
};

const WAARBORG_HEADING: Record<WaarborgId, string> = {
  'lerende-leraar': 'Waarborg 1: lerende leraar',
  leeromgeving: 'Waarborg 2: leeromgeving',
  organisatie: 'Waarborg 3: organisatie',
  kwaliteitscultuur: 'Waarborg 4: kwaliteitscultuur',
};

/** Builds the questions of one conversation for one waarborg, numbered from 1. */
function questions(
  group: ConversationGroupId,
  waarborgId: WaarborgId,
  texts: PracticeQuestion['text'][],
): PracticeQuestion[] {
  return texts.map((text, i) => ({
    id: `practice-question.${group}.${waarborgId}.${i + 1}`,
    waarborgId,
    text,
    source: dusiVerslag(`bijlage 4 Oefenvragen, ${CONVERSATION_HEADING[group]}, ${WAARBORG_HEADING[waarborgId]}`),
  }));
}

export const practiceQuestions: PracticeQuestions = {
  note: {
    id: 'practice-questions.note',
    text: {
      nl: 'Deze vragen zijn een kleine selectie om de gesprekken van de bezoekdag te oefenen. Verzamel zelf ook zulke vragen in oefensessies van het eigen partnerschap of in de netwerken van het Platform.',
      en: "These questions are a small selection for rehearsing the visit-day conversations. Also collect similar questions yourselves in your partnership's practice sessions or in the Platform's networks.",
    },
    source: dusiVerslag('bijlage 4 Oefenvragen'),
  },
  groups: [
    {
      id: 'students',
      number: 1,
      name: { nl: 'Gesprek met studenten', en: 'Conversation with students' },
      questions: [
        ...questions('students', 'lerende-leraar', [
          {
            nl: 'Herkennen jullie het beroepsbeeld in de praktijk?',
            en: 'Do you recognise the image of the profession in practice?',
          },
          {
            nl: 'Hoe word je geïnformeerd over het beroepsbeeld en de visie op leren?',
            en: 'How are you informed about the image of the profession and the vision on learning?',
          },
        ]),
        ...questions('students', 'leeromgeving', [
          {
            nl: 'Hoe komt het beroepsbeeld terug in het curriculum van de opleiding?',
            en: 'How does the image of the profession come back in the curriculum of the teacher college?',
          },
          {
            nl: 'Hoe besteden begeleiders en opleiders er aandacht aan?',
            en: 'How do mentors and teacher educators pay attention to it?',
          },
          {
            nl: 'Waar zie je de verbinding en samenwerking tussen school en opleiding terug?',
            en: 'Where do you see the connection and cooperation between school and teacher college?',
          },
        ]),
        ...questions('students', 'organisatie', [
          {
            nl: 'Hoe zijn de rollen verdeeld tussen de schoolopleider en de instituutsopleider?',
            en: 'How are the roles divided between the school-based and the institute-based teacher educator?',
          },
          {
            nl: 'Is het partnerschap zichtbaar op jouw school of opleiding?',
            en: 'Is the partnership visible at your school or teacher college?',
          },
        ]),
        ...questions('students', 'kwaliteitscultuur', [
          {
            nl: 'Hoe word je als student gevraagd naar het functioneren van de opleidingsschool?',
            en: 'How are you, as a student, asked about how the partnership (opleidingsschool) functions?',
          },
        ]),
      ],
      source: dusiVerslag(`bijlage 4 Oefenvragen, ${CONVERSATION_HEADING.students}`),
    },
    {
      id: 'teacher-educators',
      number: 2,
      name: { nl: 'Gesprek met opleiders', en: 'Conversation with teacher educators' },
      questions: [
        ...questions('teacher-educators', 'lerende-leraar', [
          {
            nl: 'Hoe vindt het beroepsbeeld zijn weg naar de studenten, en herkennen zij het?',
            en: 'How does the image of the profession reach the students, and do they recognise it?',
          },
          {
            nl: 'Hoe zorg je dat alle betrokkenen op dezelfde manier naar het beroepsbeeld en de visie op leren kijken?',
            en: 'How do you make sure everyone involved looks at the image of the profession and the vision on learning in the same way?',
          },
          {
            nl: 'Wie waren betrokken bij het opstellen van het beroepsbeeld?',
            en: 'Who was involved in drawing up the image of the profession?',
          },
        ]),
        ...questions('teacher-educators', 'leeromgeving', [
          {
            nl: 'Wie is verantwoordelijk voor het monitoren van het curriculum?',
            en: 'Who is responsible for monitoring the curriculum?',
          },
          {
            nl: 'Hoe is het overleg tussen de verschillende begeleiders georganiseerd?',
            en: 'How is consultation between the various mentors organised?',
          },
        ]),
        ...questions('teacher-educators', 'organisatie', [
          {
            nl: 'Hoe onderhoud je je expertise?',
            en: 'How do you maintain your expertise?',
          },
          {
            nl: 'Hoe zijn de rollen verdeeld tussen instituuts- en schoolopleiders?',
            en: 'How are the roles divided between institute-based and school-based teacher educators?',
          },
        ]),
        ...questions('teacher-educators', 'kwaliteitscultuur', [
          {
            nl: 'Welke rol heb je zelf in het monitoren van de kwaliteit van Samen Opleiden?',
            en: 'What role do you yourself play in monitoring the quality of Samen Opleiden?',
          },
          {
            nl: 'Hoe bewaak je samen met de mentor de kwaliteit van de beoordelaar?',
            en: 'How do you, together with the mentor, safeguard the quality of the assessor?',
          },
          {
            nl: 'Hoe wordt getoetst of er werkelijk wordt opgeleid tot het beroepsbeeld?',
            en: 'How is it checked that students are really being educated towards the image of the profession?',
          },
          {
            nl: 'Welke verbeteringen hebben jullie de afgelopen periode doorgevoerd, en hoe hebben jullie die gedeeld?',
            en: 'What improvements have you made recently, and how did you share them?',
          },
        ]),
      ],
      source: dusiVerslag(`bijlage 4 Oefenvragen, ${CONVERSATION_HEADING['teacher-educators']}`),
    },
    {
      id: 'board-members',
      number: 3,
      name: { nl: 'Gesprek met bestuurders', en: 'Conversation with board members' },
      questions: [
        ...questions('board-members', 'lerende-leraar', [
          {
            nl: 'Waartoe moet de visie leiden, naast de competenties van de startbekwame docent?',
            en: 'Beyond the competences of the starting teacher, what should the vision lead to?',
          },
          {
            nl: 'Wat was de rol van de bestuurder bij het opstellen van het beroepsbeeld?',
            en: 'What was the role of the board member in drawing up the image of the profession?',
          },
        ]),
        ...questions('board-members', 'leeromgeving', [
          {
            nl: 'Hoe zijn jullie herkenbaar en zichtbaar in de opleidingsschool?',
            en: 'How are you recognisable and visible in the partnership (opleidingsschool)?',
          },
        ]),
        ...questions('board-members', 'organisatie', [
          {
            nl: 'Hoe worden besluiten van de stuurgroep en de projectleiders bekendgemaakt?',
            en: 'How are decisions of the steering group and the project leaders made known?',
          },
          {
            nl: 'Welke onderwerpen komen aan de bestuurlijke tafel?',
            en: 'Which topics reach the board-level table?',
          },
          {
            nl: 'Hoe heeft het partnerschap een plek gekregen in het HR-beleid van de besturen en/of scholen?',
            en: 'How has the partnership found a place in the HR policy of the boards and/or schools?',
          },
        ]),
        ...questions('board-members', 'kwaliteitscultuur', [
          {
            nl: 'Welke rol spelen jullie in kwaliteitsborging en monitoring?',
            en: 'What role do you play in quality assurance and monitoring?',
          },
          {
            nl: 'Hoe wordt getoetst of er werkelijk wordt opgeleid tot het beroepsbeeld?',
            en: 'How is it checked that students are really being educated towards the image of the profession?',
          },
          {
            nl: 'Hoe heeft de kwaliteitscultuur een plek gekregen in het HR-beleid?',
            en: 'How has the quality culture found a place in HR policy?',
          },
          {
            nl: 'Waarop sturen jullie, en hoe?',
            en: 'What do you steer on, and how?',
          },
        ]),
      ],
      source: dusiVerslag(`bijlage 4 Oefenvragen, ${CONVERSATION_HEADING['board-members']}`),
    },
  ],
};
