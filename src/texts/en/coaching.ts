import type { CoachingPrompts } from '../sections/coaching';
import { list } from './words';

export const promptsEn: CoachingPrompts = {
  askAnswer: (waarborg) =>
    `I have no answer about ${waarborg} yet. Describe in a few sentences how it works in your partnership today: ` +
    'what happens, who does it together, and what does the student notice?',
  askCurrentPractice: (phrase) =>
    `You write "${phrase}". The committee assesses what already happens now, not what you plan. ` +
    'What do you already do here today, and since when?',
  askStudentExample:
    'Can you make it concrete with an example of what a student does or experiences here? ' +
    'Think of a lesson visit, intervision or three-way meeting: who took part, when was it, and what did the student say about it?',
  askOwnExperience:
    'Could you describe a moment you went through yourself? For example a lesson, a talk with your workplace mentor ' +
    'or an assignment: when was it, who was there, and what did you learn from it?',
  askPartners: (named) =>
    named.length === 0
      ? 'Who carries this out in practice? Name the roles from both the school and the teacher college ' +
        '(for example school-based and institute-based teacher educator, workplace mentor) and what they do together.'
      : `You mention ${list(named)}. How do school and teacher college do this together: who takes part from both sides, and where do they work together?`,
  askCoherence: (others) =>
    `How does this connect to the other waarborgen (${list(others.map((o) => o.name))})? ` +
    `For example: ${others.map((o) => o.hint).join(' Or: ')}`,
  coherenceHints: {
    'lerende-leraar': 'which vision or image of the profession is this based on?',
    leeromgeving: 'how does it show in the programme, the supervision or the assessment of students?',
    organisatie: 'who has which role, and which agreements and meetings go with it?',
    kwaliteitscultuur: 'how do you evaluate this, and what have you improved as a result?',
  },
  roleNames: {
    schoolopleider: 'the school-based teacher educator',
    instituutsopleider: 'the institute-based teacher educator',
    werkplekbegeleider: 'the workplace mentor',
    opleidingsschool: 'the training school',
    schoolleider: 'the school leader',
    lerarenopleiding: 'the teacher college',
    bestuur: 'the board',
    stuurgroep: 'the steering group',
    werkgroep: 'the working group',
    coordinator: 'the coordinator',
    hr: 'the HR department',
    student: 'the student',
  },
  list,
};
