// The draft through Teams on the real server: the edit card submitted twice,
// and downloads as links to our own /downloads route (a bot cannot attach a
// .docx in Teams), which answers 404 to any bad, altered or expired token.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { RunningBot } from '../../../adapters/bot';
import { cardMarkdown } from '../../../adapters/teams/render-card';
import { signDownloadToken } from '../../../src/domain/draft';
import { TurnStore } from '../../../src/store/turn-store';
import { nl } from '../../../src/texts/nl';
import type { ConnectorStandIn } from '../../support/bot-connector-stand-in';
import { startTestBot, uniqueId } from '../../support/bot';
import { createDatabaseOn } from '../../support/scratch-database';
import { readDocx } from '../../domain/draft/read-docx';
import { cardOf, messageActivity, personalChat, postActivity, textActivity, visibleText, type Chat } from './teams-client';
import { closeTeamsHarness, replyTo, startTeamsHarness } from './teams-harness';

const SECRET = 'teams-draft-test-secret-0123456789abcdef';
const ITEM = 'leeromgeving.minimum.2';
const CHOSEN = 'Elke week voeren de schoolopleider en de instituutsopleider samen een driehoeksgesprek met de student.';

let connector: ConnectorStandIn;
let bot: RunningBot;
beforeAll(async () => ({ bot, connector } = await startTeamsHarness({ DOWNLOAD_SIGNING_SECRET: SECRET })));
afterAll(() => closeTeamsHarness({ bot, connector }));

/** A coordinator in a personal chat, with a partnership whose Leeromgeving 2 has a chosen text. */
async function setUp(): Promise<{ chat: Chat; partnershipId: string }> {
  const chat = personalChat(uniqueId('tenant-'), connector.url);
  const partnershipId = await new TurnStore(bot.db).withTenant('teams', chat.tenantId, async (scope) => {
    const me = await scope.upsertPerson(chat.user.aadObjectId, chat.user.name);
    const partnership = await scope.partnerships.create({
      name: 'Samen Opleiden Utrecht',
      region: 'Onderwijsregio Utrecht',
      sectors: ['PO'],
      reviewType: 'development',
      visitDate: null,
      updatesChannelId: null,
      createdById: me.id,
    });
    await scope.drafts.save({ partnershipId: partnership.id, waarborgId: 'leeromgeving', itemId: ITEM, text: CHOSEN, sourceContributionIds: [], editedById: me.id, expected: 'absent' });
    return partnership.id;
  });
  return { chat, partnershipId };
}

const reply = (chat: Chat, activity: Record<string, unknown>, count: number) => replyTo({ bot, connector }, chat, activity, count);

function linkIn(text: string): string {
  const match = /\]\((http[^)\s]+\/downloads\/[^)\s]+)\)/.exec(text);
  if (!match) throw new Error(`no download link in: ${text}`);
  return match[1]!;
}

