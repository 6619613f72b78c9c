// The pure card builder: every core block type → its Adaptive Card elements.
import { describe, expect, it } from 'vitest';
import { cardMarkdown, renderCard } from '../../../adapters/teams/render-card';
import { renderMessages } from '../../../adapters/teams/render-messages';
import { message, say } from '../../../src/core/messages';
import { en } from '../../../src/texts/en';
import { nl } from '../../../src/texts/nl';

describe('renderCard', () => {
  it('renders a heading and markdown text, showing inline code as bold', () => {
    const card = renderCard(message({ type: 'heading', text: 'Kop' }, { type: 'text', text: '- `hulp`: _dit_ **overzicht**' }), nl);
    expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.5', $schema: 'http://adaptivecards.io/schemas/adaptive-card.json' });
    expect(card.body).toEqual([
      { type: 'TextBlock', text: 'Kop', size: 'Large', weight: 'Bolder', wrap: true },
      { type: 'TextBlock', text: '- **hulp**: _dit_ **overzicht**', wrap: true },
    ]);
  });

  it('shows a placeholder such as <nr> as ‹nr›, which a card would take for an HTML tag and hide', () => {
    const card = renderCard(message({ type: 'text', text: nl.drills.mockHint }), nl);
    expect(card.body).toEqual([{ type: 'TextBlock', text: expect.stringContaining('**antwoord ‹nr› ‹je antwoord›**'), wrap: true }]);
    expect(JSON.stringify(card.body)).not.toMatch(/<[a-z]/);
    // Only placeholders: a comparison in someone's answer stays as written.
    expect(cardMarkdown('3 < 5 en 6 > 2')).toBe('3 < 5 en 6 > 2');
  });

  it('gives every line its own paragraph, since Teams runs single line breaks together outside a list', () => {
    // The dossier check's matrix: one row per waarborg, which read as one run-on paragraph before.
    expect(cardMarkdown('**Per waarborg**\n1 Lerende leraar: concreet ✓\n2 Leeromgeving: concreet ✗')).toBe('**Per waarborg**\n\n1 Lerende leraar: concreet ✓\n\n2 Leeromgeving: concreet ✗');
    // A list keeps its single breaks; blank lines stay as they are; a line after a list ends it.
    expect(cardMarkdown('Kies:\n- een\n- twee\n1. drie\nKlaar')).toBe('Kies:\n- een\n- twee\n1. drie\n\nKlaar');
    expect(cardMarkdown('Een\n\nTwee')).toBe('Een\n\nTwee');
    expect(cardMarkdown('Een regel')).toBe('Een regel');
  });

  it('renders choices as Action.Submit buttons carrying action and value', () => {
    const card = renderCard(
      message({
        type: 'choices',
        text: 'Kies',
        choices: [
          { label: 'Ja', action: 'review.confirm', value: 'yes', style: 'primary' },
          { label: 'Nee', action: 'review.confirm', value: 'no', style: 'danger' },
          { label: 'Later', action: 'review.later', value: '' },
        ],
      }),
      nl,
    );
    expect(card.body).toEqual([
      { type: 'TextBlock', text: 'Kies', wrap: true },
      {
        type: 'ActionSet',
        actions: [
          { type: 'Action.Submit', title: 'Ja', data: { action: 'review.confirm', value: 'yes' }, style: 'positive' },
          { type: 'Action.Submit', title: 'Nee', data: { action: 'review.confirm', value: 'no' }, style: 'destructive' },
          { type: 'Action.Submit', title: 'Later', data: { action: 'review.later', value: '' } },
        ],
      },
    ]);
  });

  it('renders a form with text, multiline, select and date inputs and a submit carrying the form name', () => {
    const card = renderCard(
      message({
        type: 'form',
        form: 'reflection.save',
        title: 'Reflectie',
        submitLabel: '',
        fields: [
          { id: 'title', label: 'Titel', kind: 'text', required: true, maxLength: 80, initial: 'Concept' },
          { id: 'body', label: 'Tekst', kind: 'multiline', required: false, maxLength: 3000 },
          { id: 'phase', label: 'Fase', kind: 'select', required: true, options: [{ label: 'Voorbereiding', value: 'prep' }] },
          { id: 'due', label: 'Datum', kind: 'date', required: false },
        ],
      }),
      en,
    );
    expect(card.body).toEqual([
      { type: 'TextBlock', text: 'Reflectie', size: 'Medium', weight: 'Bolder', wrap: true },
      {
        type: 'Input.Text',
        id: 'title',
        label: 'Titel',
        isRequired: true,
        errorMessage: en.platform.teamsRequiredField,
        value: 'Concept',
        isMultiline: false,
        maxLength: 80,
      },
      { type: 'Input.Text', id: 'body', label: 'Tekst', isRequired: false, isMultiline: true, maxLength: 3000 },
      {
        type: 'Input.ChoiceSet',
        id: 'phase',
        label: 'Fase',
        isRequired: true,
        errorMessage: en.platform.teamsRequiredField,
        style: 'compact',
        choices: [{ title: 'Voorbereiding', value: 'prep' }],
      },
      { type: 'Input.Date', id: 'due', label: 'Datum', isRequired: false },
      {
        type: 'ActionSet',
        actions: [{ type: 'Action.Submit', title: en.platform.submit, style: 'positive', data: { form: 'reflection.save' } }],
      },
    ]);
  });

  it("prefers the form's own submit label", () => {
    const card = renderCard(message({ type: 'form', form: 'x.y', title: 'T', submitLabel: 'Opslaan', fields: [] }), nl);
    expect(card.body.at(-1)).toEqual({ type: 'ActionSet', actions: [expect.objectContaining({ title: 'Opslaan' })] });
  });

  it('renders progress as a count and a bar, clamped and safe for a total of zero', () => {
    const bar = (done: number, total: number) => renderCard(message({ type: 'progress', label: 'Waarborgen', done, total }), nl).body;
    expect(bar(3, 5)).toEqual([
      { type: 'TextBlock', text: 'Waarborgen: 3/5', wrap: true },
      { type: 'TextBlock', text: '██████░░░░', fontType: 'Monospace', color: 'Accent', spacing: 'None' },
    ]);
    expect(bar(0, 0)[1]).toMatchObject({ text: '░░░░░░░░░░' });
    expect(bar(9, 4)[0]).toMatchObject({ text: 'Waarborgen: 4/4' });
  });
});

describe('renderMessages', () => {
  it('sends text-only messages as markdown text and anything else as one card, skipping empty ones', () => {
    const activities = renderMessages([say('Eén'), message({ type: 'text', text: 'a' }, { type: 'text', text: 'b' }), message(), message({ type: 'heading', text: 'H' })], nl);
    expect(activities).toHaveLength(3);
    expect(activities[0]).toEqual({ type: 'message', text: 'Eén', textFormat: 'markdown' });
    expect(activities[1]).toMatchObject({ text: 'a\n\nb' });
    expect(activities[2]!.text).toBeUndefined();
    expect(activities[2]!.attachments).toEqual([
      { contentType: 'application/vnd.microsoft.card.adaptive', content: expect.objectContaining({ type: 'AdaptiveCard' }) },
    ]);
  });
});
