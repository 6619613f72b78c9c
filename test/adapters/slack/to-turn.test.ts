// Slack payload details that the integration tests do not reach.
import { describe, expect, it } from 'vitest';
import { splitText, toMrkdwn, unescapeSlack } from '../../../adapters/slack/mrkdwn';
import { formValues, stripMention, toTurn } from '../../../adapters/slack/to-turn';

describe('stripMention', () => {
  it('removes the bot mention wherever it is, with or without a label', () => {
    expect(stripMention('<@UBOT> hulp', 'UBOT')).toBe('hulp');
    expect(stripMention('taal <@UBOT|peerreview> en', 'UBOT')).toBe('taal en');
    expect(stripMention('<@UOTHER> hulp', 'UBOT')).toBe('<@UOTHER> hulp');
  });

  it('removes only a leading mention when the bot id is unknown', () => {
    expect(stripMention('<@UBOT> hulp <@UANN>', undefined)).toBe('hulp <@UANN>');
  });
});

describe('formValues', () => {
  it('reads text, select and date inputs by field id', () => {
    const values = formValues({
      state: {
        values: {
          a: { a: { type: 'plain_text_input', value: 'tekst' } },
          b: { b: { type: 'static_select', selected_option: { text: { type: 'plain_text', text: 'B' }, value: 'b' } } },
          c: { c: { type: 'datepicker', selected_date: '2026-01-31' } },
          d: { d: { type: 'plain_text_input', value: null } },
        },
      },
    });
    expect(values).toEqual({ a: 'tekst', b: 'b', c: '2026-01-31', d: '' });
  });
});

describe('toTurn', () => {
  it('derives the place kind from the channel id and keeps the thread in the reference', () => {
    const dm = toTurn({ teamId: 'T1', channel: 'D1' }, 'e1', { id: 'U1', name: 'Ann' }, { kind: 'text', text: 'hulp' });
    expect(dm.place).toEqual({ conversationId: 'D1', kind: 'dm', reference: { channel: 'D1', team: 'T1' } });
    const thread = toTurn({ teamId: 'T1', channel: 'C1', threadTs: '1.5' }, 'e2', { id: 'U1', name: 'Ann' }, { kind: 'text', text: 'hulp' });
    expect(thread.place).toEqual({ conversationId: 'C1', kind: 'channel', threadId: '1.5', mentionOnly: true, reference: { channel: 'C1', team: 'T1', thread_ts: '1.5' } });
    expect(thread.workspaceId).toBe('T1');
  });
});

describe('mrkdwn helpers', () => {
  it('gives the core what the person typed, not Slack’s escapes', () => {
    expect(unescapeSlack('a &lt;b&gt; &amp;amp;')).toBe('a <b> &amp;');
    expect(toMrkdwn(unescapeSlack('&lt;x&gt;'))).toBe('&lt;x&gt;');
  });

  it('splits at paragraph boundaries first', () => {
    const text = `${'a'.repeat(1800)}\n\n${'b'.repeat(1800)}`;
    expect(splitText(text, 3000)).toEqual(['a'.repeat(1800), 'b'.repeat(1800)]);
  });

  it('never cuts an emoji in half', () => {
    const pieces = splitText(`${'a'.repeat(2999)}😀😀`, 3000);
    expect(pieces.join('')).toBe(`${'a'.repeat(2999)}😀😀`);
    for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(3000);
  });
});
