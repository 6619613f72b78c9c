import type { PartnershipTexts } from '../sections/partnership';
import { list } from './words';

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export const partnershipEn: PartnershipTexts = {
  noPartnership:
    "You don't belong to a partnership yet. Set one up with `partnership`, or ask your coordinator to add you; then choose your role with `role`.",
  names: {
    sectors: { PO: 'PO (primary education)', VO: 'VO (secondary education)', MBO: 'MBO (vocational education)' },
    reviewTypes: {
      assessment: 'beoordelingsgericht: assessment-oriented (aspiring partnership)',
      development: 'ontwikkelingsgericht: development-oriented (recognised partnership)',
    },
    roles: {
      coordinator: 'coordinator',
      school_based_educator: 'schoolopleider (school-based teacher educator)',
      institute_based_educator: 'instituutsopleider (institute-based teacher educator)',
      workplace_mentor: 'werkplekbegeleider / mentor (workplace mentor)',
      student: 'student (student teacher)',
      board_member: 'bestuurder (board member)',
    },
    conversations: {
      students: 'the conversation with students',
      'teacher-educators': 'the conversation with teacher educators',
      'board-members': 'the conversation with board members',
    },
    groups: { students: 'Students', 'teacher-educators': 'Teacher educators', 'board-members': 'Board members' },
    list,
    date: (isoDate) => dateFormat.format(new Date(`${isoDate}T00:00:00Z`)),
  },
  usage: (given) =>
    `I don't know "${given}" after \`partnership\`. Type \`partnership\` (view or set up), \`partnership edit\`, \`partnership channel\` or \`partnership new\`.`,
  overview: {
    title: (name) => `Partnership ${name}`,
    region: 'Onderwijsregio (education region)',
    sectors: 'Sectors',
    reviewType: 'Type of peer review',
    visitDate: 'Visit day',
    noVisitDate: 'not known yet',
    updatesChannel: 'Channel for updates',
    channelHere: 'this channel',
    channelElsewhere: 'set (another channel)',
    channelNotSet: 'not set yet: type `partnership channel` in the channel that should get the updates',
    wordLimit: 'Word limit per waarborg',
    words: (count) => `${count.toLocaleString('en-GB')} words`,
    members: 'Members',
    yourRole: (role) => `Your role: ${role}. Another role? Type \`role\`.`,
    coordinatorHint: 'As coordinator you can change the details (`partnership edit`) and set the channel for updates (`partnership channel`).',
    memberHint: 'Use `consistency` to see how the three conversations line up.',
    editButton: 'Edit',
  },
  form: {
    createTitle: 'Set up partnership',
    editTitle: 'Edit partnership',
    createSubmit: 'Set up',
    editSubmit: 'Save',
    name: 'Name of the partnership',
    region: 'Onderwijsregio (education region)',
    sectors: 'Sectors (several allowed)',
    reviewType: 'Type of peer review',
    visitDate: 'Date of the visit day (if known)',
    wordLimit: 'Word limit per waarborg',
    createIntro: "You don't belong to a partnership yet. Fill in this form to set one up; you will be its coordinator.",
    existingHint: (names) =>
      `This workspace already has ${list(names.map((n) => `**${n}**`))}. Do you belong there? Then type \`role\` instead of setting up a new partnership.`,
  },
  remove: {
    ask: (name, members, answers) =>
      `Are you sure you want to remove **${name}**? Everything of this partnership goes with it: the roles of ${members} ${members === 1 ? 'member' : 'members'}, ` +
      `${answers} ${answers === 1 ? 'answer' : 'answers'}, the draft, the planning and the practice questions. Other partnerships stay as they are. This cannot be undone.`,
    confirm: (name) => `Yes, remove ${name}`,
    cancel: 'No, keep it',
    cancelled: 'Fine, nothing was removed.',
    done: (name) => `**${name}** has been removed, with everything that belonged to it.`,
    gone: 'That partnership no longer exists; nothing was removed.',
    onlyCoordinator: (coordinators) => `Only a coordinator can remove a partnership${coordinators.length > 0 ? `: ask ${list(coordinators)}` : ''}.`,
  },
  another: {
    ask: (existing, name) =>
      `This workspace already has ${list(existing.map((n) => `**${n}**`))}. ` +
      `Do you really want to add another partnership${name ? `, **${name}**` : ''}? If you belong to an existing one, choose "No" and type \`role\`.`,
    confirm: 'Yes, create the new partnership',
    cancel: 'No, create nothing',
    cancelled: 'Fine, nothing was created. Type `role` to choose your role in the existing partnership.',
  },
  invalid: {
    intro: "I couldn't save that yet:",
    nameEmpty: 'Fill in the name of the partnership.',
    nameTooLong: (max) => `The name can be at most ${max} characters long.`,
    nameTaken: (name) => `This workspace already has another partnership called **${name}**. Choose another name.`,
    regionEmpty: 'Fill in the Onderwijsregio.',
    regionTooLong: (max) => `The Onderwijsregio can be at most ${max} characters long.`,
    sectorsEmpty: 'Choose at least one sector: PO, VO or MBO.',
    sectorsUnknown: (given) => `I don't know ${list(given.map((g) => `"${g}"`))} as a sector. Choose from PO, VO and MBO.`,
    reviewType: 'Choose the type of peer review: beoordelingsgericht (aspiring partnership) or ontwikkelingsgericht (recognised partnership).',
    visitDateInvalid: (given) => `"${given}" is not a real date. Pick the visit day in the calendar, or leave it empty if it is not known yet.`,
    visitDatePast: (date) => `The visit day (${date}) is in the past. Choose a date from today on, or leave it empty.`,
    wordLimit: (given, min, max) => `I can't use "${given}" as a word limit: choose a whole number from ${min} to ${max}.`,
    outro: 'What you filled in is still in the form; correct it and send it again.',
  },
  created: {
    done: (name) => `Partnership **${name}** is ready. You are its coordinator.`,
    channel: 'This channel gets the updates on the phases of the peer review.',
    inDm: 'Updates on the phases go to a channel: type `partnership channel` in the channel that should get them (invite the bot there first).',
    nextSteps: 'Then: set up the review dates, or write the first reflection yourself.',
    planningButton: 'See the planning',
    reflectButton: 'Write a reflection',
    next: 'Ask the others in the partnership to type `role`: that is how they choose their role, and you see who joins which conversation on the visit day.',
  },
  exists: (name) => `Partnership **${name}** exists already; I did not make a second one.`,
  existsJoin: 'Do you belong to it but are not a member yet? Type `role` to choose your role.',
  edit: {
    onlyCoordinator: (coordinators) =>
      coordinators.length > 0
        ? `Only a coordinator can edit the partnership. Ask ${list(coordinators)}.`
        : 'Only a coordinator can edit the partnership.',
    saved: (name) => `Saved: these are now the details of **${name}**.`,
    conflict: 'Someone else changed the partnership while you were filling in the form, so I have not saved your changes yet. This is what it says now:',
    conflictRetry: 'Your changes are still in the form. Compare them with the above and send again if they still hold.',
    gone: 'This partnership no longer exists. Type `partnership` to carry on.',
  },
  channel: {
    set: (name) => `This channel now gets the updates of **${name}**.`,
    inDm: 'Type `partnership channel` in the channel that should get the updates (mention @peerreview there or use `/peerreview partnership channel`), not in a private chat.',
  },
  role: {
    prompt: (partnership) => `What is your role in **${partnership}**?`,
    current: (role, partnership) => `You are now ${role} in **${partnership}**.`,
    choosePartnership: 'This workspace has several partnerships. Which one do you belong to?',
    noPartnershipHere: 'This workspace has no partnership yet. Set one up with `partnership`.',
    unknown: (given, roles) => `I don't know "${given}" as a role. Choose: ${list(roles)}.`,
    set: (role, partnership) => `You are now ${role} in **${partnership}**.`,
    firstMember: (partnership) => `You are the first in **${partnership}**, so you are its coordinator.`,
    conversation: (conversation) => `On the visit day you join ${conversation}.`,
    nextStep: 'What next? Write from your role about the four waarborgen.',
    reflectButton: 'Write a reflection',
    helpButton: 'What else can I do?',
    onlyCoordinatorAppoints: (coordinators) =>
      coordinators.length > 0
        ? `Only a coordinator can make someone coordinator. Ask ${list(coordinators)}.`
        : 'Only a coordinator can make someone coordinator.',
    lastCoordinator: (partnership) =>
      `You are the only coordinator of **${partnership}**. First make someone else coordinator (\`role coordinator\`); then you can choose another role yourself.`,
    appointPrompt: 'You are a coordinator already. Whom do you make coordinator too?',
    appointNobody: 'You are a coordinator already. Once others have joined with `role`, you can make someone else coordinator here.',
    appointButton: (name) => name,
    appointed: (name, partnership) => `${name} is now a coordinator of **${partnership}**.`,
    gone: "I can't find that partnership or person any more. Type `role` to choose again.",
  },
  consistency: {
    choose: 'For which waarborg do you want to see how the three conversations line up?',
    unknown: (given, names) => `I don't know "${given}" as a waarborg. Choose from ${list(names)}.`,
    title: (waarborg) => `Consistency: ${waarborg}`,
    why: 'Why this matters: the committee weighs the consistency between the three visit-day conversations (students, teacher educators, board members) heavily in its judgement.',
    nothingYet: (waarborg) => `Nobody in your partnership has written anything for ${waarborg} yet. Once there are reflections, you will see here what the three groups say per item.`,
    item: (number, text) => `**${number}. ${text}**`,
    answer: (group, author, quote) => `- **${group}** (${author}): “${quote}”`,
    silentAnswer: (group) => `- **${group}**: _nothing yet_`,
    more: (group, count) => `- **${group}**: _and ${count} more ${count === 1 ? 'contribution' : 'contributions'}_`,
    summary: (items) =>
      items.length === 0
        ? 'No silent groups and no contradictions found. Still go through the quotes together.'
        : `Look especially at: ${list(
            items.map((i) => `item ${i.number} (${[i.contradiction ? 'possible contradiction' : '', i.silent ? 'not all groups yet' : ''].filter(Boolean).join(', ')})`),
          )}.`,
    silent: (groups) => `⚠ Silent so far: ${list(groups.map((g) => g.toLowerCase()))}. The committee talks to all three groups about this item.`,
    contradiction: (c) =>
      `⚠ Possible contradiction about ${list(c.terms)}: ${c.inPlace.group.toLowerCase()} describe it as practice (“${c.inPlace.quote}”, ${c.inPlace.author}), ` +
      (c.kind === 'present-vs-absent'
        ? `${c.other.group.toLowerCase()} say it is not there (yet) or do not know (“${c.other.quote}”, ${c.other.author}; note “${c.other.cue}”).`
        : `${c.other.group.toLowerCase()} only mention it as a plan (“${c.other.quote}”, ${c.other.author}; note “${c.other.cue}”).`),
    otherItems: 'About the waarborg in general',
    caveat: '_The check reads words, not intentions: discuss what it points at together._',
    keyTerms: {
      beroepsbeeld: 'image of the profession',
      bekwaamheden: 'competences',
      leeruitkomsten: 'learning outcomes',
      visie: 'vision',
      uitgangspunten: 'principles',
      draagvlak: 'support',
      programma: 'training programme',
      samenwerking: 'joint execution',
      doelen: 'goals',
      feedback: 'feedback',
      beoordeling: 'assessment',
      werkplek: 'workplace',
      begeleiding: 'mentoring',
      overleg: 'consultation',
      besluitvorming: 'decision-making',
      afspraken: 'agreements',
      verantwoordelijkheden: 'responsibilities and roles',
      structuur: 'organisational structure',
      professionalisering: 'professional development',
      kwaliteitszorg: 'quality assurance',
      basiskwaliteit: 'basic quality',
      kwaliteitsgesprek: 'conversation about quality',
      evaluatie: 'evaluation',
      gegevens: 'data',
      verbetering: 'follow-up steps',
    },
  },
  participation: {
    title: (partnership) => `Participation in the reflections of ${partnership}`,
    intro: 'Per waarborg: how many people of each visit-day conversation wrote about it.',
    count: (group, written, total) =>
      `${written} of ${total} ${{ students: 'students', 'teacher-educators': 'teacher educators', 'board-members': 'board members' }[group]}`,
    waarborgLine: (waarborg, counts) => `- **${waarborg}**: ${counts.join(' · ')}`,
    overallLine: (counts) => `**On at least one waarborg:** ${counts.join(' · ')}`,
    noMembers: 'No members have a role yet. Ask them to type `role`.',
    silent: (names, count) => `Nothing written yet (${count}): ${list(names)}.`,
    everyoneWrote: 'Everyone has written something.',
    remindButton: 'Send a reminder',
    coordinatorOnly: (coordinators) =>
      coordinators.length > 0
        ? `Participation is for the partnership's coordinator: ${list(coordinators)}.`
        : "Participation is for the partnership's coordinator; there is none right now.",
    reminded: (count) => `I sent ${count === 1 ? '1 person' : `${count} people`} a friendly reminder.`,
    alreadyReminded: 'A reminder was already sent today. You can send another tomorrow.',
    nobodyToRemind: 'There is nobody to remind: everyone has written something.',
    reminder: (name, coordinator, partnership) =>
      `Hello ${name}! ${coordinator} asks you to help write the reflection of ${partnership} for the peer review. ` +
      'You write from your own experience, a few sentences per point; "I don\'t know" is fine too. It takes about a quarter of an hour.',
    reminderButton: 'Start the reflection',
  },
};
