// The bot's App Home tab on Slack: opening it publishes the person's status
// (views.publish, within a home view's 100 blocks and Block Kit's text limits);
// a timeline change publishes every member's again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningBot } from '../../../adapters/bot';
import { LIMITS } from '../../../adapters/slack/render-blocks';
import { nl } from '../../../src/texts/nl';
import { startTestBot, uniqueId } from '../../support/bot';
import { seedPartnership } from '../../support/partnerships';
import { startSlackApiStandIn, type SlackApiStandIn } from '../../support/slack-api-stand-in';
import { postEvent, postInteraction, TEST_SIGNING_SECRET } from '../../support/slack-signing';
import { buttonsOf, directMessage, eventCallback } from './harness';

let slack: SlackApiStandIn;
let bot: RunningBot;
beforeAll(async () => {
  slack = await startSlackApiStandIn();
  bot = await startTestBot({ SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET, SLACK_BOT_TOKEN: 'xoxb-test', SLACK_API_URL: slack.apiUrl });
});
afterAll(async () => {
  await bot?.close();
  await slack?.close();
});

const t = nl.timeline;
const homeOpened = (teamId: string, user: string, tab = 'home') => eventCallback({ teamId }, { type: 'app_home_opened', user, channel: `D${user}`, tab, event_ts: '1.0' });

function withinHomeViewLimits(view: { type: string; blocks: Array<{ type: string; text?: { text: string } }> }): void {
  expect(view.type).toBe('home');
  expect(view.blocks.length).toBeGreaterThan(0);
  expect(view.blocks.length).toBeLessThanOrEqual(LIMITS.blocksPerHomeView);
  for (const block of view.blocks) if (block.type === 'section') expect(block.text!.text.length).toBeLessThanOrEqual(LIMITS.section);
}

