import type { IncomingMessage, ServerResponse } from 'node:http';

/** One endpoint of the bot's HTTP server; each platform adapter contributes one. */
export interface Route {
  method: 'GET' | 'POST';
  path: string;
  /** `path` is a prefix (ending in "/"): the route also answers every path below it. */
  prefix?: boolean;
  handle(req: IncomingMessage, res: ServerResponse): void | Promise<void>;
}