describe('Teams draft downloads', () => {
  it('answers `download md` with a link that serves the Markdown', async () => {
    const { chat } = await setUp();
    const answer = await reply(chat, textActivity(chat, 'download md'), 1);
    expect(answer.textFormat).toBe('markdown');
    expect(answer.text).toContain(nl.draft.download.ready('md', 'clean', 'Kritische reflectie'));
    expect(answer.text).toContain(nl.draft.delivery.linkValid(24));
    const link = linkIn(answer.text);
    expect(link.startsWith(`${bot.url}/downloads/`)).toBe(true);

    const response = await fetch(link);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    const today = new Date().toISOString().slice(0, 10);
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="kritische-reflectie-samen-opleiden-utrecht-${today}.md"; filename*=UTF-8''kritische-reflectie-samen-opleiden-utrecht-${today}.md`,
    );
    const markdown = await response.text();
    expect(markdown).toMatch(/^# Kritische reflectie\n/);
    expect(markdown).toContain('**Peer review:** Ontwikkelingsgerichte peer review');
    expect(markdown).toContain(CHOSEN);
  });

  it('links plain `download` to the clean Word file, ready to send, and `download werkversie` to the working one', async () => {
    const { chat } = await setUp();
    const answer = await reply(chat, textActivity(chat, 'download'), 1);
    expect(answer.text).toContain(nl.draft.download.ready('docx', 'clean', 'Kritische reflectie'));
    const response = await fetch(linkIn(answer.text));
    const today = new Date().toISOString().slice(0, 10);
    expect(response.headers.get('content-disposition')).toContain(`filename="kritische-reflectie-samen-opleiden-utrecht-${today}.docx"`);
    const clean = await readDocx(Buffer.from(await response.arrayBuffer()));
    const texts = clean.paragraphs.map((p) => p.text);
    expect(texts.slice(0, 8)).toEqual([
      'Kritische reflectie',
      'Samen Opleiden Utrecht',
      'Partnerschap: Samen Opleiden Utrecht',
      'Onderwijsregio: Onderwijsregio Utrecht',
      'Sectoren: primair onderwijs (PO)',
      'Peer review: Ontwikkelingsgerichte peer review',
      'Bezoekdatum: nog niet vastgesteld',
      `Versie van: ${nl.draft.document.formatDate(today)}`,
    ]);
    expect(texts).toContain(CHOSEN);
    expect(texts.join('\n')).not.toMatch(/Bron:|Status:|\[Nog geen tekst|\[Leeg/);
    expect(clean.comments).toEqual([]);
    expect(clean.styles).toContain('<w:lang w:val="nl-NL"/>');
    expect(clean.document).toContain('TOC \\h \\o');
    expect(clean.footers[0]).toContain('PAGE');
    // The buttons under it offer the other versions.
    const others = await connector.waitForPosts(chat.conversationId, 2);
    expect(visibleText(others[1]!.activity)).toContain(nl.draft.download.others);

    const working = await reply(chat, textActivity(chat, 'download werkversie'), 3);
    expect(working.text).toContain(nl.draft.download.ready('docx', 'working', 'Kritische reflectie'));
    const workingResponse = await fetch(linkIn(working.text));
    expect(workingResponse.headers.get('content-disposition')).toContain(`-${today}-werkversie.docx"`);
    const read = await readDocx(Buffer.from(await workingResponse.arrayBuffer()));
    expect(read.comments.some((c) => c.startsWith('Bron: Kwaliteitskader Samen Opleiden') && c.includes('\nStatus: '))).toBe(true);
    expect(read.paragraphs.map((p) => p.text)).toContain('[Leeg: nog geen bijdragen]');
  });

  it('makes the file again on each request: a later choice shows up behind the same link', async () => {
    const { chat, partnershipId } = await setUp();
    const link = linkIn((await reply(chat, textActivity(chat, 'download docx'), 1)).text);
    const before = await fetch(link);
    expect(before.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const first = (await readDocx(Buffer.from(await before.arrayBuffer()))).paragraphs.map((p) => p.text);
    expect(first).not.toContain('[Leeg: nog geen bijdragen]');
    expect(first).toContain(CHOSEN);
    await new TurnStore(bot.db).withTenant('teams', chat.tenantId, async (scope) => {
      const me = await scope.upsertPerson(chat.user.aadObjectId, chat.user.name);
      await scope.drafts.save({ partnershipId, waarborgId: 'organisatie', itemId: 'organisatie.minimum.1', text: 'Een nieuwe tekst.', sourceContributionIds: [], editedById: me.id, expected: 'absent' });
    });
    const after = (await readDocx(Buffer.from(await (await fetch(link)).arrayBuffer()))).paragraphs.map((p) => p.text);
    expect(after).toContain('Een nieuwe tekst.');
  });

  it('answers 404, saying nothing more, to a tampered, expired or foreign token', async () => {
    const { chat, partnershipId } = await setUp();
    const link = linkIn((await reply(chat, textActivity(chat, 'download md'), 1)).text);
    const base = `${bot.url}/downloads/`;
    const token = link.slice(base.length);
    const tampered = `${token.slice(0, 10)}${token[10] === 'x' ? 'y' : 'x'}${token.slice(11)}`;
    const expired = signDownloadToken({ platform: 'teams', tenantId: chat.tenantId, partnershipId, format: 'md', variant: 'clean', locale: 'nl', expiresAt: Date.now() - 1_000 }, SECRET);
    const otherSecret = signDownloadToken({ platform: 'teams', tenantId: chat.tenantId, partnershipId, format: 'md', variant: 'clean', locale: 'nl', expiresAt: Date.now() + 60_000 }, 'x'.repeat(40));
    // Correctly signed, but the partnership belongs to another tenant: the tenant scope finds nothing.
    const foreign = signDownloadToken({ platform: 'teams', tenantId: uniqueId('tenant-'), partnershipId, format: 'md', variant: 'clean', locale: 'nl', expiresAt: Date.now() + 60_000 }, SECRET);
    for (const bad of [tampered, expired, otherSecret, foreign, '', 'garbage', `${token}.extra`]) {
      const response = await fetch(`${base}${bad}`);
      expect(response.status).toBe(404);
      // The same page for every bad token: a person reads what to do, in Dutch and then English.
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      const page = await response.text();
      expect(page).toContain(`<h1>${nl.platform.downloadGone.title}</h1>`);
      expect(page).toContain('<code>download</code>');
      expect(page.indexOf('lang="nl"')).toBeLessThan(page.indexOf('<section lang="en">'));
    }
    expect((await fetch(link, { method: 'POST' })).status).toBe(405);
    expect((await fetch(link)).status).toBe(200);
  });

  it('saves an edit card once when it is submitted twice', async () => {
    const { chat } = await setUp();
    const list = await reply(chat, textActivity(chat, 'kies leeromgeving 2'), 1);
    // Cards give each line its own paragraph (cardMarkdown).
    expect(visibleText(list)).toContain(cardMarkdown(nl.draft.choose.current(chat.user.name, CHOSEN)));
    const editAction = (cardOf(list)!.body as Array<Record<string, any>>)
      .filter((element) => element.type === 'ActionSet')
      .flatMap((element) => element.actions as Array<Record<string, any>>)
      .find((action) => action.title === nl.draft.choose.editCurrent)!;
    const formCard = cardOf(await reply(chat, messageActivity(chat, { value: editAction.data }), 2))!;
    const input = (formCard.body as Array<Record<string, any>>).find((element) => element.type === 'Input.Text')!;
    expect(input).toMatchObject({ id: 'text', isMultiline: true, value: CHOSEN });
    const submitAction = (formCard.body as Array<Record<string, any>>).find((element) => element.type === 'ActionSet')!.actions[0];
    const submitted = { ...submitAction.data, text: `${CHOSEN} Al drie jaar.` };
    expect(visibleText(await reply(chat, messageActivity(chat, { value: submitted }), 3))).toContain('Opgeslagen in het concept: punt 2.2');
    expect((await reply(chat, messageActivity(chat, { value: submitted }), 4)).text).toBe(nl.draft.save.alreadySaved('2.2'));
  });
});

describe('Teams draft: next steps after "Gebruik deze"', () => {
  it('ends the confirmation with the next item without a chosen text, the waarborg and the draft overview', async () => {
    const { chat, partnershipId } = await setUp();
    const contribution = 'Sinds 2021 ontwerpen de school en de opleiding het opleidingsprogramma samen, met studenten in de werkgroep.';
    await new TurnStore(bot.db).withTenant('teams', chat.tenantId, async (scope) => {
      const me = await scope.upsertPerson(chat.user.aadObjectId, chat.user.name);
      const saved = await scope.contributions.save({ partnershipId, personId: me.id, role: 'coordinator', waarborgId: 'leeromgeving', itemId: 'leeromgeving.minimum.1', text: contribution, expected: 'absent' });
      expect(saved.ok).toBe(true);
    });
    const actions = (activity: Record<string, any>) =>
      new Map(
        (cardOf(activity)!.body as Array<Record<string, any>>)
          .filter((element) => element.type === 'ActionSet')
          .flatMap((element) => element.actions as Array<Record<string, any>>)
          .map((action) => [action.title as string, action.data as Record<string, unknown>]),
      );
    const list = await reply(chat, textActivity(chat, 'kies leeromgeving 1'), 1);
    const saved = await reply(chat, messageActivity(chat, { value: actions(list).get(nl.draft.choose.useThis) }), 2);
    expect(visibleText(saved)).toContain('Opgeslagen in het concept: punt 2.1');
    // 2.2 has a text already: the next step is 2.3.
    const next = actions(saved);
    expect([...next.keys()]).toEqual([nl.draft.save.nextItem('2.3'), nl.draft.save.backToWaarborg, nl.draft.save.toOverview]);
    expect(next.get(nl.draft.save.toOverview)).toMatchObject({ action: 'command', value: 'concept' });
    const third = await reply(chat, messageActivity(chat, { value: next.get(nl.draft.save.nextItem('2.3')) }), 3);
    expect(visibleText(third)).toContain(nl.draft.choose.title('2.3'));
  });
});

describe('Teams download links with PUBLIC_URL', () => {
  it('point at the public URL', async () => {
    // A database of its own: on the file's, the other bot's dispatcher could send the reply, with its own URL.
    const own = await createDatabaseOn(inject('postgresServerUrl'), inject('botDatabasePrefix'), inject('templateDatabase'));
    const publicBot = await startTestBot({
      TEAMS_ALLOW_UNAUTHENTICATED: 'true',
      DOWNLOAD_SIGNING_SECRET: SECRET,
      PUBLIC_URL: 'https://bot.example.org/peer/',
      DATABASE_URL: own.url,
    });
    try {
      const chat = personalChat(uniqueId('tenant-'), connector.url);
      await new TurnStore(publicBot.db).withTenant('teams', chat.tenantId, async (scope) => {
        const me = await scope.upsertPerson(chat.user.aadObjectId, chat.user.name);
        await scope.partnerships.create({ name: 'P', region: 'R', sectors: ['MBO'], reviewType: 'assessment', visitDate: null, updatesChannelId: null, createdById: me.id });
      });
      await postActivity(publicBot, textActivity(chat, 'download md'));
      const [answer] = await connector.waitForPosts(chat.conversationId, 1);
      const link = linkIn(answer!.activity.text);
      expect(link.startsWith('https://bot.example.org/peer/downloads/')).toBe(true);
      // The same token works on the bot itself.
      expect((await fetch(`${publicBot.url}/downloads/${link.split('/downloads/')[1]}`)).status).toBe(200);
    } finally {
      await publicBot.close();
      await own.drop();
    }
  });
});
