// Setting up a partnership through Slack, end to end: a signed slash command
// opens the modal (with its multi-select), a signed view_submission stores the
// partnership and the confirmation goes back to the person.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderModal } from '../../../adapters/slack/render-modal';
import { formValues } from '../../../adapters/slack/to-turn';
import type { FormField } from '../../../src/core/turn';
import { nl } from '../../../src/texts/nl';
import { uniqueId } from '../../support/bot';
import type { RecordedCall } from '../../support/slack-api-stand-in';
import { postCommand, postInteraction } from '../../support/slack-signing';
import { forTeam, newTeam, slashCommand, startSlackHarness, textOf, viewSubmission, type SlackHarness } from './harness';

let h: SlackHarness;
beforeAll(async () => {
  h = await startSlackHarness();
});
afterAll(async () => {
  await h?.close();
});

const t = nl.partnership;
const toResponse = (id: string) => (call: RecordedCall) => call.method === 'response' && call.responseId === id;
/** Core **bold** as Slack shows it. */
const mrkdwn = (text: string) => text.replace(/\*\*/g, '*');
const inFuture = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** The state Slack sends for the partnership modal, each input in its own shape. */
function submittedState(values: { name: string; region: string; sectors: string[]; reviewType: string; visitDate: string | null; wordLimit: string }) {
  const option = (value: string) => ({ text: { type: 'plain_text', text: value }, value });
  return {
    values: {
      name: { name: { type: 'plain_text_input', value: values.name } },
      region: { region: { type: 'plain_text_input', value: values.region } },
      sectors: { sectors: { type: 'multi_static_select', selected_options: values.sectors.map(option) } },
      reviewType: { reviewType: { type: 'static_select', selected_option: option(values.reviewType) } },
      visitDate: { visitDate: { type: 'datepicker', selected_date: values.visitDate } },
      wordLimit: { wordLimit: { type: 'plain_text_input', value: values.wordLimit } },
    },
  };
}

function submission(teamId: string, user: string, view: { callback_id: string; private_metadata: string }, state: object) {
  const payload = viewSubmission({ teamId, user, callbackId: view.callback_id, privateMetadata: view.private_metadata, values: {} });
  return { ...payload, view: { ...payload.view, state } };
}

async function partnershipsOf(teamId: string) {
  return h.bot.db.prisma.partnership.findMany({ where: { tenant: { platform: 'slack', externalId: teamId } }, include: { memberships: true } });
}

