// The Slack Web API and Bot Framework connector stand-ins, in a process of
// their own so that receiving the bot's replies does not load the process that
// measures latency. Arrival times are sent back as epoch milliseconds.
import { startConnectorStandIn } from '../test/support/bot-connector-stand-in';
import { startSlackApiStandIn } from '../test/support/slack-api-stand-in';

const slackApi = await startSlackApiStandIn();
const connector = await startConnectorStandIn();
const epoch = (at: number) => performance.timeOrigin + at;

process.send!({ type: 'ready', apiUrl: slackApi.apiUrl, connectorUrl: connector.url });
process.on('message', (message: { type: string }) => {
  if (message.type === 'arrivals') {
    process.send!({
      type: 'arrivals',
      slack: slackApi.calls.filter((c) => c.method === 'chat.postMessage').map((c) => [String(c.body.channel), epoch(c.at)]),
      teams: connector.posts.map((p) => [p.conversationId, epoch(p.at)]),
      count: slackApi.calls.length + connector.posts.length,
    });
  }
});
process.on('disconnect', () => void Promise.all([slackApi.close(), connector.close()]).then(() => process.exit(0)));
