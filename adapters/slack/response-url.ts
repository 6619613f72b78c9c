// Which response_urls the bot follows. A response_url arrives inside a signed
// payload, but the bot then POSTs the answer to it: followed blindly, a forged
// or replayed payload could make the bot call any address it can reach (another
// local service, the cloud metadata address). Slack's own are https on
// hooks.slack.com or another *.slack.com host; the configured SLACK_API_URL's
// origin (a stand-in in tests) is allowed too. Anything else is dropped when the
// request is received (receiver.ts): the turn still runs and its answer goes to
// the channel or DM instead.

const SLACK_HOST = /(^|\.)slack\.com$/;

export function responseUrlPolicy(apiUrl: string | undefined): (url: string) => boolean {
  const configured = apiUrl ? originOf(apiUrl) : undefined;
  return (url) => {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return false;
    }
    if (parsed.username || parsed.password) return false;
    if (configured && parsed.origin === configured) return true;
    return parsed.protocol === 'https:' && parsed.port === '' && parsed.hostname !== 'slack.com' && SLACK_HOST.test(parsed.hostname);
  };
}

function originOf(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}
