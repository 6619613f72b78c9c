// The baseline: a stock Bolt app with empty handlers, served by its own
// HTTPReceiver, so the bench can compare the bot's ack latency against it.
import { App, HTTPReceiver, LogLevel } from '@slack/bolt';

const port = Number(process.env.PORT);
const receiver = new HTTPReceiver({ signingSecret: process.env.SLACK_SIGNING_SECRET!, logLevel: LogLevel.ERROR });
const app = new App({
  receiver,
  token: process.env.SLACK_BOT_TOKEN,
  logLevel: LogLevel.ERROR,
  clientOptions: { slackApiUrl: process.env.SLACK_API_URL },
});
app.event('message', async () => undefined);
app.event('app_mention', async () => undefined);
await app.start(port);
process.send?.('ready');
process.on('SIGTERM', () => void app.stop().then(() => process.exit(0)));
