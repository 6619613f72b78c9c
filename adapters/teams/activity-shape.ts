// What an incoming body must look like before the SDK sees it: the SDK throws
// (→ 500) or crashes later on bodies that lack these, or answers 200 and stays
// silent on what is not an activity at all; we owe the sender a 400.
import { z } from 'zod';

/** Not empty and not only spaces. */
const nonBlank = z.string().regex(/\S/, 'must not be blank');

const account = z.looseObject({ id: nonBlank, name: z.string().optional(), aadObjectId: z.string().optional() });

const activity = z.looseObject({
  // Bot Framework activity types are camelCase words: message, conversationUpdate, invoke…
  type: z.string().regex(/^[a-z][A-Za-z]*$/, 'is not an activity type'),
  // Every activity the connector sends has one; for messages it is what makes a redelivery recognisable.
  id: nonBlank,
  // msteams, emulator, webchat, directline…
  channelId: z.string().regex(/^[a-z0-9][a-z0-9_-]*$/i, 'is not a channel id'),
  serviceUrl: z.url({ protocol: /^https?$/, hostname: /./ }),
  from: account,
  recipient: account,
  conversation: z.looseObject({ id: nonBlank, tenantId: z.string().optional(), conversationType: z.string().optional() }),
  text: z.string().optional(),
  locale: z.string().optional(),
  entities: z.array(z.looseObject({ type: z.string() })).optional(),
  attachments: z.array(z.looseObject({})).optional(),
  channelData: z.looseObject({ tenant: z.looseObject({ id: z.string().optional() }).optional() }).optional(),
});

export type ActivityCheck = { ok: true; activity: Record<string, unknown> } | { ok: false; error: string };

export interface ActivityCheckOptions {
  /**
   * False in the unauthenticated local mode: nothing vouches for the serviceUrl
   * then, so replies may go to loopback only (the Agents Playground), never to
   * another service on the network or a cloud metadata address.
   */
  authenticated: boolean;
}

export function checkActivity(body: unknown, options: ActivityCheckOptions = { authenticated: true }): ActivityCheck {
  const parsed = activity.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, error: `not a Bot Framework activity: ${issue.path.join('.') || 'body'} ${issue.message}` };
  }
  if (!options.authenticated && !isLoopbackUrl(parsed.data.serviceUrl)) {
    return { ok: false, error: 'not a Bot Framework activity: serviceUrl must be a loopback address in unauthenticated mode' };
  }
  return { ok: true, activity: body as Record<string, unknown> };
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', '[::1]', 'localhost']);

/** http(s)://127.0.0.1, [::1] or localhost, any port. */
export function isLoopbackUrl(url: string): boolean {
  try {
    return LOOPBACK_HOSTS.has(new URL(url).hostname.toLowerCase());
  } catch {
    return false;
  }
}