describe('Slack: /peerreview partnerschap', () => {
  it('opens the modal with a multi-select, stores the submission and confirms to the person', async () => {
    const teamId = newTeam();
    const asked = uniqueId('r');
    const command = await postCommand(h.bot.url, slashCommand({ teamId, user: 'UANNE', channel: 'CPARTNERS', text: 'partnerschap', responseUrl: h.api.responseUrl(asked) }));
    expect(command.status).toBe(200);

    const [opened] = await h.api.waitForCalls(forTeam('views.open', teamId));
    const view = opened!.body.view;
    expect(view.callback_id).toBe('partnership.create');
    expect(view.title.text).toBe(t.form.createTitle);
    expect(JSON.parse(view.private_metadata)).toMatchObject({ c: 'CPARTNERS', r: h.api.responseUrl(asked) });
    const sectors = view.blocks.find((block: any) => block.block_id === 'sectors');
    expect(sectors).toMatchObject({ type: 'input', optional: false, element: { type: 'multi_static_select', action_id: 'sectors' } });
    expect(sectors.element.options.map((o: any) => [o.text.text, o.value])).toEqual([
      [t.names.sectors.PO, 'PO'],
      [t.names.sectors.VO, 'VO'],
      [t.names.sectors.MBO, 'MBO'],
    ]);
    expect(view.blocks.map((block: any) => [block.block_id, block.element.type])).toEqual([
      ['name', 'plain_text_input'],
      ['region', 'plain_text_input'],
      ['sectors', 'multi_static_select'],
      ['reviewType', 'static_select'],
      ['visitDate', 'datepicker'],
      ['wordLimit', 'plain_text_input'],
    ]);
    expect(view.blocks[5].element.initial_value).toBe('1500');

    const visitDate = inFuture(100);
    const state = submittedState({ name: 'Samen Opleiden Utrecht', region: 'Onderwijsregio Utrecht', sectors: ['PO', 'MBO'], reviewType: 'development', visitDate, wordLimit: '1500' });
    const answer = await postInteraction(h.bot.url, submission(teamId, 'UANNE', view, state));
    expect(answer.status).toBe(200);

    // First the intro that came with the modal, then the confirmation and the overview.
    const [intro, done, overview] = await h.api.waitForCalls(toResponse(asked), 3);
    expect(textOf(intro!.body.blocks)).toBe(t.form.createIntro);
    expect(done!.body.response_type).toBe('ephemeral');
    expect(textOf(done!.body.blocks)).toContain(mrkdwn(t.created.done('Samen Opleiden Utrecht')));
    expect(textOf(done!.body.blocks)).toContain(t.created.channel);
    expect(textOf(overview!.body.blocks)).toContain('ontwikkelingsgericht (erkend partnerschap)');

    const [stored] = await partnershipsOf(teamId);
    expect(stored).toMatchObject({ name: 'Samen Opleiden Utrecht', region: 'Onderwijsregio Utrecht', sectors: ['PO', 'MBO'], reviewType: 'development', updatesChannelId: 'CPARTNERS' });
    expect(stored!.visitDate?.toISOString().slice(0, 10)).toBe(visitDate);
    expect(stored!.memberships.map((m) => m.role)).toEqual(['coordinator']);

    // The same modal sent again (a new view hash) makes no second partnership.
    await postInteraction(h.bot.url, submission(teamId, 'UANNE', view, state));
    const again = (await h.api.waitForCalls(toResponse(asked), 5))[3];
    expect(textOf(again!.body.blocks)).toContain(mrkdwn(t.exists('Samen Opleiden Utrecht')));
    expect(await partnershipsOf(teamId)).toHaveLength(1);
  });

  it('refuses a visit day in the past and opens the modal again with everything filled in', async () => {
    const teamId = newTeam();
    const asked = uniqueId('r');
    await postCommand(h.bot.url, slashCommand({ teamId, user: 'UBRAM', channel: 'DBRAM', text: 'partnership', responseUrl: h.api.responseUrl(asked) }));
    const [opened] = await h.api.waitForCalls(forTeam('views.open', teamId));
    const past = inFuture(-5);
    const state = submittedState({ name: 'Academie Oost', region: 'Oost', sectors: ['VO', 'MBO'], reviewType: 'assessment', visitDate: past, wordLimit: '1800' });
    await postInteraction(h.bot.url, submission(teamId, 'UBRAM', opened!.body.view, state));

    const [, refused] = await h.api.waitForCalls(toResponse(asked), 2);
    expect(textOf(refused!.body.blocks)).toContain(t.invalid.visitDatePast(t.names.date(past)));
    const [, reopened] = await h.api.waitForCalls(forTeam('views.open', teamId), 2);
    const blocks = reopened!.body.view.blocks as any[];
    const element = (id: string) => blocks.find((block) => block.block_id === id).element;
    expect(element('name').initial_value).toBe('Academie Oost');
    expect(element('region').initial_value).toBe('Oost');
    expect(element('sectors').initial_options.map((o: any) => o.value)).toEqual(['VO', 'MBO']);
    expect(element('reviewType').initial_option.value).toBe('assessment');
    expect(element('visitDate').initial_date).toBe(past);
    expect(element('wordLimit').initial_value).toBe('1800');
    expect(await partnershipsOf(teamId)).toEqual([]);

    // Corrected and sent from the DM: stored, and the reply says how to pick the updates channel.
    const fixed = submittedState({ name: 'Academie Oost', region: 'Oost', sectors: ['VO'], reviewType: 'assessment', visitDate: null, wordLimit: '' });
    await postInteraction(h.bot.url, submission(teamId, 'UBRAM', reopened!.body.view, fixed));
    const done = (await h.api.waitForCalls(toResponse(asked), 3))[2];
    expect(textOf(done!.body.blocks)).toContain(t.created.inDm);
    expect(await partnershipsOf(teamId)).toMatchObject([{ sectors: ['VO'], updatesChannelId: null, visitDate: null, wordLimitPerWaarborg: 1500 }]);
  });
});

describe('Slack multi-select plumbing', () => {
  const field: FormField = {
    id: 'sectors',
    label: 'Sectoren',
    kind: 'multiselect',
    required: true,
    options: [{ label: 'PO', value: 'PO' }, { label: 'VO', value: 'VO' }, { label: 'MBO', value: 'MBO' }],
    initial: 'MBO,XX,PO',
  };
  const modal = (f: FormField) => renderModal({ type: 'form', form: 'x.y', title: 'T', submitLabel: '', fields: [f] }, { channel: 'C1' }, { submit: 'OK', cancel: 'Nee' });

  it('renders only the initial options that exist, and none when there are none', () => {
    const element = modal(field).blocks[0] as any;
    expect(element.element.initial_options.map((o: any) => o.value)).toEqual(['PO', 'MBO']);
    expect((modal({ ...field, initial: undefined }).blocks[0] as any).element.initial_options).toBeUndefined();
  });

  it('cuts an initial text to the input\'s max length, which Slack would refuse', () => {
    const input = modal({ id: 'n', label: 'N', kind: 'text', required: true, maxLength: 5, initial: 'Noorderlicht' }).blocks[0] as any;
    expect(input.element).toMatchObject({ max_length: 5, initial_value: 'Noord' });
  });

  it('leaves out an initial date that is not on the calendar', () => {
    const date = (initial: string) => (modal({ id: 'd', label: 'D', kind: 'date', required: false, initial }).blocks[0] as any).element.initial_date;
    expect(date('2027-02-30')).toBeUndefined();
    expect(date('2027-02-28')).toBe('2027-02-28');
  });

  it('reads the chosen options as one comma-joined value; none as empty', () => {
    const option = (value: string) => ({ text: { type: 'plain_text' as const, text: value }, value });
    const values = formValues({
      state: {
        values: {
          a: { a: { type: 'multi_static_select', selected_options: [option('PO'), option('VO')] } },
          b: { b: { type: 'multi_static_select', selected_options: [] } },
          c: { c: { type: 'checkboxes', selected_options: [option('MBO')] } },
        },
      },
    });
    expect(values).toEqual({ a: 'PO,VO', b: '', c: 'MBO' });
  });
});
