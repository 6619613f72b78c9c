// `rol` / `role` through the engine: joining, choosing with buttons or at once,
// the coordinator rules, and choosing among several partnerships.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PARTNER_ROLES } from '../../../src/domain/partnership';
import { CREATE_FORM, createFormName } from '../../../src/flows/partnership/form';
import { en } from '../../../src/texts/en';
import { nl } from '../../../src/texts/nl';
import { uniqueId } from '../../support/bot';
import { CHANNEL, choicesOf, personIn, startDriver, textOf, validForm, type Driver } from './driver';

let driver: Driver;
beforeAll(async () => {
  driver = await startDriver();
});
afterAll(() => driver.dispose());

const anne = { id: 'UANNE', name: 'Anne de Boer' };
const sam = { id: 'USAM', name: 'Sam Student' };
const t = nl.partnership;
const confirmation = (role: (typeof PARTNER_ROLES)[number], conversation: keyof typeof t.names.conversations, name = 'Opleiden in de Regio') =>
  `${t.role.set(t.names.roles[role], name)}\n${t.role.conversation(t.names.conversations[conversation])}\n${t.role.nextStep}`;

async function withPartnership(name = 'Opleiden in de Regio') {
  const tenant = uniqueId('T');
  await personIn(driver, tenant, anne, CHANNEL).submit(CREATE_FORM, validForm({ name }));
  const partnership = (await driver.inTenant(tenant, (scope) => scope.partnerships.list()))[0]!;
  return { tenant, partnership };
}

async function roleOf(tenant: string, partnershipId: string, name: string) {
  const members = await driver.inTenant(tenant, (scope) => scope.partnerships.members(partnershipId));
  return members.find((m) => m.displayName === name)?.role;
}

