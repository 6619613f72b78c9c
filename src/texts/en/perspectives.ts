// Each minimum item of the Kwaliteitskader (§ 2) asked from where a student or
// a board member stands. The item itself is shown under it, unchanged.
import type { ReflectionTexts } from '../sections/reflection';

export const perspectiveEn: ReflectionTexts['perspective'] = {
  students: {
    'lerende-leraar.minimum.1':
      'Do you know which competences or learning outcomes you must meet by the end? Where did you come across them: in assignments, your assessment, talks at school?',
    'lerende-leraar.minimum.2':
      'How do you learn the profession in this partnership: what do you learn at school, what at the institute, and does it suit your route (full-time, part-time, career switch)?',
    'lerende-leraar.minimum.3':
      'Do you notice that school and institute start from the same principles? Describe a moment when you saw that, or did not.',
    'lerende-leraar.minimum.4':
      'Do your workplace mentor, school-based and institute-based educators tell you the same about what makes a good teacher? How do you notice?',
    'leeromgeving.minimum.1': 'What does your programme look like: what do you do at school and what at the institute, and do they fit together?',
    'leeromgeving.minimum.2':
      'Who supervise you at school and from the institute, and when do they work together around you, for example in a three-way conversation?',
    'leeromgeving.minimum.3': 'Do you know what is expected of you and how you get feedback and your assessment? How did that go last time?',
    'leeromgeving.minimum.4': 'What helps you grow at your workplace, and what do you miss? Give an example from the last few weeks.',
    'organisatie.minimum.1':
      'Do you know whom to turn to when something goes wrong at your school or in your programme? Has that happened, and how did it go?',
    'organisatie.minimum.2': 'Is it clear to you who is responsible for what: who supervises you and who assesses you?',
    'organisatie.minimum.3': 'Do you notice that your supervisors are equipped to supervise students? How?',
    'kwaliteitscultuur.minimum.1':
      'Are you asked what you think of your programme and supervision? How, and did you notice that something was done with it?',
    'kwaliteitscultuur.minimum.2':
      'Have you ever taken part in a conversation about what goes well and what could be better in the partnership? What was discussed?',
    'kwaliteitscultuur.minimum.3': 'Have you seen an improvement that came from what students said in evaluations? Which one?',
  },
  'board-members': {
    'lerende-leraar.minimum.1':
      'Which picture of the teacher has the board set with the institute, and where did you discuss or decide it?',
    'lerende-leraar.minimum.2':
      'Which vision of how student teachers learn does the board stand for, and where do you see it in the choices you make (for career switchers, say)?',
    'lerende-leraar.minimum.3': 'Which principles for educating teachers together has the board laid down with the partners, and how do you steer on them?',
    'lerende-leraar.minimum.4':
      'How does the board see to it that the profile and vision are carried into the schools: where do you talk about them, what do you ask of school leaders?',
    'leeromgeving.minimum.1': 'What has the board decided or arranged (time, money, people) so that there is one joint programme?',
    'leeromgeving.minimum.2': 'How does the board know whether the programme is really carried out together in the schools, and what do you do when it is not?',
    'leeromgeving.minimum.3': 'Which agreements on goals, programme and assessment did the board help set, and where are they laid down?',
    'leeromgeving.minimum.4':
      'What does the board invest in schools as workplaces to learn in (supervision time, trained supervisors), and how do you follow whether it works?',
    'organisatie.minimum.1': 'In which meetings does the board decide on educating teachers together, with whom, and which decision did you take there lately?',
    'organisatie.minimum.2':
      'How are the tasks and required competences of educators and supervisors laid down, and how does the board anchor them (positions, hours, training)?',
    'organisatie.minimum.3':
      'Which approach to the professional development of school-based educators, workplace mentors and institute-based educators does the board have, and how is it funded?',
    'kwaliteitscultuur.minimum.1': 'How does the board follow the quality of educating teachers together: what information do you get, and what do you do with it?',
    'kwaliteitscultuur.minimum.2':
      'How often and with whom does the board discuss whether you do the right things and do them well? What came of it last time?',
    'kwaliteitscultuur.minimum.3': 'On which data does the board base its decisions on educating teachers together, and which next step was really carried out?',
  },
};
