// Events API against the real bot: DMs, mentions, redeliveries, failures.
import { setTimeout as pause } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../../src/texts/en';
import { nl } from '../../../src/texts/nl';
import { uniqueId } from '../../support/bot';
import { postEvent } from '../../support/slack-signing';
import { appMention, directMessage, eventCallback, forTeam, headerOf, newTeam, newTs, startSlackHarness, textOf, type SlackHarness } from './harness';

let h: SlackHarness;
beforeAll(async () => {
  h = await startSlackHarness();
});
afterAll(async () => {
  await h?.close();
});

describe('Slack Events API', () => {
  it('answers the url_verification challenge', async () => {
    const response = await postEvent(h.bot.url, { token: 'legacy', challenge: 'challenge-4711', type: 'url_verification' });
    expect(response.status).toBe(200);
    expect(JSON.parse(response.text)).toEqual({ challenge: 'challenge-4711' });
  });

  it('answers a DM `hulp` with the Dutch help, by chat.postMessage in that DM', async () => {
    const teamId = newTeam();
    h.api.userNames.set('UADA', 'Ada Lovelace');
    const response = await postEvent(h.bot.url, directMessage({ teamId }, { channel: 'DADA', user: 'UADA', text: 'hulp' }));
    expect(response.status).toBe(200);

    const [reply] = await h.api.waitForCalls(forTeam('chat.postMessage', teamId));
    expect(reply!.body.channel).toBe('DADA');
    expect(reply!.body.thread_ts).toBeUndefined();
    expect(headerOf(reply!.body.blocks)).toBe(nl.help.title);
    expect(textOf(reply!.body.blocks)).toContain(nl.help.intro);
    expect(reply!.body.text).toContain(nl.help.title);
    // The name came from users.info and is on the person's row.
    const person = await h.bot.db.prisma.person.findFirst({ where: { platformUserId: 'UADA', tenant: { externalId: teamId } } });
    expect(person?.displayName).toBe('Ada Lovelace');
  });

  it('answers `help en` in English', async () => {
    const teamId = newTeam();
    await postEvent(h.bot.url, directMessage({ teamId }, { channel: 'DBOB', user: 'UBOB', text: 'help en' }));
    const [reply] = await h.api.waitForCalls(forTeam('chat.postMessage', teamId));
    expect(headerOf(reply!.body.blocks)).toBe(en.help.title);
    expect(textOf(reply!.body.blocks)).toContain(en.help.intro);
  });

  it('answers an @mention in a channel in the thread under it, without the mention in the text', async () => {
    const teamId = newTeam();
    const ts = newTs();
    await postEvent(h.bot.url, appMention({ teamId }, { channel: 'CGENERAL', user: 'UCAROL', text: '<@UBOT> hulp', ts }));
    const [reply] = await h.api.waitForCalls(forTeam('chat.postMessage', teamId));
    expect(reply!.body.channel).toBe('CGENERAL');
    expect(reply!.body.thread_ts).toBe(ts);
    expect(headerOf(reply!.body.blocks)).toBe(nl.help.title);
  });

  it('answers an @mention made inside a thread in that same thread', async () => {
    const teamId = newTeam();
    const root = newTs();
    await postEvent(h.bot.url, appMention({ teamId }, { channel: 'CGENERAL', user: 'UDAN', text: 'help en <@UBOT>', threadTs: root }));
    const [reply] = await h.api.waitForCalls(forTeam('chat.postMessage', teamId));
    expect(reply!.body.thread_ts).toBe(root);
    expect(headerOf(reply!.body.blocks)).toBe(en.help.title);
  });

  it('handles a redelivery (X-Slack-Retry-Num: 1) once: one reply, one inbox row', async () => {
    const teamId = newTeam();
    const eventId = uniqueId('Ev');
    const payload = directMessage({ teamId, eventId }, { channel: 'DERIN', user: 'UERIN', text: 'hulp' });
    await postEvent(h.bot.url, payload);
    await h.api.waitForCalls(forTeam('chat.postMessage', teamId));

    const retry = await postEvent(h.bot.url, payload, { retryNum: 1 });
    expect(retry.status).toBe(200);
    await pause(500);
    expect(h.api.calls.filter(forTeam('chat.postMessage', teamId))).toHaveLength(1);
    expect(await h.bot.db.prisma.inboxEvent.count({ where: { eventId, workspaceId: teamId } })).toBe(1);
  });

  it('handles the same event arriving twice at once only once', async () => {
    const teamId = newTeam();
    const eventId = uniqueId('Ev');
    const payload = directMessage({ teamId, eventId }, { channel: 'DFAY', user: 'UFAY', text: 'hulp' });
    const answers = await Promise.all([postEvent(h.bot.url, payload), postEvent(h.bot.url, payload, { retryNum: 1 })]);
    expect(answers.map((answer) => answer.status)).toEqual([200, 200]);
    await h.api.waitForCalls(forTeam('chat.postMessage', teamId));
    await pause(500);
    expect(h.api.calls.filter(forTeam('chat.postMessage', teamId))).toHaveLength(1);
  });

  it('ignores bot messages and edits in a DM, and answers the next real message', async () => {
    const teamId = newTeam();
    const botPost = directMessage({ teamId }, { channel: 'DGUS', user: 'UGUS', text: 'hulp' });
    Object.assign(botPost.event, { bot_id: 'BOTHER' });
    const edit = directMessage({ teamId }, { channel: 'DGUS', user: 'UGUS', text: 'hulp' });
    Object.assign(edit.event, { subtype: 'message_changed' });
    await postEvent(h.bot.url, botPost);
    await postEvent(h.bot.url, edit);
    await postEvent(h.bot.url, directMessage({ teamId }, { channel: 'DGUS', user: 'UGUS', text: 'help en' }));
    const [reply] = await h.api.waitForCalls(forTeam('chat.postMessage', teamId));
    await pause(300);
    expect(h.api.calls.filter(forTeam('chat.postMessage', teamId))).toHaveLength(1);
    expect(headerOf(reply!.body.blocks)).toBe(en.help.title);
  });

  it('escapes what a person typed when echoing it, so `<!channel>` never pings a channel', async () => {
    const teamId = newTeam();
    await postEvent(h.bot.url, directMessage({ teamId }, { channel: 'DHAL', user: 'UHAL', text: '<!channel> &amp;co' }));
    const [reply] = await h.api.waitForCalls(forTeam('chat.postMessage', teamId));
    const text = textOf(reply!.body.blocks);
    expect(text).toContain('&lt;!channel&gt;');
    expect(text).not.toContain('<!channel>');
    expect(reply!.body.text).not.toContain('<!channel>');
  });

  it('falls back to the user id as name when users.info fails', async () => {
    const teamId = newTeam();
    h.api.failNext('users.info', { error: 'user_not_found' });
    await postEvent(h.bot.url, directMessage({ teamId }, { channel: 'DIDA', user: 'UIDA', text: 'hulp' }));
    await h.api.waitForCalls(forTeam('chat.postMessage', teamId));
    const person = await h.bot.db.prisma.person.findFirst({ where: { platformUserId: 'UIDA', tenant: { externalId: teamId } } });
    expect(person?.displayName).toBe('UIDA');
  });

  it('waits out a 429 with Retry-After and still delivers the reply', async () => {
    const teamId = newTeam();
    h.api.failNext('chat.postMessage', { status: 429, retryAfterSeconds: 1 });
    const started = performance.now();
    await postEvent(h.bot.url, directMessage({ teamId }, { channel: 'DJAN', user: 'UJAN', text: 'hulp' }));
    const [reply] = await h.api.waitForCalls(forTeam('chat.postMessage', teamId));
    expect(headerOf(reply!.body.blocks)).toBe(nl.help.title);
    expect(reply!.at - started).toBeGreaterThanOrEqual(900);
  });

  it('keeps a display name with a NUL in it, without the NUL', async () => {
    h.api.userNames.set('UNUL', 'Nel\u0000le');
    const teamId = newTeam();
    await postEvent(h.bot.url, directMessage({ teamId }, { channel: 'DNUL', user: 'UNUL', text: 'hulp' }));
    const [reply] = await h.api.waitForCalls(forTeam('chat.postMessage', teamId));
    expect(headerOf(reply!.body.blocks)).toBe(nl.help.title);
    const person = await h.bot.db.prisma.person.findFirstOrThrow({ where: { tenant: { externalId: teamId } } });
    expect(person.displayName).toBe('Nelle');
  });

  it('answers with the Dutch internal-error text when a turn keeps failing, and keeps serving', async () => {
    // A database that refuses this one person's row, every time: a fault no input can cause by itself.
    h.api.userNames.set('UKIM', 'Kim Kapot');
    await h.bot.db.prisma.$executeRawUnsafe(`CREATE OR REPLACE FUNCTION refuse_kim() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.display_name = 'Kim Kapot' THEN RAISE EXCEPTION 'refused for the test'; END IF; RETURN NEW; END $$`);
    await h.bot.db.prisma.$executeRawUnsafe('CREATE OR REPLACE TRIGGER refuse_kim BEFORE INSERT OR UPDATE ON person FOR EACH ROW EXECUTE FUNCTION refuse_kim()');
    const badTeam = newTeam();
    await postEvent(h.bot.url, directMessage({ teamId: badTeam }, { channel: 'DKIM', user: 'UKIM', text: 'hulp' }));
    const [reply] = await h.api.waitForCalls((call) => call.method === 'chat.postMessage' && call.body.channel === 'DKIM');
    expect(textOf(reply!.body.blocks)).toContain(nl.errors.internal);
    const row = await h.bot.db.prisma.inboxEvent.findFirstOrThrow({ where: { workspaceId: badTeam } });
    expect(row).toMatchObject({ status: 'failed', attempts: 3 });
    expect(row.lastError).toContain('refused for the test');
    await h.bot.db.prisma.$executeRawUnsafe('DROP TRIGGER refuse_kim ON person');
    h.api.userNames.delete('UKIM');

    const teamId = newTeam();
    await postEvent(h.bot.url, directMessage({ teamId }, { channel: 'DKIM2', user: 'UKIM', text: 'hulp' }));
    const [next] = await h.api.waitForCalls(forTeam('chat.postMessage', teamId));
    expect(headerOf(next!.body.blocks)).toBe(nl.help.title);
  });

  it('acknowledges events it has no listener for without replying', async () => {
    const teamId = newTeam();
    const response = await postEvent(h.bot.url, eventCallback({ teamId }, { type: 'reaction_added', user: 'ULEO', reaction: 'tada', event_ts: newTs() }));
    expect(response.status).toBe(200);
    await pause(300);
    expect(h.api.calls.filter((call) => call.body.team_id === teamId)).toHaveLength(0);
  });
});