describe('rol', () => {
  it('says to set up a partnership first when the workspace has none', async () => {
    expect(textOf(await personIn(driver, uniqueId('T'), sam).say('rol'))).toBe(t.role.noPartnershipHere);
    expect(textOf(await personIn(driver, uniqueId('T'), sam).say('rol student'))).toBe(t.role.noPartnershipHere);
  });

  it('asks with a button per role; a press joins and names the visit-day conversation', async () => {
    const { tenant, partnership } = await withPartnership();
    const samHere = personIn(driver, tenant, sam);
    const asked = await samHere.say('rol');
    expect(textOf(asked)).toBe(t.role.prompt(partnership.name));
    expect(choicesOf(asked).map((c) => [c.label, c.action, c.value])).toEqual(
      PARTNER_ROLES.map((r) => [t.names.roles[r], 'role.set', `${partnership.id}|${r}`]),
    );
    expect(choicesOf(asked).map((c) => c.label)).toEqual([
      'coördinator',
      'schoolopleider',
      'instituutsopleider',
      'werkplekbegeleider / mentor',
      'student (aanstaande leraar)',
      'bestuurder',
    ]);
    const pressed = await samHere.press('role.set', `${partnership.id}|workplace_mentor`);
    expect(textOf(pressed)).toBe(confirmation('workplace_mentor', 'teacher-educators'));
    // The next step is a button: the same as typing `reflectie`.
    expect(choicesOf(pressed).map((c) => [c.label, c.action, c.value])).toEqual([
      [t.role.reflectButton, 'command', 'reflectie'],
      [t.role.helpButton, 'command', 'hulp'],
    ]);
    expect(await roleOf(tenant, partnership.id, sam.name)).toBe('workplace_mentor');
  });

  it('sets a role at once: `rol student`, `role board member`, any case or accent', async () => {
    const { tenant, partnership } = await withPartnership();
    expect(textOf(await personIn(driver, tenant, sam).say('rol Student'))).toBe(confirmation('student', 'students'));
    const bea = { id: 'UBEA', name: 'Bea' };
    expect(textOf(await personIn(driver, tenant, bea).say('role board member'))).toBe(confirmation('board_member', 'board-members'));
    const io = { id: 'UIO', name: 'Ivo' };
    expect(textOf(await personIn(driver, tenant, io).say('rol Instituutsopleider'))).toBe(confirmation('institute_based_educator', 'teacher-educators'));
    expect(await roleOf(tenant, partnership.id, 'Bea')).toBe('board_member');
  });

  it('takes a typed answer to its question, and keeps asking after an unknown one', async () => {
    const { tenant, partnership } = await withPartnership();
    const samHere = personIn(driver, tenant, sam);
    await samHere.say('rol');
    const unknown = await samHere.say('astronaut');
    expect(textOf(unknown)).toBe(t.role.unknown('astronaut', PARTNER_ROLES.map((r) => t.names.roles[r])));
    expect(textOf(await samHere.say('schoolopleider'))).toBe(confirmation('school_based_educator', 'teacher-educators'));
    expect(await roleOf(tenant, partnership.id, sam.name)).toBe('school_based_educator');
    // The question is answered: a loose word is no role any more.
    expect(textOf(await samHere.say('student'))).toBe(nl.errors.unknownCommand('student'));
  });

  it('closes its question when a button answers it', async () => {
    const { tenant, partnership } = await withPartnership();
    const samHere = personIn(driver, tenant, sam);
    await samHere.say('rol');
    await samHere.press('role.set', `${partnership.id}|student`);
    expect(textOf(await samHere.say('bestuurder'))).toBe(nl.errors.unknownCommand('bestuurder'));
  });

  it('leaves another conversation open in the same place alone', async () => {
    const { tenant, partnership } = await withPartnership();
    const samHere = personIn(driver, tenant, sam);
    // The language question stands in for any other open flow (a reflection under way).
    await samHere.say('taal');
    await samHere.say('rol');
    await samHere.say('rol student');
    await samHere.press('role.set', `${partnership.id}|workplace_mentor`);
    expect(await roleOf(tenant, partnership.id, sam.name)).toBe('workplace_mentor');
    // The typed word still answers the language question, not the role one.
    expect(textOf(await samHere.say('engels'))).toBe(en.language.set);
  });

  it('answers an unknown role after `rol` with the buttons', async () => {
    const { tenant } = await withPartnership();
    const messages = await personIn(driver, tenant, sam).say('rol piloot');
    expect(textOf(messages)).toContain(t.role.unknown('piloot', PARTNER_ROLES.map((r) => t.names.roles[r])));
    expect(choicesOf(messages)).toHaveLength(PARTNER_ROLES.length);
  });

  it('shows a member their current role and lets them change it', async () => {
    const { tenant, partnership } = await withPartnership();
    const samHere = personIn(driver, tenant, sam);
    await samHere.say('rol student');
    expect(textOf(await samHere.say('rol'))).toContain(t.role.current(t.names.roles.student, partnership.name));
    await samHere.say('rol mentor');
    expect(await roleOf(tenant, partnership.id, sam.name)).toBe('workplace_mentor');
  });

  it('lets only a coordinator make someone coordinator', async () => {
    const { tenant, partnership } = await withPartnership();
    const samHere = personIn(driver, tenant, sam);
    await samHere.say('rol student');
    expect(textOf(await samHere.say('rol coördinator'))).toBe(t.role.onlyCoordinatorAppoints([anne.name]));
    expect(textOf(await samHere.press('role.set', `${partnership.id}|coordinator`))).toBe(t.role.onlyCoordinatorAppoints([anne.name]));
    const samId = (await driver.inTenant(tenant, (scope) => scope.partnerships.members(partnership.id))).find((m) => m.displayName === sam.name)!.personId;
    // A forged appoint button is refused too.
    expect(textOf(await samHere.press('role.appoint', `${partnership.id}|${samId}`))).toBe(t.role.onlyCoordinatorAppoints([anne.name]));
    expect(await roleOf(tenant, partnership.id, sam.name)).toBe('student');
  });

  it('lets a coordinator make another member coordinator with a button', async () => {
    const { tenant, partnership } = await withPartnership();
    const anneHere = personIn(driver, tenant, anne);
    expect(textOf(await anneHere.say('rol coordinator'))).toBe(t.role.appointNobody);
    await personIn(driver, tenant, sam).say('rol student');
    const offered = await anneHere.say('rol coördinator');
    expect(textOf(offered)).toBe(t.role.appointPrompt);
    const [button] = choicesOf(offered);
    expect(button).toMatchObject({ label: sam.name, action: 'role.appoint' });
    expect(textOf(await anneHere.press(button!.action, button!.value))).toBe(t.role.appointed(sam.name, partnership.name));
    expect(await roleOf(tenant, partnership.id, sam.name)).toBe('coordinator');
    // With two coordinators, Anne may step down.
    expect(textOf(await anneHere.say('rol bestuurder'))).toBe(confirmation('board_member', 'board-members'));
  });

  it('keeps the last coordinator from stepping down', async () => {
    const { tenant, partnership } = await withPartnership();
    expect(textOf(await personIn(driver, tenant, anne).say('rol student'))).toBe(t.role.lastCoordinator(partnership.name));
    expect(await roleOf(tenant, partnership.id, anne.name)).toBe('coordinator');
  });

  it('makes the first member of a partnership its coordinator, whatever they chose', async () => {
    const { tenant, partnership } = await withPartnership();
    await driver.db.prisma.membership.deleteMany({ where: { partnershipId: partnership.id } });
    const samHere = personIn(driver, tenant, sam);
    expect(textOf(await samHere.say('rol student'))).toBe(
      `${t.role.firstMember(partnership.name)}\n${t.role.conversation(t.names.conversations['teacher-educators'])}\n${t.role.nextStep}`,
    );
    expect(await roleOf(tenant, partnership.id, sam.name)).toBe('coordinator');
  });

  it('lets a person choose among several partnerships, carrying a role given at once', async () => {
    const { tenant } = await withPartnership('Eerste Academie');
    await personIn(driver, tenant, { id: 'UOTTO', name: 'Otto' }).submit(createFormName(1), validForm({ name: 'Tweede Academie' }));
    const [first, second] = await driver.inTenant(tenant, (scope) => scope.partnerships.list());
    const samHere = personIn(driver, tenant, sam);

    const asked = await samHere.say('rol');
    expect(textOf(asked)).toBe(t.role.choosePartnership);
    expect(choicesOf(asked).map((c) => [c.label, c.action, c.value])).toEqual([
      ['Eerste Academie', 'role.join', first!.id],
      ['Tweede Academie', 'role.join', second!.id],
    ]);
    const roles = await samHere.press('role.join', second!.id);
    expect(textOf(roles)).toBe(t.role.prompt('Tweede Academie'));
    await samHere.press('role.set', `${second!.id}|student`);
    expect(await roleOf(tenant, second!.id, sam.name)).toBe('student');

    const bea = personIn(driver, tenant, { id: 'UBEA', name: 'Bea' });
    const carried = await bea.say('rol bestuurder');
    expect(choicesOf(carried).map((c) => c.value)).toEqual([`${first!.id}|board_member`, `${second!.id}|board_member`]);
    expect(textOf(await bea.press('role.join', `${first!.id}|board_member`))).toBe(confirmation('board_member', 'board-members', 'Eerste Academie'));
  });

  it('answers buttons that point nowhere', async () => {
    const { tenant, partnership } = await withPartnership();
    const samHere = personIn(driver, tenant, sam);
    expect(textOf(await samHere.press('role.set', 'nonsense|student'))).toBe(t.role.gone);
    expect(textOf(await samHere.press('role.join', '00000000-0000-4000-8000-000000000000'))).toBe(t.role.gone);
    expect(textOf(await personIn(driver, tenant, anne).press('role.appoint', `${partnership.id}|not-a-person`))).toBe(t.role.gone);
    expect(textOf(await samHere.press('role.set', `${partnership.id}|astronaut`))).toBe(nl.errors.staleAction);
  });

  it('speaks English', async () => {
    const { tenant } = await withPartnership();
    const samHere = personIn(driver, tenant, sam);
    await samHere.say('language en');
    expect(textOf(await samHere.say('role student'))).toBe(
      `${en.partnership.role.set(en.partnership.names.roles.student, 'Opleiden in de Regio')}\n${en.partnership.role.conversation(en.partnership.names.conversations.students)}\n${en.partnership.role.nextStep}`,
    );
  });
});
