// Setting up a partnership through the engine: `partnerschap` offers the form,
// a good submission stores it, every bad value comes back with the form refilled.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CREATE_FORM, createFormName } from '../../../src/flows/partnership/form';
import { en } from '../../../src/texts/en';
import { nl } from '../../../src/texts/nl';
import { uniqueId } from '../../support/bot';
import { CHANNEL, daysFromToday, DM, formOf, initialsOf, personIn, startDriver, textOf, validForm, type Driver } from './driver';

let driver: Driver;
beforeAll(async () => {
  driver = await startDriver();
});
afterAll(() => driver.dispose());

const anne = { id: 'UANNE', name: 'Anne de Boer' };
const t = nl.partnership;

async function partnershipsOf(tenant: string) {
  return driver.inTenant(tenant, (scope) => scope.partnerships.list());
}

describe('partnerschap: setting up', () => {
  it('offers the form with every field, sectors as a multi-select, a default word limit', async () => {
    const messages = await personIn(driver, uniqueId('T'), anne).say('partnerschap');
    expect(textOf(messages)).toContain(t.form.createIntro);
    const form = formOf(messages)!;
    expect(form).toMatchObject({ form: CREATE_FORM, title: t.form.createTitle, submitLabel: t.form.createSubmit });
    expect(form.fields.map((f) => [f.id, f.kind, f.required])).toEqual([
      ['name', 'text', true],
      ['region', 'text', true],
      ['sectors', 'multiselect', true],
      ['reviewType', 'select', true],
      ['visitDate', 'date', false],
      ['wordLimit', 'text', false],
    ]);
    expect(form.fields[2]!.options).toEqual([
      { label: t.names.sectors.PO, value: 'PO' },
      { label: t.names.sectors.VO, value: 'VO' },
      { label: t.names.sectors.MBO, value: 'MBO' },
    ]);
    expect(form.fields[3]!.options!.map((o) => o.label)).toEqual([
      'beoordelingsgericht (aspirant-partnerschap)',
      'ontwikkelingsgericht (erkend partnerschap)',
    ]);
    expect(initialsOf(messages).wordLimit).toBe('1500');
  });

  it('stores a form sent from a channel: the sender coordinates, the channel gets the updates', async () => {
    const tenant = uniqueId('T');
    const values = validForm({ sectors: 'VO,PO', visitDate: daysFromToday(120) });
    const messages = await personIn(driver, tenant, anne, CHANNEL).submit(CREATE_FORM, values);
    const text = textOf(messages);
    expect(text).toContain(t.created.done('Opleiden in de Regio'));
    expect(text).toContain(t.created.channel);
    expect(text).toContain(t.created.next);
    // The next steps are buttons standing for `planning` and `reflectie`.
    expect(messages.flatMap((m) => m.blocks).flatMap((b) => (b.type === 'choices' ? b.choices : [])).filter((c) => c.action === 'command').map((c) => c.value)).toEqual(['planning', 'reflectie']);
    // The overview follows, in words.
    expect(text).toContain(t.overview.title('Opleiden in de Regio'));
    expect(text).toContain('beoordelingsgericht (aspirant-partnerschap)');
    expect(text).toContain(t.names.date(values.visitDate!));
    expect(text).toContain(`coördinator: ${anne.name}`);

    const [stored] = await partnershipsOf(tenant);
    expect(stored).toMatchObject({
      name: 'Opleiden in de Regio',
      region: 'Onderwijsregio Noord',
      sectors: ['PO', 'VO'],
      reviewType: 'assessment',
      visitDate: values.visitDate,
      updatesChannelId: CHANNEL.conversationId,
      wordLimitPerWaarborg: 1500,
    });
    const members = await driver.inTenant(tenant, (scope) => scope.partnerships.members(stored!.id));
    expect(members.map((m) => [m.displayName, m.role])).toEqual([[anne.name, 'coordinator']]);
  });

  it('in a DM sets no updates channel and says how to set it; keeps a chosen word limit and no visit date', async () => {
    const tenant = uniqueId('T');
    const messages = await personIn(driver, tenant, anne, DM).submit(CREATE_FORM, validForm({ visitDate: '', wordLimit: '2.000', reviewType: 'development' }));
    expect(textOf(messages)).toContain(t.created.inDm);
    expect(textOf(messages)).toContain('ontwikkelingsgericht (erkend partnerschap)');
    expect(textOf(messages)).toContain(t.overview.noVisitDate);
    const [stored] = await partnershipsOf(tenant);
    expect(stored).toMatchObject({ updatesChannelId: null, visitDate: null, wordLimitPerWaarborg: 2000, reviewType: 'development' });
  });

  it('does not make a second partnership when the same form comes twice', async () => {
    const tenant = uniqueId('T');
    const anneHere = personIn(driver, tenant, anne, CHANNEL);
    await anneHere.submit(CREATE_FORM, validForm());
    const again = await anneHere.submit(CREATE_FORM, validForm({ name: '  opleiden in de  regio ' }));
    expect(textOf(again)).toContain(t.exists('Opleiden in de Regio'));
    expect(await partnershipsOf(tenant)).toHaveLength(1);
    // Someone else sending it hears it exists and how to join.
    const bo = await personIn(driver, tenant, { id: 'UBO', name: 'Bo' }).submit(CREATE_FORM, validForm());
    expect(textOf(bo)).toContain(t.existsJoin);
    expect(await partnershipsOf(tenant)).toHaveLength(1);
  });

  it('makes one partnership when two people send the same form at the same moment, and answers both', async () => {
    const tenant = uniqueId('T');
    const [a, b] = await Promise.all([
      personIn(driver, tenant, anne, { conversationId: 'DANNE', kind: 'dm', reference: {} }).submit(CREATE_FORM, validForm()),
      personIn(driver, tenant, { id: 'UBO', name: 'Bo' }, { conversationId: 'DBO', kind: 'dm', reference: {} }).submit(CREATE_FORM, validForm()),
    ]);
    const answers = [textOf(a), textOf(b)];
    expect(answers.filter((text) => text.includes(t.created.done('Opleiden in de Regio')))).toHaveLength(1);
    expect(answers.filter((text) => text.includes(t.exists('Opleiden in de Regio')))).toHaveLength(1);
    expect(await partnershipsOf(tenant)).toHaveLength(1);
  });

  it('accepts a visit date written the Dutch way', async () => {
    const tenant = uniqueId('T');
    const iso = daysFromToday(60);
    const [y, m, d] = iso.split('-');
    await personIn(driver, tenant, anne).submit(CREATE_FORM, validForm({ visitDate: `${Number(d)}-${m}-${y}` }));
    expect((await partnershipsOf(tenant))[0]?.visitDate).toBe(iso);
  });

  describe('refuses bad values and offers the form again with everything typed', () => {
    const cases: Array<[string, Record<string, string>, string]> = [
      ['an empty name', { name: '   ' }, t.invalid.nameEmpty],
      ['a name that is too long', { name: 'x'.repeat(121) }, t.invalid.nameTooLong(120)],
      ['an empty Onderwijsregio', { region: '' }, t.invalid.regionEmpty],
      ['no sector', { sectors: '' }, t.invalid.sectorsEmpty],
      ['an unknown sector', { sectors: 'PO,HBO' }, t.invalid.sectorsUnknown(['HBO'])],
      ['an unknown review type', { reviewType: 'audit' }, t.invalid.reviewType],
      ['a date that does not exist', { visitDate: '2027-02-30' }, t.invalid.visitDateInvalid('2027-02-30')],
      ['a date that is no date', { visitDate: 'volgende week' }, t.invalid.visitDateInvalid('volgende week')],
      ['a visit day in the past', { visitDate: daysFromToday(-3) }, t.invalid.visitDatePast(t.names.date(daysFromToday(-3)))],
      ['a word limit that is no number', { wordLimit: 'veel' }, t.invalid.wordLimit('veel', 100, 10_000)],
      ['a word limit out of range', { wordLimit: '50' }, t.invalid.wordLimit('50', 100, 10_000)],
    ];
    for (const [what, bad, expected] of cases) {
      it(what, async () => {
        const tenant = uniqueId('T');
        const values = validForm(bad);
        const messages = await personIn(driver, tenant, anne, CHANNEL).submit(CREATE_FORM, values);
        expect(textOf(messages)).toContain(expected);
        expect(textOf(messages)).toContain(t.invalid.outro);
        expect(messages[0]!.private).toBe(true);
        const initial = initialsOf(messages);
        // Everything a field can show comes back as typed.
        expect(initial.name).toBe(values.name || undefined);
        expect(initial.region).toBe(values.region || undefined);
        expect(initial.reviewType).toBe(values.reviewType);
        expect(initial.wordLimit).toBe(values.wordLimit);
        expect(formOf(messages)?.form).toBe(CREATE_FORM);
        expect(await partnershipsOf(tenant)).toEqual([]);
      });
    }

    it('keeps the known sectors ticked and a past date in the picker', async () => {
      const past = daysFromToday(-10);
      const messages = await personIn(driver, uniqueId('T'), anne).submit(CREATE_FORM, validForm({ sectors: 'mbo, HBO,PO', visitDate: past }));
      expect(initialsOf(messages)).toMatchObject({ sectors: 'PO,MBO', visitDate: past });
      expect(textOf(messages)).toContain(t.invalid.sectorsUnknown(['HBO']));
      expect(textOf(messages)).toContain(t.invalid.visitDatePast(t.names.date(past)));
    });

    it('names every problem at once', async () => {
      const messages = await personIn(driver, uniqueId('T'), anne).submit(CREATE_FORM, { name: '', region: '', sectors: '', reviewType: '', visitDate: '', wordLimit: '' });
      for (const line of [t.invalid.nameEmpty, t.invalid.regionEmpty, t.invalid.sectorsEmpty, t.invalid.reviewType]) expect(textOf(messages)).toContain(line);
    });
  });

  it('tells someone who is in no partnership which ones the workspace has', async () => {
    const tenant = uniqueId('T');
    await personIn(driver, tenant, anne).submit(CREATE_FORM, validForm());
    const messages = await personIn(driver, tenant, { id: 'UCAS', name: 'Cas' }).say('partnership');
    expect(textOf(messages)).toContain(t.form.existingHint(['Opleiden in de Regio']));
    // The form knows of the one partnership there is: sent as it is, it makes a second without asking.
    expect(formOf(messages)?.form).toBe(createFormName(1));
  });

  it('offers the form again with `partnerschap nieuw`, and explains an unknown word after it', async () => {
    const tenant = uniqueId('T');
    const anneHere = personIn(driver, tenant, anne);
    await anneHere.submit(CREATE_FORM, validForm());
    expect(formOf(await anneHere.say('partnerschap nieuw'))?.form).toBe(createFormName(1));
    expect(textOf(await anneHere.say('partnerschap vliegtuig'))).toBe(t.usage('vliegtuig'));
  });

  it('speaks English to someone who chose it', async () => {
    const tenant = uniqueId('T');
    const anneHere = personIn(driver, tenant, anne);
    await anneHere.say('taal en');
    expect(formOf(await anneHere.say('partnership'))?.title).toBe(en.partnership.form.createTitle);
    const refused = await anneHere.submit(CREATE_FORM, validForm({ name: '' }));
    expect(textOf(refused)).toContain(en.partnership.invalid.nameEmpty);
    const done = await anneHere.submit(CREATE_FORM, validForm());
    expect(textOf(done)).toContain(en.partnership.created.done('Opleiden in de Regio'));
  });
});

