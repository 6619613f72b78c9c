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
  if (message.type === 'posts') {
    // chat.postMessage calls with their channel, arrival and the bench's marker (`[bench:<n>]`) when the text has one.
    process.send!({
      type: 'posts',
      posts: slackApi.calls
        .filter((c) => c.method === 'chat.postMessage')
        .map((c) => [String(c.body.channel), epoch(c.at), Number(/\[bench:(\d+)\]/.exec(JSON.stringify(c.body))?.[1] ?? -1)]),
      other: slackApi.calls.filter((c) => c.method !== 'chat.postMessage' && c.method !== 'auth.test').length,
    });
  }
  if (message.type === 'reset') {
    slackApi.calls.length = 0;
    connector.posts.length = 0;
    process.send!({ type: 'reset' });
  }
});
process.on('disconnect', () => void Promise.all([slackApi.close(), connector.close()]).then(() => process.exit(0)));