describe('App Home', () => {
  it('publishes the status when a member opens the Home tab; the Messages tab publishes nothing', async () => {
    const teamId = uniqueId('T');
    await seedPartnership(bot.db, { platform: 'slack', workspaceId: teamId }, [
      { userId: 'UCOBY', name: 'Coby', role: 'coordinator' },
      { userId: 'USAM', name: 'Sam', role: 'student' },
    ], { visitDate: '2027-04-15' });
    await postEvent(bot.url, homeOpened(teamId, 'USAM', 'messages'));
    await postEvent(bot.url, homeOpened(teamId, 'USAM'));
    const [call] = await slack.waitForCalls((c) => c.method === 'views.publish' && c.body.user_id === 'USAM');
    const view = typeof call!.body.view === 'string' ? JSON.parse(call!.body.view) : call!.body.view;
    withinHomeViewLimits(view);
    const text = JSON.stringify(view);
    expect(text).toContain(t.status.title('Opleiden in de Regio'));
    expect(text).toContain(t.status.nextDeadlines);
    // The coordinator's actions are only on the coordinator's home.
    expect(text).not.toContain('planning verplaats');
    await postEvent(bot.url, homeOpened(teamId, 'UCOBY'));
    const [coby] = await slack.waitForCalls((c) => c.method === 'views.publish' && c.body.user_id === 'UCOBY');
    expect(JSON.stringify(coby!.body.view)).toContain('planning verplaats');
    expect(slack.calls.filter((c) => c.method === 'views.publish' && c.body.user_id === 'USAM')).toHaveLength(1);
  });

  it('someone in no partnership sees how to start; a change of the timeline publishes every member’s home again', async () => {
    const teamId = uniqueId('T');
    await postEvent(bot.url, homeOpened(teamId, 'UNEW'));
    const [call] = await slack.waitForCalls((c) => c.method === 'views.publish' && c.body.user_id === 'UNEW');
    expect(JSON.stringify(call!.body.view)).toContain(nl.partnership.noPartnership.slice(0, 30));

    await seedPartnership(bot.db, { platform: 'slack', workspaceId: teamId }, [
      { userId: 'UCOBY', name: 'Coby', role: 'coordinator' },
      { userId: 'USAM', name: 'Sam', role: 'student' },
    ]);
    await postEvent(bot.url, directMessage({ teamId }, { channel: 'DUCOBY', user: 'UCOBY', text: 'planning bezoek 2027-04-15' }));
    await slack.waitForCalls((c) => c.method === 'views.publish' && c.body.user_id === 'USAM' && JSON.stringify(c.body.view).includes(t.status.nextDeadlines));
    await slack.waitForCalls((c) => c.method === 'views.publish' && c.body.user_id === 'UCOBY' && JSON.stringify(c.body.view).includes(t.status.nextDeadlines));
  });

  it('its buttons answer in the person’s DM: the planning for anyone, the digest now for the coordinator', async () => {
    const teamId = uniqueId('T');
    await seedPartnership(bot.db, { platform: 'slack', workspaceId: teamId }, [
      { userId: 'UCOBY', name: 'Coby', role: 'coordinator' },
      { userId: 'USAM', name: 'Sam', role: 'student' },
    ], { visitDate: '2027-04-15' });
    const homeOf = async (user: string) => {
      await postEvent(bot.url, homeOpened(teamId, user));
      const [call] = await slack.waitForCalls((c) => c.method === 'views.publish' && c.body.user_id === user && JSON.stringify(c.body.view).includes(teamId) === false);
      const view = typeof call!.body.view === 'string' ? JSON.parse(call!.body.view) : call!.body.view;
      return buttonsOf(view.blocks);
    };
    const press = (user: string, button: { action_id: string; value?: string }) => {
      const pressed = {
        type: 'block_actions',
        user: { id: user, username: user.toLowerCase(), name: user.toLowerCase(), team_id: teamId },
        api_app_id: 'APEERREVIEW',
        token: 'legacy-verification-token',
        container: { type: 'view', view_id: 'VHOME' },
        view: { id: 'VHOME', type: 'home', team_id: teamId },
        trigger_id: uniqueId('trigger.'),
        team: { id: teamId, domain: 'samen-opleiden' },
        actions: [{ type: 'button', block_id: 'b1', action_id: button.action_id, value: button.value, text: { type: 'plain_text', text: 'x' }, action_ts: '1.1' }],
      };
      return postInteraction(bot.url, pressed);
    };
    const samButtons = await homeOf('USAM');
    expect(samButtons.map((b) => b.text.text)).toEqual([t.status.buttons.planning]);
    await press('USAM', samButtons[0]!);
    const [planning] = await slack.waitForCalls((c) => c.method === 'chat.postMessage' && c.body.channel === 'USAM' && JSON.stringify(c.body.blocks).includes(t.planning.title('Opleiden in de Regio')));
    expect(planning).toBeDefined();

    // A digest press from someone who is not a coordinator (a forged or old button) is refused, with who can.
    await press('USAM', { action_id: 'home.digest#1', value: '' });
    await slack.waitForCalls((c) => c.method === 'chat.postMessage' && c.body.channel === 'USAM' && String(c.body.text).includes(t.onlyCoordinator(['Coby']).replaceAll('**', '*')));

    const cobyButtons = await homeOf('UCOBY');
    expect(cobyButtons.map((b) => b.text.text)).toEqual([t.status.buttons.planning, t.status.buttons.digest]);
    await press('UCOBY', cobyButtons[1]!);
    // No channel: the digest goes to the coordinator's DM (conversations.open gives DUCOBY), and the press is answered.
    await slack.waitForCalls((c) => c.method === 'chat.postMessage' && c.body.channel === 'UCOBY' && String(c.body.text).includes(t.digest.sentNow('dm').slice(0, 20)));
    await slack.waitForCalls((c) => c.method === 'chat.postMessage' && c.body.channel === 'DUCOBY' && String(c.body.text).includes('Weekoverzicht'));
  });
});

