// Display names for people whose events carry only a user id. One users.info
// call per person, kept in a bounded in-memory cache (least recently used goes).
import type { webApi } from '@slack/bolt';
import { errorFields, type Logger } from '../../src/core/logger';
import { orAfter } from '../../src/core/timeouts';

export interface UserNames {
  /** The person's name; on any error or after `waitMs` their user id, so a reply is never held up. */
  lookup(client: webApi.WebClient, teamId: string, userId: string): Promise<string>;
  cached(teamId: string, userId: string): string | undefined;
}

export function createUserNames(logger: Logger, { max = 1_000, waitMs = 1_500 } = {}): UserNames {
  const names = new Map<string, string>();
  const remember = (key: string, name: string) => {
    names.delete(key);
    names.set(key, name);
    if (names.size > max) names.delete(names.keys().next().value!);
  };
  const cached = (teamId: string, userId: string) => {
    const key = `${teamId}:${userId}`;
    const name = names.get(key);
    if (name !== undefined) remember(key, name);
    return name;
  };

  return {
    cached,
    async lookup(client, teamId, userId) {
      const hit = cached(teamId, userId);
      if (hit !== undefined) return hit;
      // A 429 fails at once (the client rejects rate-limited calls) and is not cached, so the next
      // turn asks again; an answer later than `waitMs` (a slow Slack) still fills the cache.
      const asked = client.users
        .info({ user: userId })
        .then((result) => {
          const user = result.user;
          const name = user?.profile?.display_name || user?.real_name || user?.name;
          if (name) remember(`${teamId}:${userId}`, name);
          return name ?? userId;
        })
        .catch((error: unknown) => {
          logger.warn('slack users.info failed; using the user id as name', { teamId, userId, ...errorFields(error) });
          return userId;
        });
      return orAfter(asked, waitMs, userId);
    },
  };
}
