// The partnership overview, editing it (coordinators only, version-checked) and
// choosing the updates channel, through the engine.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CREATE_FORM, createFormName, editFormName } from '../../../src/flows/partnership/form';
import { EDIT_ACTION } from '../../../src/flows/partnership/overview';
import { nl } from '../../../src/texts/nl';
import { uniqueId } from '../../support/bot';
import { CHANNEL, choicesOf, daysFromToday, DM, formOf, initialsOf, personIn, startDriver, textOf, validForm, type Driver } from './driver';

let driver: Driver;
beforeAll(async () => {
  driver = await startDriver();
});
afterAll(() => driver.dispose());

const anne = { id: 'UANNE', name: 'Anne de Boer' };
const sam = { id: 'USAM', name: 'Sam Student' };
const t = nl.partnership;

/** A tenant with Anne's partnership (made in the channel) and Sam as student. */
async function setUp(values = validForm()) {
  const tenant = uniqueId('T');
  const anneHere = personIn(driver, tenant, anne, CHANNEL);
  await anneHere.submit(CREATE_FORM, values);
  const samHere = personIn(driver, tenant, sam);
  await samHere.say('rol student');
  const [partnership] = await driver.inTenant(tenant, (scope) => scope.partnerships.list());
  return { tenant, anneHere, samHere, partnership: partnership! };
}

describe('partnerschap: the overview', () => {
  it('shows every detail in words and the members by role', async () => {
    const { samHere, partnership } = await setUp(validForm({ sectors: 'PO,VO,MBO' }));
    const text = textOf(await samHere.say('partnerschap'));
    expect(text).toContain(t.overview.title(partnership.name));
    expect(text).toContain(`**${t.overview.region}**: Onderwijsregio Noord`);
    expect(text).toContain(t.names.list([t.names.sectors.PO, t.names.sectors.VO, t.names.sectors.MBO]));
    expect(text).toContain(`**${t.overview.reviewType}**: beoordelingsgericht (aspirant-partnerschap)`);
    expect(text).toContain(`**${t.overview.visitDate}**: ${t.names.date(partnership.visitDate!)}`);
    // Sam reads it in a DM; the updates go to the channel the form came from.
    expect(text).toContain(`**${t.overview.updatesChannel}**: ${t.overview.channelElsewhere}`);
    expect(text).toContain('1.500 woorden');
    expect(text).toContain(`- coördinator: ${anne.name}`);
    expect(text).toContain(`- student (aanstaande leraar): ${sam.name}`);
    expect(text).toContain(t.overview.yourRole('student (aanstaande leraar)'));
    expect(text).toContain(t.overview.memberHint);
    expect(choicesOf(await samHere.say('partnerschap'))).toEqual([]);
  });

  it('gives the coordinator an edit button and says when this is the updates channel', async () => {
    const { anneHere, partnership } = await setUp();
    const messages = await anneHere.say('partnerschap');
    expect(textOf(messages)).toContain(`**${t.overview.updatesChannel}**: ${t.overview.channelHere}`);
    expect(choicesOf(messages)).toEqual([{ label: t.overview.editButton, action: EDIT_ACTION, value: partnership.id }]);
  });
});

