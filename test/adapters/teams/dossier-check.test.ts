// The dossier check through Teams on the real server: a real Bot Framework
// activity answered with an Adaptive Card holding the matrix, the lists and
// Action.Submit buttons; a button that opens `kies` for the item; English for
// someone who chose it; the working .docx behind its download link
// with the appendix.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningBot } from '../../../adapters/bot';
import { en } from '../../../src/texts/en';
import { nl } from '../../../src/texts/nl';
import { readDocx } from '../../domain/draft/read-docx';
import type { ConnectorStandIn, RecordedPost } from '../../support/bot-connector-stand-in';
import { uniqueId } from '../../support/bot';
import { DOSSIER, seedDossier } from '../../support/dossier';
import { cardOf, messageActivity, personalChat, postActivity, textActivity, visibleText, type Chat } from './teams-client';
import { closeTeamsHarness, startTeamsHarness } from './teams-harness';

const SECRET = 'teams-dossier-check-secret-0123456789abcdef';
let connector: ConnectorStandIn;
let bot: RunningBot;
beforeAll(async () => ({ bot, connector } = await startTeamsHarness({ DOWNLOAD_SIGNING_SECRET: SECRET })));
afterAll(() => closeTeamsHarness({ bot, connector }));

const t = nl.draft.dossierCheck;

async function setUp(): Promise<Chat> {
  const chat = personalChat(uniqueId('tenant-'), connector.url);
  await seedDossier(bot.db, { platform: 'teams', workspaceId: chat.tenantId }, { userId: chat.user.aadObjectId, name: chat.user.name });
  return chat;
}

function actionsOf(post: RecordedPost): Array<{ title: string; data: Record<string, unknown> }> {
  const sets = (cardOf(post.activity)?.body ?? []).filter((element: any) => element.type === 'ActionSet');
  return sets.flatMap((set: any) => set.actions.map((action: any) => ({ title: action.title, data: action.data })));
}

describe('Teams dossier check', () => {
  it('answers `dossiercheck` with a card: the matrix, the lists, kies buttons; a button opens the item', async () => {
    const chat = await setUp();
    expect((await postActivity(bot, textActivity(chat, 'dossiercheck'))).status).toBe(200);
    const [post] = await connector.waitForPosts(chat.conversationId, 1);
    const card = cardOf(post!.activity)!;
    expect(card.body[0]).toMatchObject({ type: 'TextBlock', text: t.title('Opleiden in de Regio'), size: 'Large' });
    // Well inside a Teams card's size (about 28 KB).
    expect(JSON.stringify(card).length).toBeLessThan(20_000);
    const shown = visibleText(post!.activity);
    expect(shown).toContain(`**${t.matrixHeading}**`);
    expect(shown).toContain('**2 Leeromgeving**: concreet ✓ 2/2 · samenhang ✓ 2/2 · praktijk ✓ 2/2 · gezamenlijk ✓ 2/2 (van 2 gekozen)');
    expect(shown).toContain(t.wish('2.1', DOSSIER.wish, ['In de toekomst', 'willen we']));
    expect(shown).toContain(`„${DOSSIER.drill}”, Bert Bestuurder, in een oefenantwoord`);

    const buttons = actionsOf(post!);
    expect(buttons.map((b) => [b.title, b.data])).toEqual([
      ['Kies 1.1', { action: 'command', value: 'kies lerende-leraar 1' }],
      ['Kies 2.1', { action: 'command', value: 'kies leeromgeving 1' }],
      [t.downloadButton, { action: 'command', value: 'download werkversie' }],
    ]);
    expect((await postActivity(bot, messageActivity(chat, { value: buttons[0]!.data }))).status).toBe(200);
    const [, opened] = await connector.waitForPosts(chat.conversationId, 2);
    expect(visibleText(opened!.activity)).toContain(nl.draft.choose.title('1.1'));
  });

  it('speaks English to someone who chose it', async () => {
    const chat = await setUp();
    await postActivity(bot, textActivity(chat, 'taal en'));
    await connector.waitForPosts(chat.conversationId, 1);
    await postActivity(bot, textActivity(chat, 'check'));
    const [, post] = await connector.waitForPosts(chat.conversationId, 2);
    const shown = visibleText(post!.activity);
    expect(shown).toContain(en.draft.dossierCheck.title('Opleiden in de Regio'));
    expect(shown).toContain(en.draft.dossierCheck.missing('concrete', [{ labels: ['1.1'], reason: en.reflection.reasons['too-general'] }]));
  });

  it('links `download werkversie` to a working .docx with the Dossiercheck appendix', async () => {
    const chat = await setUp();
    await postActivity(bot, textActivity(chat, 'download werkversie'));
    const [answer] = await connector.waitForPosts(chat.conversationId, 1);
    const link = /\]\((http[^)\s]+\/downloads\/[^)\s]+)\)/.exec(answer!.activity.text)![1]!;
    const docx = await readDocx(Buffer.from(await (await fetch(link)).arrayBuffer()));
    const texts = docx.paragraphs.map((p) => p.text);
    const at = texts.indexOf(t.appendix.heading);
    expect(at).toBeGreaterThan(0);
    expect(texts.slice(at).some((line) => line.includes(`„${DOSSIER.drill}”, Bert Bestuurder, in een oefenantwoord`))).toBe(true);
  });
});
