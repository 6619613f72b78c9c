// BOT_ROLE: a receiver process only verifies, records and acks; a worker
// process runs the turns and sends the replies. The worker hears of a new
// inbox row through NOTIFY: its clock never moves here, so it never polls, and
// a reply can only come from that wake-up.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningBot } from '../../adapters/bot';
import { startTestBot } from '../support/bot';
import { manualClock, until } from '../support/manual-clock';
import { startSlackApiStandIn, type SlackApiStandIn } from '../support/slack-api-stand-in';
import { postEvent, TEST_SIGNING_SECRET } from '../support/slack-signing';
import { directMessage, forTeam, newTeam } from './slack/harness';

let api: SlackApiStandIn;
let receiver: RunningBot;
let worker: RunningBot | undefined;
const env = () => ({ SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET, SLACK_BOT_TOKEN: 'xoxb-test', SLACK_API_URL: api.apiUrl });

beforeAll(async () => {
  api = await startSlackApiStandIn();
  receiver = await startTestBot({ ...env(), BOT_ROLE: 'receiver' });
});
afterAll(async () => {
  await worker?.close();
  await receiver?.close();
  await api?.close();
});

const pendingFor = async (teamId: string) =>
  receiver.db.prisma.inboxEvent.count({ where: { workspaceId: teamId, status: 'pending' } });

describe('receivers and workers in processes of their own', () => {
  it('the receiver acks and keeps the turn; the worker, woken by NOTIFY, answers it and the next one', async () => {
    const teamId = newTeam();
    const dm = (text: string) => postEvent(receiver.url, directMessage({ teamId }, { channel: 'DROLE', user: 'UROLE', text }));
    expect((await dm('help')).status).toBe(200);
    // Nobody works in the receiver: the turn waits in the inbox, nothing is sent.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await pendingFor(teamId)).toBe(1);
    expect(api.calls.filter(forTeam('chat.postMessage', teamId))).toHaveLength(0);

    worker = await startTestBot({ ...env(), BOT_ROLE: 'worker' }, { clock: manualClock() });
    // The worker serves no platform route, only its health.
    expect((await fetch(`${worker.url}/slack/events`, { method: 'POST', body: '{}' })).status).toBe(404);
    expect((await fetch(`${worker.url}/healthz`)).status).toBe(200);
    await api.waitForCalls(forTeam('chat.postMessage', teamId), 1);

    expect((await dm('help')).status).toBe(200);
    await api.waitForCalls(forTeam('chat.postMessage', teamId), 2);
    expect(await pendingFor(teamId)).toBe(0);

    // The listening connection is lost (a failover, a restart of PostgreSQL): it comes back and hears again.
    const [ended] = await receiver.db.prisma.$queryRawUnsafe<Array<{ ended: boolean }>>(
      `SELECT pg_terminate_backend(pid) AS ended FROM pg_stat_activity WHERE application_name = 'samen-opleiden-bot listener' AND datname = current_database()`,
    );
    expect(ended?.ended).toBe(true);
    await until(
      async () =>
        (await receiver.db.prisma.$queryRawUnsafe<unknown[]>(
          `SELECT 1 FROM pg_stat_activity WHERE application_name = 'samen-opleiden-bot listener' AND datname = current_database() AND query LIKE 'LISTEN%'`,
        )).length === 1,
      'the listener is back',
    );
    expect((await dm('help')).status).toBe(200);
    await api.waitForCalls(forTeam('chat.postMessage', teamId), 3);
  });
});
