// What people type after `partnerschap` and `rol`, in Dutch or English.
import { foldCase } from '../../core/text';
import type { PartnerRole } from '../../domain/partnership';

export type Subcommand = 'show' | 'edit' | 'channel' | 'new' | 'remove';

const subcommands: Record<string, Subcommand> = {
  wijzig: 'edit',
  wijzigen: 'edit',
  bewerk: 'edit',
  bewerken: 'edit',
  aanpassen: 'edit',
  edit: 'edit',
  change: 'edit',
  kanaal: 'channel',
  channel: 'channel',
  nieuw: 'new',
  nieuwe: 'new',
  new: 'new',
  opzetten: 'new',
  create: 'new',
  verwijder: 'remove',
  verwijderen: 'remove',
  delete: 'remove',
  remove: 'remove',
};

/** `''` shows; an unknown word gives undefined. */
export function parseSubcommand(args: string): Subcommand | undefined {
  const word = args.trim().split(/\s+/)[0] ?? '';
  return word === '' ? 'show' : subcommands[foldCase(word)];
}

const roles: Record<string, PartnerRole> = {
  coordinator: 'coordinator',
  coordinatoren: 'coordinator',
  projectleider: 'coordinator',
  schoolopleider: 'school_based_educator',
  so: 'school_based_educator',
  'school-based educator': 'school_based_educator',
  'school-based teacher educator': 'school_based_educator',
  school_based_educator: 'school_based_educator',
  instituutsopleider: 'institute_based_educator',
  instituutopleider: 'institute_based_educator',
  io: 'institute_based_educator',
  lerarenopleider: 'institute_based_educator',
  'institute-based educator': 'institute_based_educator',
  'institute-based teacher educator': 'institute_based_educator',
  institute_based_educator: 'institute_based_educator',
  werkplekbegeleider: 'workplace_mentor',
  'werkplekbegeleider / mentor': 'workplace_mentor',
  'werkplekbegeleider/mentor': 'workplace_mentor',
  mentor: 'workplace_mentor',
  wpb: 'workplace_mentor',
  praktijkbegeleider: 'workplace_mentor',
  'workplace mentor': 'workplace_mentor',
  workplace_mentor: 'workplace_mentor',
  student: 'student',
  'aanstaande leraar': 'student',
  'student teacher': 'student',
  lio: 'student',
  stagiair: 'student',
  'zij-instromer': 'student',
  bestuurder: 'board_member',
  bestuurslid: 'board_member',
  bestuur: 'board_member',
  'board member': 'board_member',
  board: 'board_member',
  board_member: 'board_member',
};

/** A role by its Dutch or English name; case, accents and extra spaces do not matter. */
export function parseRole(text: string): PartnerRole | undefined {
  const key = foldCase(text.trim()).replace(/\s+/g, ' ');
  return roles[key];
}