describe('partnerschap wijzig', () => {
  it('opens the form with the stored values and saves the changes', async () => {
    const { anneHere, partnership, tenant } = await setUp();
    const opened = await anneHere.say('partnerschap wijzig');
    expect(formOf(opened)).toMatchObject({ form: editFormName(partnership), title: t.form.editTitle, submitLabel: t.form.editSubmit });
    expect(initialsOf(opened)).toEqual({
      name: partnership.name,
      region: 'Onderwijsregio Noord',
      sectors: 'PO,VO',
      reviewType: 'assessment',
      visitDate: partnership.visitDate,
      wordLimit: '1500',
    });
    const newDate = daysFromToday(200);
    const saved = await anneHere.submit(editFormName(partnership), validForm({ region: 'Onderwijsregio Zuid', sectors: 'MBO', visitDate: newDate, wordLimit: '1200' }));
    expect(textOf(saved)).toContain(t.edit.saved(partnership.name));
    expect(textOf(saved)).toContain('Onderwijsregio Zuid');
    const stored = await driver.inTenant(tenant, (scope) => scope.partnerships.get(partnership.id));
    expect(stored).toMatchObject({ region: 'Onderwijsregio Zuid', sectors: ['MBO'], visitDate: newDate, wordLimitPerWaarborg: 1200, version: partnership.version + 1 });
    // The updates channel is not part of the form and stays.
    expect(stored?.updatesChannelId).toBe(CHANNEL.conversationId);
  });

  it('opens the same form from the overview button, in English too', async () => {
    const { anneHere, partnership } = await setUp();
    expect(formOf(await anneHere.press(EDIT_ACTION, partnership.id))?.form).toBe(editFormName(partnership));
    await anneHere.say('language en');
    expect(formOf(await anneHere.say('partnership edit'))?.title).toBe('Edit partnership');
  });

  it('lets only a coordinator edit, and names who to ask', async () => {
    const { samHere, partnership, tenant } = await setUp();
    expect(textOf(await samHere.say('partnerschap wijzig'))).toBe(t.edit.onlyCoordinator([anne.name]));
    expect(textOf(await samHere.press(EDIT_ACTION, partnership.id))).toBe(t.edit.onlyCoordinator([anne.name]));
    // A form that reached a non-coordinator anyway is refused at the save.
    expect(textOf(await samHere.submit(editFormName(partnership), validForm({ region: 'Zuid' })))).toBe(t.edit.onlyCoordinator([anne.name]));
    expect((await driver.inTenant(tenant, (scope) => scope.partnerships.get(partnership.id)))?.region).toBe('Onderwijsregio Noord');
    // Someone in no partnership hears how to get one.
    expect(textOf(await personIn(driver, tenant, { id: 'UNEW', name: 'Nieuw' }).say('partnerschap wijzig'))).toBe(t.noPartnership);
  });

  it('refuses a save over someone else\'s: shows what is there now and offers the form with the person\'s values', async () => {
    const { anneHere, partnership, tenant } = await setUp();
    const bo = { id: 'UBO', name: 'Bo Bestuur' };
    // Anne makes Bo coordinator too; both open the form at the same version.
    await personIn(driver, tenant, bo).say('rol bestuurder');
    const boId = (await driver.inTenant(tenant, (scope) => scope.partnerships.members(partnership.id))).find((m) => m.displayName === bo.name)!.personId;
    await anneHere.press('role.appoint', `${partnership.id}|${boId}`);
    const boHere = personIn(driver, tenant, bo);
    const form = formOf(await boHere.say('partnerschap wijzig'))!.form;
    expect(formOf(await anneHere.say('partnerschap wijzig'))!.form).toBe(form);

    await anneHere.submit(form, validForm({ region: 'Regio van Anne' }));
    const mine = validForm({ region: 'Regio van Bo', wordLimit: '900' });
    const conflict = await boHere.submit(form, mine);
    const text = textOf(conflict);
    expect(text).toContain(t.edit.conflict);
    expect(text).toContain('Regio van Anne');
    expect(text).toContain(t.edit.conflictRetry);
    // Bo's values come back, against the version that is there now: a second send saves them.
    const current = (await driver.inTenant(tenant, (scope) => scope.partnerships.get(partnership.id)))!;
    expect(current.region).toBe('Regio van Anne');
    expect(formOf(conflict)?.form).toBe(editFormName(current));
    expect(initialsOf(conflict)).toMatchObject({ region: 'Regio van Bo', wordLimit: '900' });
    await boHere.submit(formOf(conflict)!.form, mine);
    expect((await driver.inTenant(tenant, (scope) => scope.partnerships.get(partnership.id)))?.region).toBe('Regio van Bo');
  });

  it('keeps a visit day that has passed, but refuses moving it into the past', async () => {
    const { anneHere, partnership, tenant } = await setUp();
    const past = daysFromToday(-20);
    await driver.db.prisma.partnership.update({ where: { id: partnership.id }, data: { visitDate: new Date(`${past}T00:00:00Z`) } });
    const form = formOf(await anneHere.say('partnerschap wijzig'))!;
    expect(form.fields.find((f) => f.id === 'visitDate')?.initial).toBe(past);
    await anneHere.submit(form.form, validForm({ visitDate: past, region: 'Nieuwe regio' }));
    expect(await driver.inTenant(tenant, (scope) => scope.partnerships.get(partnership.id))).toMatchObject({ region: 'Nieuwe regio', visitDate: past });
    const earlier = daysFromToday(-30);
    const refused = await anneHere.submit(formOf(await anneHere.say('partnerschap wijzig'))!.form, validForm({ visitDate: earlier }));
    expect(textOf(refused)).toContain(t.invalid.visitDatePast(t.names.date(earlier)));
  });

  it('refuses a name another partnership of the workspace has, and bad values, with the form refilled', async () => {
    const { anneHere, partnership, tenant } = await setUp();
    await personIn(driver, tenant, { id: 'UOTHER', name: 'Ot' }).submit(createFormName(1), validForm({ name: 'Andere Academie' }));
    const form = editFormName(partnership);
    const taken = await anneHere.submit(form, validForm({ name: 'andere academie' }));
    expect(textOf(taken)).toContain(t.invalid.nameTaken('andere academie'));
    expect(formOf(taken)?.form).toBe(form);
    const bad = await anneHere.submit(form, validForm({ sectors: 'HBO' }));
    expect(textOf(bad)).toContain(t.invalid.sectorsUnknown(['HBO']));
    expect(initialsOf(bad).name).toBe('Opleiden in de Regio');
    // Renaming to the same name in other letters is fine.
    await anneHere.submit(form, validForm({ name: 'OPLEIDEN in de Regio' }));
    expect((await driver.inTenant(tenant, (scope) => scope.partnerships.get(partnership.id)))?.name).toBe('OPLEIDEN in de Regio');
  });

  it('answers forms and buttons for a partnership that is not there', async () => {
    const { anneHere } = await setUp();
    const missing = '00000000-0000-4000-8000-000000000000';
    expect(textOf(await anneHere.submit(`partnership.edit.${missing}.0`, validForm()))).toBe(t.edit.gone);
    expect(textOf(await anneHere.press(EDIT_ACTION, 'not-a-uuid'))).toBe(t.edit.gone);
    expect(textOf(await anneHere.submit('partnership.edit.garbage', validForm()))).toBe(nl.errors.staleAction);
  });
});

describe('partnerschap kanaal', () => {
  it('sets the channel it is typed in, for a coordinator', async () => {
    const tenant = uniqueId('T');
    const anneDm = personIn(driver, tenant, anne, DM);
    await anneDm.submit(CREATE_FORM, validForm());
    const other = { conversationId: 'CUPDATES', kind: 'channel' as const, reference: {} };
    expect(textOf(await anneDm.say('partnerschap kanaal', other))).toBe(t.channel.set('Opleiden in de Regio'));
    const [stored] = await driver.inTenant(tenant, (scope) => scope.partnerships.list());
    expect(stored?.updatesChannelId).toBe('CUPDATES');
  });

  it('explains it must be typed in a channel, and that only a coordinator may', async () => {
    const { samHere, anneHere } = await setUp();
    expect(textOf(await anneHere.say('partnerschap kanaal', DM))).toBe(t.channel.inDm);
    expect(textOf(await samHere.say('partnership channel', CHANNEL))).toBe(t.edit.onlyCoordinator([anne.name]));
  });
});
