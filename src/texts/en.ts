import { promptsEn } from './en/coaching';
import { deliveryEn } from './en/delivery';
import { draftEn } from './en/draft';
import { drillsEn } from './en/drills';
import { partnershipEn } from './en/partnership';
import { reflectionEn } from './en/reflection';
import { timelineEn } from './en/timeline';
import { welcomeEn } from './en/welcome';
import type { Texts } from './types';

export const en: Texts = {
  roles: {
    coordinator: 'coordinator',
    school_based_educator: 'school-based teacher educator',
    institute_based_educator: 'institute-based teacher educator',
    workplace_mentor: 'workplace mentor',
    student: 'student teacher',
    board_member: 'board member',
  },
  coaching: promptsEn,
  partnership: partnershipEn,
  reflection: reflectionEn,
  draft: draftEn,
  delivery: deliveryEn,
  drills: drillsEn,
  timeline: timelineEn,
  welcome: welcomeEn,
  help: {
    title: 'Samen Opleiden peer review: help',
    intro:
      'I help your partnership prepare its peer review: collecting reflections per waarborg, ' +
      'coached toward what the assessors look for, and turning them into your self-evaluation of basic quality or critical reflection together (whichever your peer review asks for).',
    commands: [
      { usage: 'help', description: 'this overview' },
      { usage: 'partnership', description: 'view or set up your partnership (a form); `partnership edit`, `partnership channel`' },
      { usage: 'role', description: 'choose your role in the partnership' },
      { usage: 'reflect [waarborg]', description: 'reflect per waarborg, item by item, with coaching; `progress` shows how far you are, with a button to edit each answer' },
      { usage: 'consistency [waarborg]', description: 'what students, educators and board members said, side by side' },
      { usage: 'participation', description: 'coordinator: per waarborg and conversation who has written something, with a reminder for those who have not (one a day)' },
      { usage: 'draft [waarborg]', description: 'the draft of your self-evaluation of basic quality or critical reflection, with words, criteria and empty items' },
      { usage: 'choose [waarborg] [nr]', description: 'coordinator: choose or edit the text of an item' },
      { usage: 'download [working] [md]', description: 'the draft as a Word file ready to send; `download working` with sources, status per item and the dossier check as an appendix; `download md` as Markdown' },
      { usage: 'check', description: 'coordinators: read the draft the way the committee reads it, per waarborg and assessment criterion, with wishes instead of practice and where the conversations diverge; also an appendix of `download working`' },
      { usage: 'delivery', description: 'coordinators: which of the bot\'s messages did not arrive, and for whom' },
      { usage: 'status', description: 'the review’s phase, the next deadlines and the progress; `status region` for the region' },
      { usage: 'timeline', description: 'the review’s timeline; the coordinator moves, marks done and adds' },
      { usage: 'vraagstuk <text>', description: 'propose a question for the visiting panel; `vraagstukken` lists them, the coordinator selects with `vraagstuk choose <nrs>`' },
      { usage: 'practice [group] [waarborg]', description: 'a practice question for the visit day, with feedback and a model answer from your draft; `later`, `stop practice`, `pause until <date>`, `resume practice`, `my practice`' },
      { usage: 'mock [group]', description: 'a 45-minute mock round in this thread, with `answer <no> <text>` and a summary' },
      { usage: 'vraag toevoegen <group> <waarborg> <question>', description: 'propose a practice question of your own; `questions` lists them; coordinator: `vraag accept|edit|retire <no>`' },
      { usage: 'oefenplan', description: 'when the practice questions come; coordinator: `oefenplan on`, `days`, `time`, `per-week`, `channel`; `readiness` per group and waarborg' },
      { usage: 'language', description: 'choose Dutch or English' },
    ],
    startHere: 'Start right away:',
    buttons: { reflect: 'Write a reflection', progress: 'Progress', status: 'Review status', partnership: 'Partnership' },
    footer: 'In Slack: `/peerreview help`, a direct message or mention @peerreview. In Teams: a personal chat or an @mention in a channel. Nederlands? Typ `hulp nl`.',
  },
  language: {
    prompt: 'Which language should I answer in?',
    set: 'From now on I will answer you in English.',
    unknown: (given) => `I don't know "${given}" as a language. Choose Dutch (nl) or English (en).`,
    dutch: 'Nederlands',
    english: 'English',
  },
  platform: {
    openForm: 'Open form',
    submit: 'Submit',
    cancel: 'Cancel',
    teamsRequiredField: 'Please fill in this field.',
    downloadGone: {
      title: 'This download link no longer works',
      body: 'A download link works for 24 hours and only as it was sent. Ask the bot for `download` again in your chat for a new link.',
    },
  },
  errors: {
    unknownCommand: (given) => `I don't know "${given}". Type \`help\` to see what I can do.`,
    emptyInput: 'I received an empty message. Type `help` to see what I can do.',
    tooLong: (max) => `That message is too long (over ${max} characters). Split it into parts; nothing was lost.`,
    staleAction: 'This button belongs to a conversation that has ended. Type `help` to carry on.',
    internal: 'Something went wrong on my side: I could not handle your last message. Please send it again in a moment.',
  },
};