describe('partnerschap: an old setup form', () => {
  it('asks before it makes another partnership, keeps what was filled in, and makes it once', async () => {
    const tenant = uniqueId('T');
    await personIn(driver, tenant, anne).submit(CREATE_FORM, validForm());
    // Otto's form was opened before Anne's partnership existed (plain CREATE_FORM: it knew of none).
    const otto = personIn(driver, tenant, { id: 'UOTTO', name: 'Otto' });
    const asked = await otto.submit(CREATE_FORM, validForm({ name: 'Tweede Academie', region: 'Regio Oost' }));
    expect(textOf(asked)).toContain(t.another.ask(['Opleiden in de Regio'], 'Tweede Academie'));
    expect(await driver.inTenant(tenant, (scope) => scope.partnerships.list())).toHaveLength(1);
    const choices = asked.flatMap((m) => m.blocks).flatMap((b) => (b.type === 'choices' ? b.choices : []));
    const confirm = choices.find((c) => c.label === t.another.confirm)!;
    const cancel = choices.find((c) => c.label === t.another.cancel)!;

    expect(textOf(await otto.press(cancel.action, cancel.value))).toBe(t.another.cancelled);
    expect(await driver.inTenant(tenant, (scope) => scope.partnerships.list())).toHaveLength(1);

    // "Ja" after all: made with what the form held; a second press makes nothing more.
    expect(textOf(await otto.press(confirm.action, confirm.value))).toContain(t.created.done('Tweede Academie'));
    expect(textOf(await otto.press(confirm.action, confirm.value))).toContain(t.exists('Tweede Academie'));
    const made = await driver.inTenant(tenant, (scope) => scope.partnerships.list());
    expect(made.map((p) => [p.name, p.region])).toEqual([
      ['Opleiden in de Regio', 'Onderwijsregio Noord'],
      ['Tweede Academie', 'Regio Oost'],
    ]);
    // A button value that is not what the bot sent does nothing.
    expect(textOf(await otto.press(confirm.action, '{"name":'))).toBe(nl.errors.staleAction);
  });
});
